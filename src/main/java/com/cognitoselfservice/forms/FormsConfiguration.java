package com.cognitoselfservice.forms;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * A form shown again with its errors answers with their status ({@link FormErrorStatus}).
 */
@Configuration(proxyBeanMethods = false)
class FormsConfiguration implements WebMvcConfigurer {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new FormErrorStatus());
    }

}
