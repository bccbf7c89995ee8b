package com.cognitoselfservice.session;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.session.MapSession;
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
        MapSession session = new MapSession("id-1");
        session.setMaxInactiveInterval(Duration.ofMinutes(15));
        ResetFlow flow = ResetFlow.codeSent("ana", CodeDelivery.of("ana@example.com", "EMAIL"),
                Instant.parse("2026-11-30T10:00:00Z"));
        HeldVisit visit = new HeldVisit("shop", "https://app.example/login", "fr", true);
        PendingSignIn pending = new PendingSignIn("3f1c",
                new SignInChallenge("NEW_PASSWORD_REQUIRED", "cognito-session", "ana", List.of("name")),
                Instant.parse("2026-11-30T10:01:00Z"), "Ana", SignInPurpose.CHANGE_PASSWORD);
        FlashMap flash = new FlashMap();
        flash.setTargetRequestPath("/done");
        flash.addTargetRequestParam("lang", "fr");
        flash.put(Completion.ATTRIBUTE, Completion.passwordReset("ana"));
        flash.startExpirationPeriod(180);
        SecurityContext console = new SecurityContextImpl(UsernamePasswordAuthenticationToken.authenticated("helen",
                null, List.of(new SimpleGrantedAuthority("ROLE_ADMIN"))));
        session.setAttribute("sessionKind", "FLOW");
        session.setAttribute("resetFlow", flow);
        session.setAttribute("visit", visit);
        session.setAttribute("pendingSignIn", pending);
        session.setAttribute("flashMaps", new ArrayList<>(List.of(flash)));
        session.setAttribute("SPRING_SECURITY_CONTEXT", console);

        MapSession read = json.read("id-1", json.write(session));

        assertThat(read.getId()).isEqualTo("id-1");
        assertThat(read.getMaxInactiveInterval()).isEqualTo(Duration.ofMinutes(15));
        assertThat(read.getCreationTime())
            .isEqualTo(session.getCreationTime().truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
        assertThat((String) read.getAttribute("sessionKind")).isEqualTo("FLOW");
        assertThat((ResetFlow) read.getAttribute("resetFlow")).isEqualTo(flow);
        assertThat((HeldVisit) read.getAttribute("visit")).isEqualTo(visit);
        assertThat((PendingSignIn) read.getAttribute("pendingSignIn")).isEqualTo(pending);
        List<FlashMap> maps = read.getAttribute("flashMaps");
        assertThat(maps).singleElement().satisfies((map) -> {
            assertThat(map.getTargetRequestPath()).isEqualTo("/done");
            assertThat(map.getTargetRequestParams().getFirst("lang")).isEqualTo("fr");
            assertThat(map.get(Completion.ATTRIBUTE)).isEqualTo(Completion.passwordReset("ana"));
            assertThat(map.getExpirationTime()).isEqualTo(flash.getExpirationTime());
        });
        SecurityContext context = read.getAttribute("SPRING_SECURITY_CONTEXT");
        assertThat(context.getAuthentication().getName()).isEqualTo("helen");
        assertThat(context.getAuthentication().isAuthenticated()).isTrue();
        assertThat(context.getAuthentication().getAuthorities()).extracting(Object::toString)
            .containsExactly("ROLE_ADMIN");
    }

    @Test
    void aValueOfAnyOtherKindIsRefusedWhenStored() {
        MapSession session = new MapSession("id-2");
        session.setAttribute("when", new Date());

        assertThatIllegalArgumentException().isThrownBy(() -> json.write(session))
            .withMessageContaining("java.util.Date");
    }

    @Test
    void aTypeNameInTheStoreCannotMakeTheAppBuildAnotherClass() {
        for (String type : List.of("record:java.lang.ProcessBuilder", "record:com.cognitoselfservice.cognito.Username",
                "record:com.cognitoselfservice.cognito.CodeDelivery", "java.util.HashMap")) {
            String document = "{\"created\":0,\"accessed\":0,\"idle\":900,\"attributes\":{\"x\":{\"type\":\"" + type
                    + "\",\"value\":{}}}}";

            assertThatIllegalArgumentException()
                .isThrownBy(() -> json.read("id-3", document.getBytes(StandardCharsets.UTF_8)))
                .as(type)
                .withMessage("The shared store holds a session value of an unknown type");
        }
    }

}
