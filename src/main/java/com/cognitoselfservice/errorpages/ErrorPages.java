package com.cognitoselfservice.errorpages;

import java.util.Objects;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxResponseHeader;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.util.UriComponentsBuilder;

import com.cognitoselfservice.cognito.CognitoUnavailable;
import com.cognitoselfservice.sharedstore.StoreUnavailable;
import com.cognitoselfservice.visit.Visits;

/**
 * The pages for what no form can fix: Cognito or the network is down (503, try again from
 * the page the person was on) or the operator's configuration is wrong (the details are
 * in the log, never on the page), and an expired form. For an HTMX request these answer
 * with the page to load instead, since HTMX would show nothing.
 */
@ControllerAdvice
@Controller
class ErrorPages {

    // A path of this app: nothing that could lead elsewhere, nothing that needs escaping.
    private static final Pattern APP_PATH = Pattern.compile("(/[a-z0-9-]+){1,4}");

    private final Visits visits;

    ErrorPages(Visits visits) {
        this.visits = visits;
    }

    @ExceptionHandler(CognitoUnavailable.class)
    Object cognitoUnavailable(CognitoUnavailable outage, HtmxRequest htmx, HttpServletRequest request,
            HttpServletResponse response, @Nullable HandlerMethod handler, Model model) {
        ServerErrorAnswers.because(request,
                "Cognito " + (outage.isMisconfiguration() ? "refused the settings: " : "could not be reached: ")
                        + outage.errorCode());
        if (outage.isMisconfiguration()) {
            return htmx.isHtmxRequest()
                    ? loadPage(HttpStatus.INTERNAL_SERVER_ERROR, request.getContextPath() + "/misconfigured")
                    : misconfigured(response);
        }
        return tryAgain(retryPath(request, handler), htmx, request, response, model);
    }

    @ExceptionHandler(StoreUnavailable.class)
    Object storeUnavailable(HtmxRequest htmx, HttpServletRequest request, HttpServletResponse response,
            @Nullable HandlerMethod handler, Model model) {
        StoreUnavailable.notice(request);
        ServerErrorAnswers.because(request, ServerErrorAnswers.STORE_AWAY);
        // Shown by this page itself when the request was forwarded here for the outage.
        String retry = (handler != null && handler.getBeanType() == ErrorPages.class)
                ? Objects.requireNonNullElse(request.getParameter("retry"), "/") : retryPath(request, handler);
        return tryAgain(retry, htmx, request, response, model);
    }

    private Object tryAgain(String retry, HtmxRequest htmx, HttpServletRequest request, HttpServletResponse response,
            Model model) {
        if (htmx.isHtmxRequest()) {
            return loadPage(HttpStatus.SERVICE_UNAVAILABLE,
                    UriComponentsBuilder.fromPath(request.getContextPath() + "/unavailable")
                        .queryParam("retry", retry)
                        .build()
                        .toUriString());
        }
        return unavailable(retry, request, response, model);
    }

    /**
     * The try-again page; when the shared store was out of reach it says the progress is
     * kept, as the flow is still there.
     */
    @GetMapping("/unavailable")
    String unavailable(@RequestParam(defaultValue = "/") String retry, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        String page = APP_PATH.matcher(retry).matches() ? retry : "/";
        model.addAttribute("retryPath", visits.current(request).link(page));
        model.addAttribute("progressKept", StoreUnavailable.noticed(request));
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setHeader("Retry-After", "30");
        return "unavailable";
    }

    private static String misconfigured(HttpServletResponse response) {
        response.setStatus(HttpStatus.INTERNAL_SERVER_ERROR.value());
        return "misconfigured";
    }

    /**
     * Where an HTMX request that met the misconfiguration is sent: that request was
     * answered 500 already, this page only says so.
     */
    @GetMapping("/misconfigured")
    String misconfiguredPage() {
        return "misconfigured";
    }

    @RequestMapping(ExpiredForms.PAGE)
    String formExpired(HttpServletResponse response) {
        response.setStatus(HttpStatus.FORBIDDEN.value());
        return "form-expired";
    }

    private static ResponseEntity<Void> loadPage(HttpStatus status, String path) {
        return ResponseEntity.status(status).header(HtmxResponseHeader.HX_REDIRECT.getValue(), path).build();
    }

    /**
     * Answers an HTMX request with a whole page to load: HTMX swaps a part of the page,
     * and only on success.
     */
    static void loadPage(HttpServletResponse response, HttpStatus status, String path) {
        response.setStatus(status.value());
        response.setHeader(HtmxResponseHeader.HX_REDIRECT.getValue(), path);
    }

    // Trying again means showing the page again, not re-sending what failed.
    private static String retryPath(HttpServletRequest request, @Nullable HandlerMethod handler) {
        RetryPage declared = (handler != null) ? handler.getMethodAnnotation(RetryPage.class) : null;
        return (declared != null) ? declared.value()
                : request.getRequestURI().substring(request.getContextPath().length());
    }

}
