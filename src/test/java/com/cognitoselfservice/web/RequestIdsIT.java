package com.cognitoselfservice.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import com.cognitoselfservice.support.EmulatorTest;
import com.cognitoselfservice.support.Page;
import com.cognitoselfservice.support.Visitor;

import static org.assertj.core.api.Assertions.assertThat;

@EmulatorTest
@ExtendWith(OutputCaptureExtension.class)
class RequestIdsIT {

    final Visitor visitor;

    RequestIdsIT(Visitor visitor) {
        this.visitor = visitor;
    }

    @Test
    void anErrorPageShowsTheReferenceThatItsLogLinesAndHeaderCarry(CapturedOutput output) {
        Page page = visitor.get("/no-such-page");

        String id = page.headers().firstValue(RequestIds.HEADER).orElseThrow();
        assertThat(id).matches("[0-9a-f]{12}");
        assertThat(page.status()).isEqualTo(404);
        assertThat(page.text()).contains("quote this reference: " + id);
        assertThat(output.getOut()).containsPattern("\\[" + id + "\\] .*No endpoint GET /no-such-page");
    }

    @Test
    void everyRequestHasAnIdOfItsOwnAndOneSentByTheClientIsNotTaken() {
        Page first = visitor.get("/");
        Page second = visitor.send(java.net.http.HttpRequest.newBuilder(visitor.base().resolve("/"))
            .header(RequestIds.HEADER, "chosen-by-the-client"));

        assertThat(first.headers().firstValue(RequestIds.HEADER)).isPresent()
            .isNotEqualTo(second.headers().firstValue(RequestIds.HEADER));
        assertThat(second.headers().firstValue(RequestIds.HEADER)).get().asString().matches("[0-9a-f]{12}");
    }

}
