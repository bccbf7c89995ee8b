package com.cognitoselfservice.admin;

import java.util.List;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

import com.cognitoselfservice.errorpages.ExpiredForms;
import com.cognitoselfservice.security.ContentSecurityPolicy;
import com.cognitoselfservice.security.IsolationHeaders;

/**
 * The console's own filter chain: everything under {@code /admin} but signing in (and
 * choosing a permanent password first) needs the ADMIN role, which only a sign-in with
 * the configured Cognito group grants. Never framed.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("admin.enabled")
class AdminSecurityConfiguration {

    static final String ROLE = "ADMIN";

    @Bean
    HttpSessionSecurityContextRepository adminContexts() {
        return new HttpSessionSecurityContextRepository();
    }

    @Bean
    @Order(1)
    SecurityFilterChain adminPages(HttpSecurity http, HttpSessionSecurityContextRepository adminContexts,
            CsrfTokenRepository csrfTokens) throws Exception {
        http.securityMatcher("/admin/**")
            .authorizeHttpRequests((requests) -> requests.requestMatchers("/admin/sign-in", "/admin/new-password")
                .permitAll()
                .anyRequest()
                .hasRole(ROLE))
            .csrf((csrf) -> csrf.csrfTokenRepository(csrfTokens))
            .requestCache((cache) -> cache.disable())
            .securityContext((context) -> context.securityContextRepository(adminContexts))
            .exceptionHandling((exceptions) -> exceptions
                .authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/admin/sign-in"))
                .accessDeniedHandler(new ExpiredForms()))
            .logout((logout) -> logout.logoutUrl("/admin/sign-out").logoutSuccessUrl("/admin/sign-in?signedOut"))
            .headers((headers) -> headers
                .contentSecurityPolicy((csp) -> csp.policyDirectives(ContentSecurityPolicy.of(List.of(), null)))
                .referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .frameOptions((frames) -> frames.deny())
                .addHeaderWriter(IsolationHeaders.notEmbedded()));
        return http.build();
    }

}
