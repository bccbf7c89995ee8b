package com.cognitoselfservice.cognito;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SimulatedDeliveryTests {

    final SimulatedDelivery simulated = new SimulatedDelivery();

    @Test
    void emailUsernameIsMaskedAsCognitoMasksIt() {
        assertThat(simulated.forUsername("jane@example.com").destination()).isEqualTo("j***@e***.com");
    }

    @Test
    void otherUsernamesGetAStableMaskedAddress() {
        CodeDelivery first = simulated.forUsername("ghost");

        assertThat(first.destination()).matches("[a-z]\\*\\*\\*@[a-z]\\*\\*\\*\\.(com|net|org)");
        assertThat(simulated.forUsername("ghost")).isEqualTo(first);
        assertThat(simulated.forUsername("GHOST")).isEqualTo(first);
    }

}
