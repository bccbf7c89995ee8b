package com.cognitoselfservice.admin;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;

import com.cognitoselfservice.cognito.AdminProperties;
import com.cognitoselfservice.session.SessionKind;
import com.cognitoselfservice.session.Sessions;
import com.cognitoselfservice.signin.SignInStep;

/**
 * Admits a signed-in person to the console when Cognito put them in the configured group:
 * a new session and a security context with the ADMIN role, held in the (15-minute idle)
 * session.
 */
@Component
@ConditionalOnBooleanProperty("admin.enabled")
class AdminAuthentication {

    private final HttpSessionSecurityContextRepository contexts;

    private final Sessions sessions;

    private final AdminProperties properties;

    AdminAuthentication(HttpSessionSecurityContextRepository adminContexts, Sessions sessions,
            AdminProperties properties) {
        this.contexts = adminContexts;
        this.sessions = sessions;
        this.properties = properties;
    }

    /** Whether the sign-in's groups include the admin group. */
    boolean admits(SignInStep signIn) {
        return signIn.isSignedIn() && signIn.groups().contains(properties.group());
    }

    void signIn(String username, HttpServletRequest request, HttpServletResponse response) {
        sessions.start(request, SessionKind.CONSOLE);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null,
                List.of(new SimpleGrantedAuthority("ROLE_" + AdminSecurityConfiguration.ROLE))));
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
    }

    String group() {
        return properties.group();
    }

}
