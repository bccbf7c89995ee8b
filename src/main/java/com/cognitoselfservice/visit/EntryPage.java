package com.cognitoselfservice.visit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A page a product links to, which starts a visit: its {@code client}, {@code return_to},
 * {@code lang} and {@code embed} parameters are read, whatever the session holds.
 */
@Target({ ElementType.TYPE, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface EntryPage {

}
