package com.cognitoselfservice.signin;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpMethod;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Gives a page the {@link Challenge} it answers ({@link Answering}); a submit names the
 * challenge it was shown for in its {@code challenge} field.
 */
@Configuration(proxyBeanMethods = false)
class SignInWebConfiguration implements WebMvcConfigurer {

    private final HeldChallenges challenges;

    SignInWebConfiguration(HeldChallenges challenges) {
        this.challenges = challenges;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new HandlerMethodArgumentResolver() {

            @Override
            public boolean supportsParameter(MethodParameter parameter) {
                return parameter.getParameterType() == Challenge.class
                        && parameter.hasParameterAnnotation(Answering.class);
            }

            @Override
            public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
                    NativeWebRequest webRequest, WebDataBinderFactory binders) {
                HttpServletRequest request = webRequest.getNativeRequest(HttpServletRequest.class);
                SignInPurpose purpose = parameter.getParameterAnnotation(Answering.class).value();
                String renderedFor = HttpMethod.POST.matches(request.getMethod()) ? request.getParameter("challenge")
                        : null;
                return challenges.answerable(request, purpose, renderedFor);
            }

        });
    }

}
