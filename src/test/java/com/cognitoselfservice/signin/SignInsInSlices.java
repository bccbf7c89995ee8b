package com.cognitoselfservice.signin;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * Sign-ins and their held challenges, for controller slices.
 */
@Configuration(proxyBeanMethods = false)
@Import({ SignIns.class, HeldChallenges.class, SignInWebConfiguration.class, SignInAgainRedirect.class,
        PasswordChange.class })
public class SignInsInSlices {

}
