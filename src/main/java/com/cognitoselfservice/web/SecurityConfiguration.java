package com.cognitoselfservice.web;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * CSRF on every form with the token in a cookie (so that showing a form stores nothing on
 * the server), a strict CSP, and no session created by Spring Security itself.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

    @Bean
    SecurityFilterChain userPages(HttpSecurity http, ResetProperties properties) throws Exception {
        CookieCsrfTokenRepository csrfTokens = new CookieCsrfTokenRepository();
        csrfTokens.setCookieCustomizer((cookie) -> cookie.sameSite("Lax"));
        AccessDeniedHandlerImpl expiredForm = new AccessDeniedHandlerImpl();
        expiredForm.setErrorPage("/form-expired");
        http.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
            .csrf((csrf) -> csrf.csrfTokenRepository(csrfTokens))
            .requestCache((cache) -> cache.disable())
            .sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.NEVER))
            .exceptionHandling((exceptions) -> exceptions.accessDeniedHandler(expiredForm))
            .headers((headers) -> {
                headers.contentSecurityPolicy((csp) -> csp.policyDirectives(contentSecurityPolicy(properties)))
                    .referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.SAME_ORIGIN));
                if (properties.frameAncestors().isEmpty()) {
                    headers.frameOptions((frames) -> frames.deny());
                }
                else {
                    headers.frameOptions((frames) -> frames.disable());
                }
            });
        return http.build();
    }

    public static String contentSecurityPolicy(ResetProperties properties) {
        return contentSecurityPolicy(properties.frameAncestors());
    }

    /**
     * The policy with only these origins allowed to frame the pages; none when the list
     * is empty.
     */
    public static String contentSecurityPolicy(List<String> ancestors) {
        String frameAncestors = ancestors.isEmpty() ? "'none'" : String.join(" ", ancestors);
        return "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                + "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
                + "frame-ancestors " + frameAncestors;
    }

}
