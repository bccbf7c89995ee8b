package com.cognitoselfservice.errorpages;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The page to try again from when Cognito cannot be reached during this request, for a
 * route that is not a page itself (such as {@code /confirm-code/resend}). Without it, a
 * route's own path is that page.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface RetryPage {

    String value();

}
