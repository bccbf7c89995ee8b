package com.cognitoselfservice.visit;

import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import com.cognitoselfservice.cognito.AppClient;
import com.cognitoselfservice.cognito.UserFlowAppClients;
import com.cognitoselfservice.product.Product;
import com.cognitoselfservice.product.ProductCatalog;

/**
 * The user flows speak as the app client of the product being visited; outside a request
 * (start-up checks) as the default product's.
 */
@Component
class CurrentProductAppClients implements UserFlowAppClients {

    private final ProductCatalog catalog;

    private final Visits visits;

    CurrentProductAppClients(ProductCatalog catalog, Visits visits) {
        this.catalog = catalog;
        this.visits = visits;
    }

    @Override
    public AppClient current() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return visits.current(attributes.getRequest()).product().appClient();
        }
        return catalog.defaultProduct().appClient();
    }

    @Override
    public List<AppClient> all() {
        return catalog.all().stream().map(Product::appClient).distinct().toList();
    }

}
