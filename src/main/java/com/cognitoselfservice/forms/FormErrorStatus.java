package com.cognitoselfservice.forms;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

/**
 * A form shown again because of its errors answers 400, unless the handler chose another
 * status (a limit's 429, say): handlers only return the form's view.
 */
class FormErrorStatus implements HandlerInterceptor {

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
            @Nullable ModelAndView page) {
        if (page != null && response.getStatus() == HttpStatus.OK.value() && hasErrors(page)) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        }
    }

    private static boolean hasErrors(ModelAndView page) {
        return page.getModel()
            .values()
            .stream()
            .anyMatch((value) -> value instanceof BindingResult result && result.hasErrors());
    }

}
