package com.cognitoselfservice.assets;

import java.time.Duration;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.EncodedResourceResolver;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * The stylesheet and the one script bundle, under {@code /assets/}: linked by a URL that
 * names their content, so a browser keeps them for a year, and sent as the gzip the build
 * made when the browser takes it. Only {@code /assets/**} is a file location (Spring
 * Boot's {@code /**} one is off), so the other links a page builds are never looked up on
 * the classpath.
 */
@Configuration(proxyBeanMethods = false)
class Assets implements WebMvcConfigurer {

    static final String PATTERN = "/assets/**";

    private static final CacheControl A_YEAR = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler(PATTERN)
            .addResourceLocations("classpath:/static/assets/")
            .setCacheControl(A_YEAR)
            .resourceChain(true)
            .addResolver(new EncodedResourceResolver())
            .addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
    }

    @Bean
    ResourceUrlEncodingFilter assetUrls() {
        return new ResourceUrlEncodingFilter();
    }

}
