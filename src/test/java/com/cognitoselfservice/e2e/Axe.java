package com.cognitoselfservice.e2e;

import java.util.List;
import java.util.Set;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.WebDriver;

import static org.assertj.core.api.Assertions.assertThat;

/** WCAG 2.2 AA by axe-core: no serious or critical violation on the page as it is now. */
final class Axe {

    static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    static final Set<String> BLOCKING = Set.of("serious", "critical");

    private Axe() {
    }

    static void assertAccessible(WebDriver browser, String state) {
        // The pages have no frames: axe runs in the page itself, without the extra window
        // its frame-by-frame mode opens for every analysis.
        Results results = new AxeBuilder().withTags(WCAG_22_AA).setLegacyMode(true).analyze(browser);
        List<String> blocking = results.getViolations()
            .stream()
            .filter((rule) -> BLOCKING.contains(rule.getImpact()))
            .map(Axe::describe)
            .toList();
        assertThat(blocking).as(state).isEmpty();
    }

    private static String describe(Rule rule) {
        return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
                + rule.getNodes().stream().map((node) -> node.getHtml()).toList();
    }

}
