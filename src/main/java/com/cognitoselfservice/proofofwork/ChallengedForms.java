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

    private static final Map<String, Purpose> FORMS = Map.of("/forgot-password", Purpose.CODE_SEND, "/confirm-code",
            Purpose.CODE_SEND, "/confirm-code/resend", Purpose.CODE_SEND, "/change-password", Purpose.SIGN_IN,
            "/admin/sign-in", Purpose.CONSOLE_SIGN_IN);

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
                Purpose purpose = FORMS.get(request.getServletPath());
                if (purpose != null && page != null && page.getViewName() != null
                        && !page.getViewName().startsWith("redirect:")) {
                    proofOfWork.offer(purpose, request)
                        .ifPresent((offer) -> page.addObject(ATTRIBUTE, ChallengeOnPage.of(offer, request)));
                }
            }

        }).addPathPatterns(FORMS.keySet().toArray(String[]::new));
    }

}
