package com.cognitoselfservice.helpdesk;

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

import com.cognitoselfservice.cognito.HelpdeskProperties;
import com.cognitoselfservice.cognito.SignInResult;

/**
 * Admits a signed-in person to the console when Cognito put them in the configured group:
 * a new session id and a security context with the HELPDESK role, held in the (15-minute
 * idle) session.
 */
@Component
@ConditionalOnBooleanProperty("admin.enabled")
public class HelpdeskAuthentication {

    private final HttpSessionSecurityContextRepository contexts;

    private final HelpdeskProperties properties;

    HelpdeskAuthentication(HttpSessionSecurityContextRepository helpdeskContexts, HelpdeskProperties properties) {
        this.contexts = helpdeskContexts;
        this.properties = properties;
    }

    /** Whether the sign-in's groups include the helpdesk group. */
    public boolean admits(SignInResult signIn) {
        return signIn.isSignedIn() && signIn.groups().contains(properties.group());
    }

    public void signIn(String username, HttpServletRequest request, HttpServletResponse response) {
        request.getSession(true);
        request.changeSessionId();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null,
                List.of(new SimpleGrantedAuthority("ROLE_" + HelpdeskSecurityConfiguration.ROLE))));
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
    }

    public String group() {
        return properties.group();
    }

}
