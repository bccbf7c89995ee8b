package com.cognitoselfservice.cognito;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CodeDeliveryDetailsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeliveryMediumType;

import org.springframework.stereotype.Component;

/**
 * The forgot-password calls. Passwords, codes and secrets are passed through, never
 * logged.
 */
@Component
public class CognitoGateway {

    private static final Logger log = LoggerFactory.getLogger(CognitoGateway.class);

    private final CognitoCalls cognito;

    CognitoGateway(CognitoCalls cognito) {
        this.cognito = cognito;
    }

    /**
     * Sends a confirmation code. An unknown, disabled or unreachable account gets a
     * simulated delivery, so the caller cannot tell it from a real one.
     */
    public CodeDelivery forgotPassword(String username) {
        try {
            CodeDeliveryDetailsType details = cognito
                .call(CognitoOperation.FORGOT_PASSWORD,
                        (timeouts) -> cognito.client()
                            .forgotPassword((request) -> request.overrideConfiguration(timeouts)
                                .userContextData(cognito.userContext())
                                .clientId(cognito.clientId())
                                .username(username)
                                .secretHash(cognito.secretHash(username))
                                .clientMetadata(cognito.clientMetadata())))
                .codeDeliveryDetails();
            if (details == null || details.destination() == null) {
                return CodeDelivery.shownFor(username, DeliveryMediumType.EMAIL);
            }
            return CodeDelivery.shownFor(username, details.deliveryMedium());
        }
        catch (CognitoFailure failure) {
            if (failure.kind() == CognitoFailure.Kind.UNKNOWN_USER) {
                log.info("ForgotPassword: {} answered with a simulated delivery", failure.errorCode());
                return CodeDelivery.shownFor(username, DeliveryMediumType.EMAIL);
            }
            throw failure;
        }
    }

    /**
     * Sets the new password if the code is right; an unknown account fails as a wrong
     * code does.
     */
    public void confirmForgotPassword(String username, String code, String password) {
        try {
            cognito.call(CognitoOperation.CONFIRM_FORGOT_PASSWORD,
                    (timeouts) -> cognito.client()
                        .confirmForgotPassword((request) -> request.overrideConfiguration(timeouts)
                            .userContextData(cognito.userContext())
                            .clientId(cognito.clientId())
                            .username(username)
                            .confirmationCode(code)
                            .password(password)
                            .secretHash(cognito.secretHash(username))
                            .clientMetadata(cognito.clientMetadata())));
        }
        catch (CognitoFailure failure) {
            if (failure.kind() == CognitoFailure.Kind.UNKNOWN_USER) {
                throw failure.as(CognitoFailure.Reason.CODE_MISMATCH);
            }
            throw failure;
        }
    }

}
