package com.cognitoselfservice.helpdesk;

import java.util.List;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

import com.cognitoselfservice.product.ContentSecurityPolicy;

/**
 * The console's own filter chain: everything under {@code /admin} but the sign-in page
 * needs the HELPDESK role, which only a sign-in with the configured Cognito group grants.
 * Never framed.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("admin.enabled")
class HelpdeskSecurityConfiguration {

    static final String ROLE = "HELPDESK";

    @Bean
    HttpSessionSecurityContextRepository helpdeskContexts() {
        return new HttpSessionSecurityContextRepository();
    }

    @Bean
    @Order(1)
    SecurityFilterChain helpdeskPages(HttpSecurity http, HttpSessionSecurityContextRepository helpdeskContexts)
            throws Exception {
        CookieCsrfTokenRepository csrfTokens = new CookieCsrfTokenRepository();
        csrfTokens.setCookieCustomizer((cookie) -> cookie.sameSite("Strict"));
        AccessDeniedHandlerImpl expiredForm = new AccessDeniedHandlerImpl();
        expiredForm.setErrorPage("/form-expired");
        http.securityMatcher("/admin/**")
            .authorizeHttpRequests(
                    (requests) -> requests.requestMatchers("/admin/sign-in").permitAll().anyRequest().hasRole(ROLE))
            .csrf((csrf) -> csrf.csrfTokenRepository(csrfTokens))
            .requestCache((cache) -> cache.disable())
            .securityContext((context) -> context.securityContextRepository(helpdeskContexts))
            .exceptionHandling((exceptions) -> exceptions
                .authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/admin/sign-in"))
                .accessDeniedHandler(expiredForm))
            .logout((logout) -> logout.logoutUrl("/admin/sign-out").logoutSuccessUrl("/admin/sign-in?signedOut"))
            .headers((headers) -> headers
                .contentSecurityPolicy((csp) -> csp.policyDirectives(ContentSecurityPolicy.of(List.of(), null)))
                .referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .frameOptions((frames) -> frames.deny()));
        return http.build();
    }

}
