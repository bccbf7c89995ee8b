package com.cognitoselfservice.product;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * The product registry, for controller slices.
 */
@Configuration(proxyBeanMethods = false)
@Import({ ProductCatalog.class, LogoFolder.class })
public class ProductsInSlices {

}
