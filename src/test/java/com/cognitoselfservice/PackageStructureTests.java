package com.cognitoselfservice;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The structure the packages promise: Cognito is spoken in one place, and every package
 * says what it is for.
 */
class PackageStructureTests {

    static final Path SOURCES = Path.of("src/main/java/com/cognitoselfservice");

    @Test
    void onlyTheCognitoPackageImportsTheAwsSdk() throws IOException {
        List<String> offenders = new ArrayList<>();
        for (Path source : sources()) {
            boolean inCognito = SOURCES.relativize(source).startsWith("cognito");
            if (!inCognito && Files.readString(source).contains("import software.amazon.awssdk")) {
                offenders.add(SOURCES.relativize(source).toString());
            }
        }
        assertThat(offenders).isEmpty();
    }

    @Test
    void everyPackageSaysWhatItIsFor() throws IOException {
        try (Stream<Path> dirs = Files.walk(SOURCES)) {
            List<Path> packages = dirs.filter(Files::isDirectory).filter((dir) -> !dir.equals(SOURCES)).toList();
            assertThat(packages).isNotEmpty()
                .allSatisfy((dir) -> assertThat(dir.resolve("package-info.java")).as(dir.toString()).exists());
        }
    }

    private static List<Path> sources() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter((p) -> p.toString().endsWith(".java")).toList();
        }
    }

}
