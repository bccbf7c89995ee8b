package com.cognitoselfservice.product;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

import com.cognitoselfservice.cognito.AppClient;
import com.cognitoselfservice.cognito.CognitoProperties;
import com.cognitoselfservice.language.Language;
import com.cognitoselfservice.language.Languages;

/**
 * Every product, checked at start-up: a wrong setting stops the app with a line naming
 * it, and a brand colour too light to read on white is darkened (with a log line).
 */
@Component
public class ProductCatalog {

    static final String DEFAULT_KEY = "default";

    private final Product defaultProduct;

    private final Map<String, Product> products = new LinkedHashMap<>();

    ProductCatalog(CognitoProperties cognito, ProductProperties settings, LogoFolder logos) {
        ProductProperties.Brand brand = settings.brand();
        this.defaultProduct = new Product(null, blankToNull(brand.name()), AppClient.of(cognito),
                logos.logo("reset.brand.logo", brand.logo()), color("reset.brand.color", DEFAULT_KEY, brand.color()),
                blankToNull(settings.supportContact()), ReturnUrlPolicy.of(settings.allowedReturnUrls()),
                FrameAncestors.parse("reset.frame-ancestors", settings.frameAncestors()),
                language("reset.brand.language", brand.language()));
        for (int i = 0; i < settings.products().size(); i++) {
            ProductProperties.ProductSettings product = settings.products().get(i);
            String property = "reset.products[" + i + "]";
            if (product.client().equals(DEFAULT_KEY) || products.containsKey(product.client())) {
                throw new InvalidProductSettingException(property + ".client",
                        "is '" + product.client() + "', which is taken: every product needs a key of its own");
            }
            products.put(product.client(), product(property, product, cognito, logos));
        }
    }

    public Product defaultProduct() {
        return defaultProduct;
    }

    /** The product a {@code client} parameter names; none given means the default one. */
    public Optional<Product> find(@Nullable String client) {
        if (client == null || client.isEmpty()) {
            return Optional.of(defaultProduct);
        }
        return Optional.ofNullable(products.get(client));
    }

    Optional<Product> byKey(String key) {
        return key.equals(DEFAULT_KEY) ? Optional.of(defaultProduct) : Optional.ofNullable(products.get(key));
    }

    public List<Product> all() {
        List<Product> all = new ArrayList<>();
        all.add(defaultProduct);
        all.addAll(products.values());
        return all;
    }

    private static Product product(String property, ProductProperties.ProductSettings settings,
            CognitoProperties cognito, LogoFolder logos) {
        AppClient app = appClient(settings, cognito);
        return new Product(settings.client(), settings.name().strip(), app,
                logos.logo(property + ".logo", settings.logo()),
                color(property + ".color", settings.client(), settings.color()), blankToNull(settings.supportContact()),
                ReturnUrlPolicy.of(settings.returnUrls()),
                FrameAncestors.parse(property + ".frame-ancestors", settings.frameAncestors()),
                language(property + ".language", settings.language()));
    }

    private static AppClient appClient(ProductProperties.ProductSettings settings, CognitoProperties cognito) {
        String userPoolId = Optional.ofNullable(blankToNull(settings.userPoolId())).orElse(cognito.userPoolId());
        String region = userPoolId.equals(cognito.userPoolId()) ? cognito.region() : null;
        if (blankToNull(settings.appClientId()) == null) {
            return new AppClient(userPoolId, cognito.clientId(), cognito.clientSecret(), region);
        }
        return new AppClient(userPoolId, settings.appClientId().strip(), settings.appClientSecret(), region);
    }

    private static BrandColor color(String property, String product, @Nullable String value) {
        if (blankToNull(value) == null) {
            return BrandColor.DEFAULT;
        }
        try {
            return BrandColors.readable(product, BrandColor.parse(value));
        }
        catch (IllegalArgumentException ex) {
            throw new InvalidProductSettingException(property, ex.getMessage());
        }
    }

    private static @Nullable Locale language(String property, @Nullable String value) {
        if (blankToNull(value) == null) {
            return null;
        }
        return Languages.named(value)
            .map(Language::locale)
            .orElseThrow(() -> new InvalidProductSettingException(property, "is not one of the languages offered: "
                    + String.join(", ", Languages.SUPPORTED.stream().map(Language::tag).toList())));
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return (value == null || value.isBlank()) ? null : value.strip();
    }

}
