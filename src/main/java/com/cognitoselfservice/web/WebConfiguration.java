package com.cognitoselfservice.web;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * What every page gets from Spring MVC: the status of a form shown with its errors, and
 * entry pages rendered once ({@link RenderedPageView}).
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    @Bean
    RenderedPages renderedPages() {
        return new RenderedPages();
    }

    @Bean
    static BeanPostProcessor renderedPageViews() {
        return new BeanPostProcessor() {

            @Override
            public Object postProcessBeforeInitialization(Object bean, String name) {
                if (bean instanceof ThymeleafViewResolver resolver && resolver.isCache()) {
                    resolver.setViewClass(RenderedPageView.class);
                }
                return bean;
            }

        };
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new FormErrorStatus());
    }

}
