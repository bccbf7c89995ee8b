package com.cognitoselfservice.support;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.github.tomakehurst.wiremock.extension.ResponseTransformerV2;
import com.github.tomakehurst.wiremock.extension.requestfilter.RequestFilterAction;
import com.github.tomakehurst.wiremock.extension.requestfilter.RequestWrapper;
import com.github.tomakehurst.wiremock.extension.requestfilter.StubRequestFilterV2;
import com.github.tomakehurst.wiremock.http.Body;
import com.github.tomakehurst.wiremock.http.HttpHeaders;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.Response;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;

/**
 * Cognito's server side of SRP, in the stub in front of moto, which answers USER_SRP_AUTH
 * with random numbers and accepts any claim (see EMULATOR-NOTES): for a user whose
 * password a test gave, InitiateAuth's PASSWORD_VERIFIER challenge gets a real salt, a
 * real B = k v + g^b and a base64 secret block (as Cognito's), and the answer is let
 * through to moto only when its claim is the one that password signs; else
 * NotAuthorizedException, as Cognito answers. It also refuses a flow an app client does
 * not allow, which moto does not check, and plays choice-based sign-in (USER_AUTH) with
 * SRP preferred, which moto does not have, as SRP.
 */
final class SrpVerifier implements StubRequestFilterV2, ResponseTransformerV2 {

    private static final BigInteger N = new BigInteger("FFFFFFFFFFFFFFFFC90FDAA22168C234C4C6628B80DC1CD1"
            + "29024E088A67CC74020BBEA63B139B22514A08798E3404DD" + "EF9519B3CD3A431B302B0A6DF25F14374FE1356D6D51C245"
            + "E485B576625E7EC6F44C42E9A637ED6B0BFF5CB6F406B7ED" + "EE386BFB5A899FA5AE9F24117C4B1FE649286651ECE45B3D"
            + "C2007CB8A163BF0598DA48361C55D39A69163FA8FD24CF5F" + "83655D23DCA3AD961C62F356208552BB9ED529077096966D"
            + "670C354E4ABC9804F1746C08CA18217C32905E462E36CE3B" + "E39E772C180E86039B2783A2EC07A28FB5C55DF06F4C52C9"
            + "DE2BCBF6955817183995497CEA956AE515D2261898FA0510" + "15728E5A8AAAC42DAD33170D04507A33A85521ABDF1CBA64"
            + "ECFB850458DBEF0A8AEA71575D060C7DB3970F85A6E1E4C7" + "ABF5AE8CDB0933D71E8C94E04A25619DCEE3D2261AD2EE6B"
            + "F12FFA06D98A0864D87602733EC86A64521F2B18177B200C" + "BBE117577A615D6C770988C0BAD946E208E24FA074E5AB31"
            + "43DB5BFCE0FD108E4B82D120A93AD2CAFFFFFFFFFFFFFFFF", 16);

    private static final BigInteger G = BigInteger.TWO;

    private static final BigInteger K = new BigInteger(1, sha256(N.toByteArray(), G.toByteArray()));

    private static final String TARGET = "X-Amz-Target";

    private static final String PREFIX = "AWSCognitoIdentityProviderService.";

    private final JsonMapper json = JsonMapper.builder().build();

    private final SecureRandom random = new SecureRandom();

    private final Map<String, String> passwords = new ConcurrentHashMap<>();

    private final Set<String> srpOnly = ConcurrentHashMap.newKeySet();

    private final Set<String> passwordOnly = ConcurrentHashMap.newKeySet();

    private final Set<String> choiceOnly = ConcurrentHashMap.newKeySet();

    private final Map<String, Exchange> exchanges = new ConcurrentHashMap<>();

    // An app client's pool name: the part of the pool id after "_", which SRP hashes.
    private final Map<String, String> pools = new ConcurrentHashMap<>();

    private record Exchange(String motoSession, String username, String userId, String poolName, BigInteger largeA,
            BigInteger b, BigInteger largeB, BigInteger verifier) {
    }

    void password(String username, String password) {
        passwords.put(username.toLowerCase(Locale.ROOT), password);
    }

    void pool(String clientId, String userPoolId) {
        pools.put(clientId, userPoolId.substring(userPoolId.indexOf('_') + 1));
    }

    void srpOnly(String clientId) {
        srpOnly.add(clientId);
    }

    void passwordOnly(String clientId) {
        passwordOnly.add(clientId);
    }

    void choiceOnly(String clientId) {
        choiceOnly.add(clientId);
    }

    @Override
    public String getName() {
        return "srp-verifier";
    }

