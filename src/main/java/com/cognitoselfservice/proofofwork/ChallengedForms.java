package com.cognitoselfservice.proofofwork;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Puts a challenge ({@code proofOfWork}) on the pages whose forms make Cognito calls,
 * when the pressure asks for one: rendered pages only, never a redirect.
 */
@Configuration(proxyBeanMethods = false)
class ChallengedForms implements WebMvcConfigurer {

    static final String ATTRIBUTE = "proofOfWork";

    /** The confirm page's second form, whose challenge is its own. */
    static final String CONFIRM_ATTRIBUTE = "confirmProofOfWork";

    private static final Map<String, Map<Purpose, String>> FORMS = Map.of("/forgot-password",
            Map.of(Purpose.CODE_SEND, ATTRIBUTE), "/confirm-code",
            Map.of(Purpose.CODE_SEND, ATTRIBUTE, Purpose.CODE_CONFIRM, CONFIRM_ATTRIBUTE), "/confirm-code/resend",
            Map.of(Purpose.CODE_SEND, ATTRIBUTE), "/change-password", Map.of(Purpose.SIGN_IN, ATTRIBUTE),
            "/admin/sign-in", Map.of(Purpose.CONSOLE_SIGN_IN, ATTRIBUTE), "/reset-required",
            Map.of(Purpose.FLOW_START, ATTRIBUTE));

    private final ProofOfWork proofOfWork;

    ChallengedForms(ProofOfWork proofOfWork) {
        this.proofOfWork = proofOfWork;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {

            @Override
            public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
                    @Nullable ModelAndView page) {
                Map<Purpose, String> forms = FORMS.get(request.getServletPath());
                if (forms != null && page != null && page.getViewName() != null
                        && !page.getViewName().startsWith("redirect:")) {
                    forms.forEach((purpose, attribute) -> proofOfWork.offer(purpose, request)
                        .ifPresent((offer) -> page.addObject(attribute, ChallengeOnPage.of(offer, request))));
                }
            }

        }).addPathPatterns(FORMS.keySet().toArray(String[]::new));
    }

}
