package com.cognitoselfservice.renderedpages;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

class RenderedPageTests {

    @Test
    void eachFormGetsTheTokenOfThisView() throws Exception {
        RenderedPage page = RenderedPage.of("<form><input value=\"" + RenderedPage.TOKEN_STAND_IN
                + "\"></form><form><input value=\"" + RenderedPage.TOKEN_STAND_IN + "\"></form>ü");
        MockHttpServletResponse response = new MockHttpServletResponse();

        page.writeTo(response, (slot) -> "token-1");

        String html = response.getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).isEqualTo("<form><input value=\"token-1\"></form><form><input value=\"token-1\"></form>ü")
            .doesNotContain(RenderedPage.TOKEN_STAND_IN);
        assertThat(response.getContentLength()).isEqualTo(html.getBytes(StandardCharsets.UTF_8).length);
    }

    @Test
    void eachViewFillsTheSlotsOfItsOwnValues() throws Exception {
        RenderedPage page = RenderedPage.of("<input value=\"" + RenderedPage.TOKEN_STAND_IN
                + "\" data-challenge=\"per-view-challenge" + PerView.SLOT_SUFFIX + "\"><p>in per-view-seconds"
                + PerView.SLOT_SUFFIX + " s</p><p>per-view-seconds" + PerView.SLOT_SUFFIX + "</p>");
        MockHttpServletResponse response = new MockHttpServletResponse();

        page.writeTo(response, (slot) -> switch (slot) {
            case RenderedPage.TOKEN -> "token-2";
            case "challenge" -> "{&quot;a&quot;:1}";
            case "seconds" -> "٣٠";
            default -> throw new AssertionError(slot);
        });

        String html = response.getContentAsString(StandardCharsets.UTF_8);
        assertThat(html)
            .isEqualTo("<input value=\"token-2\" data-challenge=\"{&quot;a&quot;:1}\"><p>in ٣٠ s</p><p>٣٠</p>");
        assertThat(response.getContentLength()).isEqualTo(html.getBytes(StandardCharsets.UTF_8).length);
    }

    @Test
    void aPageWithoutAFormAsksForNoToken() throws Exception {
        RenderedPage page = RenderedPage.of("<p>Done</p>");
        MockHttpServletResponse response = new MockHttpServletResponse();

        page.writeTo(response, (slot) -> {
            throw new AssertionError("no slot to fill");
        });

        assertThat(page.hasForm()).isFalse();
        assertThat(response.getContentAsString()).isEqualTo("<p>Done</p>");
    }

}
