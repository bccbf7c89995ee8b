package com.cognitoselfservice.forms;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/** How forms are bound and shown with their errors, for controller slices. */
@Configuration(proxyBeanMethods = false)
@Import({ FormBinding.class, FormsConfiguration.class })
public class FormsInSlices {

}
