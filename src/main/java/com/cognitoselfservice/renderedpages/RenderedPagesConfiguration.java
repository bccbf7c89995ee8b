package com.cognitoselfservice.renderedpages;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

/**
 * Entry pages are rendered once and kept ({@link RenderedPageView}), where templates are
 * cached at all.
 */
@Configuration(proxyBeanMethods = false)
class RenderedPagesConfiguration {

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

}
