package com.cognitoselfservice.admin;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.OutputCaptureExtension;

import com.cognitoselfservice.support.AwsStub;
import com.cognitoselfservice.support.CognitoEmulator;
import com.cognitoselfservice.support.EmulatorTest;
import com.cognitoselfservice.support.Page;
import com.cognitoselfservice.support.TestPool;
import com.cognitoselfservice.support.Visitor;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the console's tests share: the console on, and a helpdesk person of the pool's
 * (made once per pool) signed in before every test as {@code helpdesk}.
 */
@EmulatorTest(properties = { "admin.enabled=true", "admin.group=helpdesk" })
@ExtendWith(OutputCaptureExtension.class)
abstract class SignedInConsole {

    static final String HELPDESK_PASSWORD = "Helpdesk-pass-1!";

    private static final Map<String, String> HELPDESK_PEOPLE = new ConcurrentHashMap<>();

    final TestPool pool;

    final Visitor visitor;

    final AwsStub stub = AwsStub.shared();

    String helpdeskUser;

    Visitor helpdesk;

    SignedInConsole(TestPool pool, Visitor visitor) {
        this.pool = pool;
        this.visitor = visitor;
    }

    @BeforeEach
    void signedInHelpdeskPerson() {
        helpdeskUser = HELPDESK_PEOPLE.computeIfAbsent(pool.userPoolId(), (id) -> {
            String person = pool.createUser(unique("helen"));
            pool.adminSetPassword(person, HELPDESK_PASSWORD);
            pool.addToGroup(person, "helpdesk");
            return person;
        });
        helpdesk = visitor.another();
        helpdesk.get("/admin/sign-in");
        Page signedIn = helpdesk.post("/admin/sign-in",
                Map.of("username", helpdeskUser, "password", HELPDESK_PASSWORD));
        assertThat(signedIn.location()).as(signedIn.text()).isEqualTo("/admin");
        // As a browser would: the console's first page brings the form token of the new
        // session.
        helpdesk.follow(signedIn);
    }

    /**
     * Every documented error of AdminResetUserPassword and AdminSetUserPassword, the
     * status Cognito answers it with, and what the page says.
     */
    static Stream<String[]> documentedErrors() {
        return Stream.of(new String[] { "InternalErrorException", "500", "Cognito had an internal error." },
                new String[] { "InvalidEmailRoleAccessPolicyException", "400", "Cognito is not allowed to send email" },
                new String[] { "InvalidLambdaResponseException", "400", "returned an invalid response" },
                new String[] { "InvalidParameterException", "400", "Cognito refused a value of this request." },
                new String[] { "InvalidSmsRoleAccessPolicyException", "400", "may not publish with Amazon SNS" },
                new String[] { "InvalidSmsRoleTrustRelationshipException", "400",
                        "Cognito cannot assume the pool's SMS role" },
                new String[] { "LimitExceededException", "400", "a Cognito limit was reached" },
                new String[] { "NotAuthorizedException", "400", "check the IAM permissions" },
                new String[] { "ResourceNotFoundException", "400", "The user pool was not found" },
                new String[] { "TooManyRequestsException", "400", "Cognito is throttling requests." },
                new String[] { "UnexpectedLambdaException", "400", "A Lambda trigger of the pool failed." },
                new String[] { "UserLambdaValidationException", "400",
                        "A Lambda trigger of the pool refused this change." },
                new String[] { "UserNotFoundException", "400", "There is no user with this username in the pool." });
    }

    static String unique(String prefix) {
        return CognitoEmulator.shared().uniqueUsername(prefix);
    }

}
