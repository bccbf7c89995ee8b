package com.cognitoselfservice;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every link from the README and the pages under {@code docs/} to a file of the project,
 * and to a heading in it, leads somewhere: pages move, and a newcomer follows the links.
 */
class DocumentationLinksTests {

    static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");

    static final Pattern HEADING = Pattern.compile("^#{1,6} (.+)$", Pattern.MULTILINE);

    @Test
    void everyLinkToAFileOrAHeadingOfTheProjectLeadsSomewhere() throws IOException {
        List<String> broken = new ArrayList<>();
        for (Path page : pages()) {
            Matcher link = LINK.matcher(Files.readString(page));
            while (link.find()) {
                String target = link.group(1);
                if (!target.matches("[a-z]+:.*")) {
                    check(page, target).ifPresent(broken::add);
                }
            }
        }
        assertThat(broken).isEmpty();
    }

    @Test
    void theReadmeIsAFrontDoorWithBothCommandsInItsFirstScreen() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("README.md"));
        String firstScreen = String.join("\n", lines.subList(0, Math.min(30, lines.size())));

        assertThat(lines).hasSizeLessThanOrEqualTo(150);
        assertThat(firstScreen).contains("./mvnw spring-boot:run -Dspring-boot.run.profiles=demo")
            .contains("./mvnw verify");
    }

    private static Optional<String> check(Path page, String target) throws IOException {
        String[] parts = target.split("#", 2);
        Path file = parts[0].isEmpty() ? page : page.toAbsolutePath().getParent().resolve(parts[0]).normalize();
        if (!Files.exists(file)) {
            return Optional.of(page + " links to " + target + ", which does not exist");
        }
        if (parts.length == 2 && file.toString().endsWith(".md") && !anchors(file).contains(parts[1])) {
            return Optional.of(page + " links to " + target + ", a heading " + file + " lacks");
        }
        return Optional.empty();
    }

    // As GitHub names a heading: lower case, punctuation dropped, spaces as hyphens.
    private static Set<String> anchors(Path file) throws IOException {
        Matcher heading = HEADING.matcher(Files.readString(file));
        Set<String> anchors = new HashSet<>();
        while (heading.find()) {
            anchors.add(heading.group(1)
                .strip()
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N} _-]", "")
                .replace(' ', '-'));
        }
        return anchors;
    }

    private static List<Path> pages() throws IOException {
        try (Stream<Path> docs = Files.list(Path.of("docs"))) {
            return Stream
                .concat(Stream.of(Path.of("README.md"), Path.of("SECURITY.md")),
                        docs.filter((file) -> file.toString().endsWith(".md")))
                .collect(Collectors.toList());
        }
    }

}
