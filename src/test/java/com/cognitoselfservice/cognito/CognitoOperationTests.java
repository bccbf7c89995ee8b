package com.cognitoselfservice.cognito;

import org.junit.jupiter.api.Test;

import com.cognitoselfservice.abuse.CognitoQuota;

import static org.assertj.core.api.Assertions.assertThat;

class CognitoOperationTests {

    @Test
    void eachOperationCountsAgainstTheQuotaCognitoDocumentsForIt() {
        assertThat(CognitoOperation.values())
            .filteredOn((operation) -> operation.quota() == CognitoQuota.ACCOUNT_RECOVERY)
            .extracting(CognitoOperation::toString)
            .containsExactlyInAnyOrder("ForgotPassword", "ConfirmForgotPassword", "ChangePassword");
        assertThat(CognitoOperation.values()).filteredOn((operation) -> operation.quota() == CognitoQuota.SIGN_IN)
            .extracting(CognitoOperation::toString)
            .containsExactlyInAnyOrder("InitiateAuth", "RespondToAuthChallenge", "GlobalSignOut",
                    "AssociateSoftwareToken", "VerifySoftwareToken");
    }

    @Test
    void onlyANewSignInAndASignOutAreHarmlessToRepeat() {
        assertThat(CognitoOperation.values()).filteredOn(CognitoOperation::isHarmlessToRepeat)
            .containsExactlyInAnyOrder(CognitoOperation.INITIATE_AUTH, CognitoOperation.GLOBAL_SIGN_OUT);
    }

}
