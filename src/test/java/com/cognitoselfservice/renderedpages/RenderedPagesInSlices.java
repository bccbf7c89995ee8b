package com.cognitoselfservice.renderedpages;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/** Entry pages kept rendered, for controller slices. */
@Configuration(proxyBeanMethods = false)
@Import(RenderedPagesConfiguration.class)
public class RenderedPagesInSlices {

}
