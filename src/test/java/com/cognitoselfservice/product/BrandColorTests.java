package com.cognitoselfservice.product;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class BrandColorTests {

    @Test
    void contrastFollowsTheWcagFormula() {
        assertThat(BrandColor.parse("#000").contrastOnWhite()).isCloseTo(21.0, within(0.01));
        assertThat(BrandColor.parse("#ffffff").contrastOnWhite()).isCloseTo(1.0, within(0.01));
        assertThat(BrandColor.parse("#767676").contrastOnWhite()).isCloseTo(4.54, within(0.01));
    }

    @ParameterizedTest
    @ValueSource(strings = { "#ffcc00", "#ffffff", "#e91e63", "#00bcd4", "#8bc34a" })
    void everyColourCanBeMadeReadableKeepingItsHue(String hex) {
        BrandColor readable = BrandColor.parse(hex).readableOnWhite();

        assertThat(readable.contrastOnWhite()).isGreaterThanOrEqualTo(4.5);
        assertThat(readable.hex()).matches("#[0-9a-f]{6}");
    }

    @Test
    void aReadableColourIsKept() {
        assertThat(BrandColor.parse("#0B57D0").readableOnWhite().hex()).isEqualTo("#0b57d0");
    }

}
