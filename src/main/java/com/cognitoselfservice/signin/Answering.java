package com.cognitoselfservice.signin;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the {@link Challenge} a page answers, for which sign-in. The challenge must be
 * held, started for that purpose, still valid and, on a submit, the one the form was
 * shown for; otherwise the person is sent to sign in again.
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface Answering {

    SignInPurpose value();

}
