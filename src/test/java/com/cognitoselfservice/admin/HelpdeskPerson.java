package com.cognitoselfservice.admin;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import com.cognitoselfservice.support.CognitoEmulator;
import com.cognitoselfservice.support.Page;
import com.cognitoselfservice.support.TestPool;
import com.cognitoselfservice.support.Visitor;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The helpdesk person the console tests sign in as, one per pool, and what they share.
 */
final class HelpdeskPerson {

    static final String PASSWORD = "Helpdesk-pass-1!";

    private static final Map<String, String> PEOPLE = new ConcurrentHashMap<>();

    private HelpdeskPerson() {
    }

    /** The pool's helpdesk person, made once: a member of the helpdesk group. */
    static String of(TestPool pool) {
        return PEOPLE.computeIfAbsent(pool.userPoolId(), (id) -> {
            String person = pool.createUser(unique("helen"));
            pool.adminSetPassword(person, PASSWORD);
            pool.addToGroup(person, "helpdesk");
            return person;
        });
    }

    /** The visitor, signed in to the console as that person. */
    static Visitor signIn(Visitor visitor, String person) {
        visitor.get("/admin/sign-in");
        Page signedIn = visitor.post("/admin/sign-in", Map.of("username", person, "password", PASSWORD));
        assertThat(signedIn.location()).as(signedIn.text()).isEqualTo("/admin");
        return visitor;
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
