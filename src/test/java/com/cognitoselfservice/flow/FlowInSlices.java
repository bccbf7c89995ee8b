package com.cognitoselfservice.flow;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * The reset flow and completions, for controller slices.
 */
@Configuration(proxyBeanMethods = false)
@Import({ ResetFlows.class, ResponseTimeFloor.class, Completions.class, FlowWebConfiguration.class })
public class FlowInSlices {

}
