package com.cognitoselfservice.sharedstore;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A record that may be kept in a session. The shared session store writes such records as
 * JSON and reads back only records that carry this mark, so that nothing read from the
 * store can make the app build an object of any other class.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface KeptInSession {

}
