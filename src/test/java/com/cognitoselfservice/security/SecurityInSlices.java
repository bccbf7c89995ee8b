package com.cognitoselfservice.security;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/** The real security chain with its CSRF cookies and headers, for controller slices. */
@Configuration(proxyBeanMethods = false)
@Import({ SecurityConfiguration.class, CsrfCookies.class, PageHeaders.class })
public class SecurityInSlices {

}
