package com.cognitoselfservice.flow;

import java.util.List;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRedirectView;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.view.RedirectView;

import com.cognitoselfservice.visit.Visits;

/**
 * A page of the reset flow takes the {@link ResetFlow} as an argument; when the session
 * holds none (it expired, or the page was opened directly), the person is sent back to
 * the start of the flow, for the same product, with a word about why.
 */
@Configuration(proxyBeanMethods = false)
@ControllerAdvice
class FlowWebConfiguration implements WebMvcConfigurer {

    private final ResetFlows flows;

    private final Visits visits;

    FlowWebConfiguration(ResetFlows flows, Visits visits) {
        this.flows = flows;
        this.visits = visits;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new HandlerMethodArgumentResolver() {

            @Override
            public boolean supportsParameter(MethodParameter parameter) {
                return parameter.getParameterType() == ResetFlow.class;
            }

            @Override
            public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
                    NativeWebRequest request, WebDataBinderFactory binders) {
                return flows.current(request.getNativeRequest(HttpServletRequest.class)).orElseThrow(NoResetFlow::new);
            }

        });
    }

    @ExceptionHandler(NoResetFlow.class)
    View startAgain(HttpServletRequest request, HtmxRequest htmx) {
        String start = visits.current(request).linkTo("/forgot-password").queryParam("expired").build().toUriString();
        // HX-Redirect: the browser loads the page, instead of HTMX swapping it into a
        // part of this one.
        return htmx.isHtmxRequest() ? new HtmxRedirectView(start) : new RedirectView(start, true);
    }

    /** The session holds no reset flow. */
    static final class NoResetFlow extends RuntimeException {

        NoResetFlow() {
            super("No reset flow in this session", null, false, false);
        }

    }

}
