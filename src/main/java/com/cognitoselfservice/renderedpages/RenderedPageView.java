package com.cognitoselfservice.renderedpages;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.jspecify.annotations.Nullable;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.DefaultCsrfToken;
import org.springframework.web.util.HtmlUtils;
import org.thymeleaf.spring6.view.ThymeleafView;

/**
 * A Thymeleaf view that shows an entry page from {@link RenderedPages} when it can,
 * rendering it there first if it is not yet.
 */
public class RenderedPageView extends ThymeleafView {

    private static final String TOKEN_ATTRIBUTE = CsrfToken.class.getName();

    /**
     * The name templates read the token by ({@code ${_csrf.token}}), Spring Security's.
     */
    private static final String TEMPLATE_TOKEN_ATTRIBUTE = "_csrf";

    private @Nullable RenderedPages pages;

    @Override
    public void render(@Nullable Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
            throws Exception {
        Optional<String> key = isUtf8Html() ? pages().keyOf(request, getBeanName()) : Optional.empty();
        if (key.isEmpty()) {
            super.render(model, request, response);
            return;
        }
        RenderedPage page = pages().get(key.get(), () -> renderWithStandIn(model, request, response));
        response.setContentType(getContentType());
        Map<String, String> values = PerView.values(request);
        page.writeTo(response,
                (slot) -> RenderedPage.TOKEN.equals(slot)
                        ? ((CsrfToken) request.getAttribute(TOKEN_ATTRIBUTE)).getToken()
                        : HtmlUtils.htmlEscape(values.getOrDefault(slot, ""), StandardCharsets.UTF_8.name()));
    }

    private RenderedPage renderWithStandIn(@Nullable Map<String, ?> model, HttpServletRequest request,
            HttpServletResponse response) throws Exception {
        StringWriter html = new StringWriter();
        super.render(model, new StandInToken(request), new Captured(response, html));
        return RenderedPage.of(html.toString());
    }

    private boolean isUtf8Html() {
        return getContentType() != null && StandardCharsets.UTF_8.name().equalsIgnoreCase(getCharacterEncoding());
    }

    private RenderedPages pages() {
        if (pages == null) {
            pages = obtainApplicationContext().getBean(RenderedPages.class);
        }
        return pages;
    }

    /** The request as the templates see it: its form token is the stand-in. */
    private static final class StandInToken extends HttpServletRequestWrapper {

        private final CsrfToken standIn;

        StandInToken(HttpServletRequest request) {
            super(request);
            CsrfToken real = (CsrfToken) request.getAttribute(TOKEN_ATTRIBUTE);
            this.standIn = (real != null)
                    ? new DefaultCsrfToken(real.getHeaderName(), real.getParameterName(), RenderedPage.TOKEN_STAND_IN)
                    : null;
        }

        @Override
        public @Nullable Object getAttribute(String name) {
            if (standIn != null && (TOKEN_ATTRIBUTE.equals(name) || TEMPLATE_TOKEN_ATTRIBUTE.equals(name))) {
                return standIn;
            }
            return super.getAttribute(name);
        }

    }

    /** The response with its text kept here instead of sent. */
    private static final class Captured extends HttpServletResponseWrapper {

        private final PrintWriter writer;

        Captured(HttpServletResponse response, StringWriter text) {
            super(response);
            this.writer = new PrintWriter(text);
        }

        @Override
        public PrintWriter getWriter() {
            return writer;
        }

        // Nothing is sent yet: the real response may still set the token's cookie.
        @Override
        public void flushBuffer() {
            writer.flush();
        }

    }

}
