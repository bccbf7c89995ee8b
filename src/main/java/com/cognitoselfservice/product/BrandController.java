package com.cognitoselfservice.product;

import java.time.Duration;

import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Each product's colour as a stylesheet (the CSP allows no inline style) and its logo
 * when it comes from the logo folder.
 */
@Controller
class BrandController {

    private static final CacheControl FIVE_MINUTES = CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic();

    private final ProductCatalog catalog;

    BrandController(ProductCatalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping("/brand/{key}.css")
    ResponseEntity<String> stylesheet(@PathVariable String key) {
        return catalog.byKey(key)
            .map((product) -> ResponseEntity.ok()
                .contentType(new MediaType("text", "css"))
                .cacheControl(FIVE_MINUTES)
                .body(":root { --brand: " + product.color().hex() + "; }\n"))
            .orElseGet(() -> ResponseEntity.notFound().build());
    }

    @GetMapping("/brand/{key}/logo")
    ResponseEntity<Resource> logo(@PathVariable String key) {
        return catalog.byKey(key)
            .map(Product::logo)
            .filter((logo) -> logo.file() != null)
            .map((logo) -> ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(logo.mediaType()))
                .cacheControl(FIVE_MINUTES)
                .header("X-Content-Type-Options", "nosniff")
                .<Resource>body(logo.file()))
            .orElseGet(() -> ResponseEntity.notFound().build());
    }

}
