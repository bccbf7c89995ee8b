package com.cognitoselfservice.visit;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import com.cognitoselfservice.sharedstore.StoreUnavailable;

/**
 * Resolves the visit once the page that handles a request is known (an {@link EntryPage},
 * a {@link StaffPage} or a later page), refuses an unknown product, and lets a controller
 * method take the {@link Visit} as an argument.
 */
@Configuration(proxyBeanMethods = false)
class VisitWebConfiguration implements WebMvcConfigurer {

    private final Visits visits;

    VisitWebConfiguration(Visits visits) {
        this.visits = visits;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {

            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                if (!(handler instanceof HandlerMethod page)) {
                    return true;
                }
                PageKind kind = kindOf(page);
                boolean known = visits.resolve(request, kind).knownProduct();
                if (kind != PageKind.ENTRY && StoreUnavailable.noticed(request)) {
                    // Not a new visit: its session is there, only out of reach for now.
                    throw StoreUnavailable.forSessionOf(request);
                }
                if (!known) {
                    throw new UnknownProductException();
                }
                return true;
            }

        });
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new HandlerMethodArgumentResolver() {

            @Override
            public boolean supportsParameter(MethodParameter parameter) {
                return parameter.getParameterType() == Visit.class;
            }

            @Override
            public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
                    NativeWebRequest request, WebDataBinderFactory binders) {
                return visits.current(request.getNativeRequest(HttpServletRequest.class));
            }

        });
    }

    static PageKind kindOf(HandlerMethod page) {
        if (page.hasMethodAnnotation(StaffPage.class) || page.getBeanType().isAnnotationPresent(StaffPage.class)) {
            return PageKind.STAFF;
        }
        if (Visits.isEntryPage(page)) {
            return PageKind.ENTRY;
        }
        return PageKind.LATER;
    }

}
