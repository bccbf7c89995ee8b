package com.cognitoselfservice.product;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.io.DefaultResourceLoader;

import com.cognitoselfservice.cognito.AppClient;
import com.cognitoselfservice.cognito.CognitoProperties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ExtendWith(OutputCaptureExtension.class)
public class ProductCatalogTests {

    static final CognitoProperties COGNITO = new CognitoProperties("eu-west-1_Default", "defaultclient", "secret", null,
            null, Map.of(), Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(1), 1, null);

    @Test
    void withoutAClientKeyTheDefaultProductApplies() {
        ProductCatalog catalog = catalog(List.of(shop()));

        assertThat(catalog.find(null)).contains(catalog.defaultProduct());
        assertThat(catalog.find("")).contains(catalog.defaultProduct());
        assertThat(catalog.defaultProduct().appClient())
            .isEqualTo(new AppClient("eu-west-1_Default", "defaultclient", "secret", null));
    }

    @Test
    void anUnknownClientKeyFindsNoProductRatherThanTheDefaultOne() {
        ProductCatalog catalog = catalog(List.of(shop()));

        assertThat(catalog.find("blog")).isEmpty();
        assertThat(catalog.find("SHOP")).isEmpty();
        assertThat(catalog.find("default")).isEmpty();
    }

    @Test
    void aProductWithItsOwnAppClientAndPoolSpeaksAsThem() {
        ProductProperties.ProductSettings blog = new ProductProperties.ProductSettings("blog", "Blog", "us-east-1_Blog",
                "blogclient", "blogsecret", null, null, null, List.of(), List.of(), null);

        Product product = catalog(List.of(blog)).find("blog").orElseThrow();

        assertThat(product.appClient()).isEqualTo(new AppClient("us-east-1_Blog", "blogclient", "blogsecret", null));
        assertThat(product.appClient().region()).isEqualTo("us-east-1");
    }

    @Test
    void aProductWithoutAnAppClientSharesTheDefaultOne() {
        Product shop = catalog(List.of(shop())).find("shop").orElseThrow();

        assertThat(shop.appClient().clientId()).isEqualTo("defaultclient");
        assertThat(shop.appClient().clientSecret()).isEqualTo("secret");
        assertThat(shop.name()).isEqualTo("Shop");
        assertThat(shop.language()).isEqualTo(Locale.GERMAN);
        assertThat(shop.frameAncestors()).containsExactly("https://shop.example");
        assertThat(shop.returnUrls().allowedOrEmpty("https://shop.example/login")).isPresent();
        assertThat(shop.returnUrls().allowedOrEmpty("https://other.example/login")).isEmpty();
    }

    @Test
    void aBrandColourTooLightForWhiteIsDarkenedUntilItIsReadableAndTheLogSaysSo(CapturedOutput output) {
        ProductProperties.ProductSettings yellow = settings("shop", "#ffcc00", List.of(), null);

        BrandColor color = catalog(List.of(yellow)).find("shop").orElseThrow().color();

        assertThat(color.hex()).isNotEqualTo("#ffcc00");
        assertThat(color.contrastOnWhite()).isGreaterThanOrEqualTo(4.5);
        assertThat(output).contains("Brand colour #ffcc00 of product shop has a contrast of 1.51:1 on white")
            .contains("using " + color.hex() + " instead");
    }

    @Test
    void wrongSettingsStopTheStartWithTheSettingNamed() {
        assertThatThrownBy(() -> catalog(List.of(shop(), shop()))).hasMessageStartingWith("reset.products[1].client");
        assertThatThrownBy(() -> catalog(List.of(settings("shop", "green", List.of(), null))))
            .hasMessageStartingWith("reset.products[0].color is not a colour");
        assertThatThrownBy(() -> catalog(List.of(settings("shop", null, List.of("https://*.shop.example"), null))))
            .hasMessageStartingWith("reset.products[0].frame-ancestors");
        assertThatThrownBy(() -> catalog(List.of(settings("shop", null, List.of("http://shop.example"), null))))
            .hasMessageStartingWith("reset.products[0].frame-ancestors");
        assertThatThrownBy(() -> catalog(List.of(settings("shop", null, List.of(), "klingon"))))
            .hasMessageStartingWith("reset.products[0].language is not one of the languages offered");
        assertThatThrownBy(() -> catalog(List.of(settings("default", null, List.of(), null))))
            .hasMessageStartingWith("reset.products[0].client");
    }

    @Test
    void aLogoFileMustBeInTheLogoFolder() {
        ProductProperties.ProductSettings logo = new ProductProperties.ProductSettings("shop", "Shop", null, null, null,
                "missing.svg", null, null, List.of(), List.of(), null);
        ProductProperties properties = new ProductProperties(brand(), List.of(logo), "classpath:demo-logos/", List.of(),
                List.of(), null);

        assertThatThrownBy(() -> catalog(properties)).hasMessageContaining("reset.products[0].logo names missing.svg");
    }

    @Test
    void anHttpsLogoIsUsedAsItIs() {
        ProductProperties.ProductSettings logo = new ProductProperties.ProductSettings("shop", "Shop", null, null, null,
                "https://cdn.shop.example/logo.png", null, null, List.of(), List.of(), null);

        Logo found = catalog(List.of(logo)).find("shop").orElseThrow().logo();

        assertThat(found.externalOrigin()).isEqualTo("https://cdn.shop.example");
    }

    public static ProductProperties.ProductSettings shop() {
        return settings("shop", "#0b57d0", List.of("https://shop.example"), "de");
    }

    static ProductProperties.ProductSettings settings(String client, String color, List<String> frameAncestors,
            String language) {
        return new ProductProperties.ProductSettings(client, "Shop", null, null, null, null, color, "help@shop.example",
                List.of("https://shop.example/"), frameAncestors, language);
    }

    static ProductProperties.Brand brand() {
        return new ProductProperties.Brand(null, null, null, null);
    }

    public static ProductCatalog catalog(List<ProductProperties.ProductSettings> products) {
        return catalog(new ProductProperties(brand(), products, null, List.of(), List.of(), null));
    }

    static ProductCatalog catalog(ProductProperties properties) {
        return new ProductCatalog(COGNITO, properties, new LogoFolder(new DefaultResourceLoader(), properties));
    }

}
