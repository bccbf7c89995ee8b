package com.cognitoselfservice.cognito;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeliveryMediumType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every destination is shown in the app's own masked shape, whatever Cognito (or a fake
 * answer for an unknown account) wrote, or not at all.
 */
class CodeDeliveryTests {

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            j***@e***.com               | EMAIL | j***@e***
            a***@e***                   | EMAIL | a***@e***
            bob@example.com@h***.com    | EMAIL | b***@h***
            jane.doe@example.com        | EMAIL | j***@e***
            +*******1234                | SMS   | ***1234
            +4915112345678              | SMS   | ***5678
            ***89                       | SMS   | ***89
            @e***.com                   | EMAIL | NULL
            a***@                       | EMAIL | NULL
            ***@***                     | EMAIL | NULL
            nothing at all              | EMAIL | NULL
            +*******                    | SMS   | NULL
            a***@e***.com               | PIGEON | NULL
            """)
    void destinationsAreMaskedInOneShapeOrNotShown(String fromCognito, String medium, String shown) {
        assertThat(CodeDelivery.of(fromCognito, DeliveryMediumType.fromValue(medium)).destination()).isEqualTo(shown);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            jane@example.com   | EMAIL | j***@e***
            jane@example.com   | SMS   | NULL
            jane               | EMAIL | NULL
            +4915112345678     | SMS   | NULL
            """)
    void whatIsShownDependsOnlyOnWhatWasTyped(String typed, DeliveryMediumType medium, String shown) {
        assertThat(CodeDelivery.shownFor(typed, medium).destination()).isEqualTo(shown);
        assertThat(CodeDelivery.shownFor(typed, medium).medium()).isEqualTo(medium);
    }

}
