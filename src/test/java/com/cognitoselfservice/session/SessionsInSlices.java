package com.cognitoselfservice.session;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * Starting sessions, for controller slices (which use servlet sessions, not Spring
 * Session's store).
 */
@Configuration(proxyBeanMethods = false)
@Import(Sessions.class)
public class SessionsInSlices {

}
