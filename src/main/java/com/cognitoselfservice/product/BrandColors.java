package com.cognitoselfservice.product;

import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes configured brand colours readable, saying so in the log when one had to change.
 */
final class BrandColors {

    private static final Logger log = LoggerFactory.getLogger(BrandColors.class);

    private BrandColors() {
    }

    static BrandColor readable(String product, BrandColor configured) {
        if (configured.isReadableOnWhite()) {
            return configured;
        }
        BrandColor adjusted = configured.readableOnWhite();
        log.warn(
                "Brand colour {} of product {} has a contrast of {}:1 on white, below the {}:1 that WCAG 2.2 AA "
                        + "asks for text; using {} instead",
                configured.hex(), product, String.format(Locale.ROOT, "%.2f", configured.contrastOnWhite()),
                BrandColor.MINIMUM_CONTRAST, adjusted.hex());
        return adjusted;
    }

}
