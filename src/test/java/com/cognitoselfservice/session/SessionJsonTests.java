package com.cognitoselfservice.session;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ChallengeNameType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeliveryMediumType;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.web.servlet.FlashMap;

import com.cognitoselfservice.cognito.CodeDelivery;
import com.cognitoselfservice.cognito.SignInChallenge;
import com.cognitoselfservice.flow.Completion;
import com.cognitoselfservice.flow.ResetFlow;
import com.cognitoselfservice.signin.PendingSignIn;
import com.cognitoselfservice.signin.SignInPurpose;
import com.cognitoselfservice.visit.HeldVisit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class SessionJsonTests {

    final SessionJson json = new SessionJson();

    @Test
    void everyKindOfValueTheAppKeepsComesBackEqual() {
        ResetFlow flow = ResetFlow.codeSent("ana", CodeDelivery.of("ana@example.com", DeliveryMediumType.EMAIL),
                Instant.parse("2026-11-30T10:00:00Z"));
        HeldVisit visit = new HeldVisit("shop", "https://app.example/login", "fr", true);
        PendingSignIn pending = new PendingSignIn("3f1c",
                new SignInChallenge(ChallengeNameType.NEW_PASSWORD_REQUIRED, "cognito-session", "ana", List.of("name")),
                Instant.parse("2026-11-30T10:01:00Z"), "Ana", SignInPurpose.CHANGE_PASSWORD, "JBSWY3DPEHPK3PXP", true);
        FlashMap flash = new FlashMap();
        flash.setTargetRequestPath("/done");
        flash.addTargetRequestParam("lang", "fr");
        flash.put(Completion.ATTRIBUTE, new Completion(Completion.Outcome.PASSWORD_RESET, "ana"));
        flash.startExpirationPeriod(180);
        SecurityContext console = new SecurityContextImpl(UsernamePasswordAuthenticationToken.authenticated("helen",
                null, List.of(new SimpleGrantedAuthority("ROLE_ADMIN"))));
        assertThat(json.read(json.write("FLOW"))).isEqualTo("FLOW");
        assertThat(json.read(json.write(true))).isEqualTo(true);
        assertThat(json.read(json.write(7))).isEqualTo(7);
        assertThat(json.read(json.write(7L))).isEqualTo(7L);
        assertThat(json.read(json.write(flow))).isEqualTo(flow);
        assertThat(json.read(json.write(visit))).isEqualTo(visit);
        assertThat(json.read(json.write(pending))).isEqualTo(pending);
        @SuppressWarnings("unchecked")
        List<FlashMap> maps = (List<FlashMap>) json.read(json.write(new ArrayList<>(List.of(flash))));
        assertThat(maps).singleElement().satisfies((map) -> {
            assertThat(map.getTargetRequestPath()).isEqualTo("/done");
            assertThat(map.getTargetRequestParams().getFirst("lang")).isEqualTo("fr");
            assertThat(map.get(Completion.ATTRIBUTE))
                .isEqualTo(new Completion(Completion.Outcome.PASSWORD_RESET, "ana"));
            assertThat(map.getExpirationTime()).isEqualTo(flash.getExpirationTime());
        });
        SecurityContext context = (SecurityContext) json.read(json.write(console));
        assertThat(context.getAuthentication().getName()).isEqualTo("helen");
        assertThat(context.getAuthentication().isAuthenticated()).isTrue();
        assertThat(context.getAuthentication().getAuthorities()).extracting(Object::toString)
            .containsExactly("ROLE_ADMIN");
    }

    @Test
    void aValueOfAnyOtherKindIsRefusedWhenStored() {
        assertThatIllegalArgumentException().isThrownBy(() -> json.write(new Date()))
            .withMessageContaining("java.util.Date");
    }

    @Test
    void aTypeNameInTheStoreCannotMakeTheAppBuildAnotherClass() {
        for (String type : List.of("record:java.lang.ProcessBuilder", "record:com.cognitoselfservice.cognito.Username",
                "record:com.cognitoselfservice.cognito.CodeDelivery", "java.util.HashMap")) {
            String document = "{\"type\":\"" + type + "\",\"value\":{}}";

            assertThatIllegalArgumentException().isThrownBy(() -> json.read(document.getBytes(StandardCharsets.UTF_8)))
                .as(type)
                .withMessage("The shared store holds a session value of an unknown type");
        }
    }

}
