package com.cognitoselfservice.session;

import java.util.Base64;
import java.util.List;

import com.cognitoselfservice.deploymentkeys.ServerKeys;
import com.cognitoselfservice.deploymentkeys.SigningKey;

/**
 * What the sessions' Redis keys are named: an HMAC of the session's id (under the current
 * key, or the previous one while a rotation runs) and of the address whose sessions a set
 * counts, so that the keys give away neither.
 */
final class RedisSessionNames {

    private static final String PREFIX = "reset:session:";

    private final List<SigningKey> names;

    RedisSessionNames(ServerKeys keys) {
        this.names = keys.signingKeys("session-name");
    }

    /** Where a session is kept from now on. */
    String of(String id) {
        return name(names.get(0), id);
    }

    /** Where a session may be kept: under the current key's name, else the previous. */
    List<String> all(String id) {
        return names.stream().map((name) -> name(name, id)).toList();
    }

    String addressSet(String address) {
        return PREFIX + "address:" + hash(names.get(0), "address:" + address);
    }

    static String kindSet(SessionKind kind) {
        return PREFIX + "kind:" + kind.name();
    }

    // The single value an earlier layout kept is named from "id:"; it is never read as a
    // hash, and expires.
    private static String name(SigningKey name, String id) {
        return PREFIX + hash(name, "session:" + id);
    }

    private static String hash(SigningKey key, String value) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(key.sign(value));
    }

}
