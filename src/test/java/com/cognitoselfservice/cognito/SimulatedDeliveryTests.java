package com.cognitoselfservice.cognito;

import org.junit.jupiter.api.Test;

import com.cognitoselfservice.deploymentkeys.SigningKey;

import static org.assertj.core.api.Assertions.assertThat;

class SimulatedDeliveryTests {

    final SimulatedDelivery simulated = new SimulatedDelivery(SigningKey.random());

    @Test
    void emailUsernameIsMaskedInTheAppsOneShape() {
        assertThat(simulated.forUsername("jane@example.com").destination()).isEqualTo("j***@e***");
    }

    @Test
    void otherUsernamesGetAStableMaskedAddress() {
        CodeDelivery first = simulated.forUsername("ghost");

        assertThat(first.destination()).matches("[a-z]\\*\\*\\*@[a-z]\\*\\*\\*");
        assertThat(simulated.forUsername("ghost")).isEqualTo(first);
        assertThat(simulated.forUsername("GHOST")).isEqualTo(first);
    }

}
