package com.cognitoselfservice.errorpages;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import com.cognitoselfservice.support.AwsStub;
import com.cognitoselfservice.support.CognitoEmulator;
import com.cognitoselfservice.support.EmulatorTest;
import com.cognitoselfservice.support.Page;
import com.cognitoselfservice.support.TestPool;
import com.cognitoselfservice.support.Visitor;

import static org.assertj.core.api.Assertions.assertThat;

@EmulatorTest
@ExtendWith(OutputCaptureExtension.class)
class RequestIdsIT {

    final Visitor visitor;

    final TestPool pool;

    RequestIdsIT(Visitor visitor, TestPool pool) {
        this.visitor = visitor;
        this.pool = pool;
    }

    @Test
    void anErrorPageShowsTheReferenceThatItsLogLinesAndHeaderCarry(CapturedOutput output) {
        String user = pool.createUser(CognitoEmulator.shared().uniqueUsername("referenced"));
        AwsStub.shared().answer("ForgotPassword", user, "InternalErrorException", "Internal error", 500);
        visitor.get("/forgot-password");

        Page page = visitor.post("/forgot-password", Map.of("username", user));

        String id = page.headers().firstValue(RequestIds.HEADER).orElseThrow();
        assertThat(id).matches("[0-9a-f]{12}");
        assertThat(page.status()).isEqualTo(503);
        assertThat(page.text()).contains("quote this reference: " + id);
        assertThat(output.getOut()).containsPattern("\\[" + id + "\\] .*ForgotPassword failed: InternalErrorException")
            .contains("Answered 503 with reference " + id + ": Cognito could not be reached: InternalErrorException");
    }

    @Test
    void aPageThatDoesNotExistShowsItsReferenceWithoutALogLine(CapturedOutput output) {
        Page page = visitor.get("/no-such-page");

        String id = page.headers().firstValue(RequestIds.HEADER).orElseThrow();
        assertThat(page.status()).isEqualTo(404);
        assertThat(page.text()).contains("quote this reference: " + id);
        // Anyone can ask for pages that do not exist: that is not worth a log line each.
        assertThat(output.getOut()).doesNotContain("/no-such-page");
    }

    @Test
    void theErrorPathAskedForDirectlyIsAPageThatDoesNotExist() {
        Page page = visitor.get("/error");

        assertThat(page.status()).isEqualTo(404);
        assertThat(visitor.get("/error;jsessionid=x").status()).as("with a path parameter").isEqualTo(404);
        assertThat(page.text()).contains("quote this reference: " + page.headers().firstValue(RequestIds.HEADER).get());
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
