package com.cognitoselfservice.product;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * The product registry and visit handling, for controller slices.
 */
@Configuration(proxyBeanMethods = false)
@Import({ ProductCatalog.class, LogoFolder.class, VisitResolver.class, ProductHeaders.class, ProductCookies.class,
        ProductCsrfTokens.class, VisitLocaleResolver.class, CurrentProductAppClients.class })
public class ProductsInSlices {

}
