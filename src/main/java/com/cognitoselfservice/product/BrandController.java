package com.cognitoselfservice.product;

import java.time.Duration;

import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Each product's colour as a stylesheet (the CSP allows no inline style) and its logo
 * when it comes from the logo folder, which any site may show: password-change emails do.
 */
@Controller
class BrandController {

    private static final CacheControl FIVE_MINUTES = CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic();

    private static final CacheControl A_YEAR = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

    private final ProductCatalog catalog;

    BrandController(ProductCatalog catalog) {
        this.catalog = catalog;
    }

    /** Kept for a year when asked for by the version the pages link to. */
    @GetMapping("/brand/{key}.css")
    ResponseEntity<String> stylesheet(@PathVariable String key,
            @RequestParam(name = "v", required = false) String version) {
        return catalog.byKey(key)
            .map(Product::color)
            .map((color) -> ResponseEntity.ok()
                .contentType(new MediaType("text", "css"))
                .cacheControl(color.version().equals(version) ? A_YEAR : FIVE_MINUTES)
                .body(color.stylesheet()))
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
                .header("Cross-Origin-Resource-Policy", "cross-origin")
                .<Resource>body(logo.file()))
            .orElseGet(() -> ResponseEntity.notFound().build());
    }

}