    @Override
    public RequestFilterAction filter(Request request, ServeEvent serveEvent) {
        String target = String.valueOf(request.getHeader(TARGET));
        if (!target.startsWith(PREFIX)) {
            return RequestFilterAction.continueWith(request);
        }
        JsonNode body = json.readTree(request.getBodyAsString());
        String flow = body.path("AuthFlow").asString("");
        String client = body.path("ClientId").asString("");
        if (target.equals(PREFIX + "InitiateAuth")) {
            if ("USER_PASSWORD_AUTH".equals(flow) && (srpOnly.contains(client) || choiceOnly.contains(client))
                    || "USER_SRP_AUTH".equals(flow) && (passwordOnly.contains(client) || choiceOnly.contains(client))) {
                return RequestFilterAction
                    .stopWith(error("InvalidParameterException", flow + " flow not enabled for this client"));
            }
            if ("USER_AUTH".equals(flow)
                    && "PASSWORD_SRP".equals(body.path("AuthParameters").path("PREFERRED_CHALLENGE").asString(""))) {
                // moto has no USER_AUTH: with SRP preferred, Cognito answers as
                // USER_SRP_AUTH
                // does (a PASSWORD_VERIFIER challenge), which moto then plays; the stub
                // records
                // the preferred challenge with it.
                ((ObjectNode) body).put("AuthFlow", "USER_SRP_AUTH");
                byte[] forwarded = json.writeValueAsBytes(body);
                return RequestFilterAction
                    .continueWith(RequestWrapper.create().transformBody((old) -> new Body(forwarded)).wrap(request));
            }
            return RequestFilterAction.continueWith(request);
        }
        if (target.equals(PREFIX + "RespondToAuthChallenge")
                && "PASSWORD_VERIFIER".equals(body.path("ChallengeName").asString(""))) {
            JsonNode responses = body.path("ChallengeResponses");
            Exchange exchange = exchanges.remove(responses.path("PASSWORD_CLAIM_SECRET_BLOCK").asString(""));
            if (exchange == null) {
                return RequestFilterAction.continueWith(request);
            }
            if (!exchange.userId().equals(responses.path("USERNAME").asString("")) || !claim(exchange,
                    responses.path("PASSWORD_CLAIM_SECRET_BLOCK").asString(), responses.path("TIMESTAMP").asString(""))
                .equals(responses.path("PASSWORD_CLAIM_SIGNATURE").asString(""))) {
                return RequestFilterAction.stopWith(error("NotAuthorizedException", "Incorrect username or password."));
            }
            ((ObjectNode) responses).put("PASSWORD_CLAIM_SECRET_BLOCK", exchange.motoSession());
            // Cognito takes USER_ID_FOR_SRP as the USERNAME here; moto finds users by
            // name only.
            ((ObjectNode) responses).put("USERNAME", exchange.username());
            byte[] forwarded = json.writeValueAsBytes(body);
            return RequestFilterAction
                .continueWith(RequestWrapper.create().transformBody((old) -> new Body(forwarded)).wrap(request));
        }
        return RequestFilterAction.continueWith(request);
    }

    @Override
    public Response transform(Response response, ServeEvent serveEvent) {
        Request request = serveEvent.getRequest();
        if (!(PREFIX + "InitiateAuth").equals(request.getHeader(TARGET)) || response.getStatus() != 200) {
            return response;
        }
        JsonNode asked = json.readTree(request.getBodyAsString());
        String password = passwords
            .get(asked.path("AuthParameters").path("USERNAME").asString("").toLowerCase(Locale.ROOT));
        JsonNode answer = json.readTree(response.getBodyAsString());
        if (password == null || !"PASSWORD_VERIFIER".equals(answer.path("ChallengeName").asString(""))) {
            return response;
        }
        ObjectNode parameters = (ObjectNode) answer.path("ChallengeParameters");
        String userId = parameters.path("USER_ID_FOR_SRP").asString();
        String poolName = pools.getOrDefault(asked.path("ClientId").asString(""), "");
        BigInteger salt = new BigInteger(1, bytes(16));
        BigInteger x = new BigInteger(1, sha256(salt.toByteArray(),
                sha256((poolName + userId + ":" + password).getBytes(StandardCharsets.UTF_8))));
        BigInteger verifier = G.modPow(x, N);
        BigInteger b = new BigInteger(1, bytes(32));
        BigInteger largeB = K.multiply(verifier).add(G.modPow(b, N)).mod(N);
        String secretBlock = Base64.getEncoder().encodeToString(bytes(48));
        exchanges.put(secretBlock,
                new Exchange(parameters.path("SECRET_BLOCK").asString(), parameters.path("USERNAME").asString(), userId,
                        poolName, new BigInteger(asked.path("AuthParameters").path("SRP_A").asString(), 16), b, largeB,
                        verifier));
        parameters.put("SALT", salt.toString(16));
        parameters.put("SRP_B", largeB.toString(16));
        parameters.put("SECRET_BLOCK", secretBlock);
        // A new body: the emulator's length and encoding headers no longer hold.
        HttpHeaders headers = new HttpHeaders(response.getHeaders()
            .all()
            .stream()
            .filter((header) -> !header.keyEquals("Content-Length") && !header.keyEquals("Transfer-Encoding")
                    && !header.keyEquals("Content-Encoding"))
            .toList());
        return Response.Builder.like(response).but().headers(headers).body(json.writeValueAsBytes(answer)).build();
    }

    // S = (A v^u)^b, then the key and the claim as the client computes them.
    private static String claim(Exchange exchange, String secretBlock, String timestamp) {
        BigInteger u = new BigInteger(1, sha256(exchange.largeA().toByteArray(), exchange.largeB().toByteArray()));
        BigInteger s = exchange.largeA().multiply(exchange.verifier().modPow(u, N)).modPow(exchange.b(), N);
        byte[] key = Arrays.copyOf(hmac(hmac(u.toByteArray(), s.toByteArray()),
                "Caldera Derived Key\u0001".getBytes(StandardCharsets.UTF_8)), 16);
        byte[] message = concat(exchange.poolName().getBytes(StandardCharsets.UTF_8),
                exchange.userId().getBytes(StandardCharsets.UTF_8), Base64.getDecoder().decode(secretBlock),
                timestamp.getBytes(StandardCharsets.UTF_8));
        return Base64.getEncoder().encodeToString(hmac(key, message));
    }

    private static ResponseDefinition error(String type, String message) {
        return aResponse().withStatus(400)
            .withHeader("Content-Type", "application/x-amz-json-1.1")
            .withBody("{\"__type\":\"" + type + "\",\"message\":\"" + message + "\"}")
            .build();
    }

    private byte[] bytes(int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }

    private static byte[] sha256(byte[]... parts) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(concat(parts));
        }
        catch (GeneralSecurityException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static byte[] hmac(byte[] key, byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data);
        }
        catch (GeneralSecurityException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        byte[] all = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }

}
