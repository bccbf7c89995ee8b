package com.cognitoselfservice.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.firewall.HttpStatusRequestRejectedHandler;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

import com.cognitoselfservice.deploymentkeys.TokenRandom;
import com.cognitoselfservice.errorpages.ExpiredForms;

/**
 * CSRF on every form with the token in a cookie (so that showing a form stores nothing on
 * the server), the product's strict CSP and cookie attributes, and no session created by
 * Spring Security itself.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

    @Bean
    SecurityFilterChain userPages(HttpSecurity http, PageHeaders pageHeaders, CsrfCookies csrfCookies)
            throws Exception {
        http.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
            .csrf((csrf) -> csrf.csrfTokenRepository(csrfCookies).csrfTokenRequestHandler(maskedTokens()))
            .requestCache((cache) -> cache.disable())
            .sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.NEVER))
            .exceptionHandling((exceptions) -> exceptions.accessDeniedHandler(new ExpiredForms()))
            .headers((headers) -> headers.frameOptions((frames) -> frames.disable())
                .addHeaderWriter(pageHeaders)
                .referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }

    /**
     * A request the firewall refuses (a header with control characters, an encoded slash
     * in the path) gets the 400 page, not a 500.
     */
    @Bean
    RequestRejectedHandler badRequests() {
        return new HttpStatusRequestRejectedHandler(HttpStatus.BAD_REQUEST.value());
    }

    /** Each page masks the token anew (so a compressed page does not give it away). */
    private static XorCsrfTokenRequestAttributeHandler maskedTokens() {
        XorCsrfTokenRequestAttributeHandler handler = new XorCsrfTokenRequestAttributeHandler();
        handler.setSecureRandom(TokenRandom.get());
        return handler;
    }

}
