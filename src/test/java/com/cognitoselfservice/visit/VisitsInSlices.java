package com.cognitoselfservice.visit;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

import com.cognitoselfservice.product.ProductsInSlices;

/**
 * The product registry and visit handling, for controller slices.
 */
@Configuration(proxyBeanMethods = false)
@Import({ ProductsInSlices.class, Visits.class, VisitWebConfiguration.class, UnknownProductPage.class,
        VisitLocaleResolver.class, CurrentProductAppClients.class })
public class VisitsInSlices {

}
