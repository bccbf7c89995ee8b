package com.cognitoselfservice.errorpages;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/** The error pages, for controller slices. */
@Configuration(proxyBeanMethods = false)
@Import(ErrorPages.class)
public class ErrorPagesInSlices {

}
