package com.cognitoselfservice;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;
import org.springframework.modulith.docs.Documenter.DiagramOptions;
import org.springframework.stereotype.Controller;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shape of the code: screens on top, each its own package that imports no other
 * screen; below them the shared modules, which import no screen; no cycles anywhere; only
 * the gateways ({@code cognito}, {@code ses}) and the demo speak to the AWS SDK; every
 * package says what it is for; controllers stay thin.
 */
class ModuleStructureTests {

    /**
     * A screen is a route's package; it may use every shared module but no other screen.
     */
    static final List<String> SCREENS = List.of("home", "forgot", "confirm", "resetrequired", "change", "newpassword",
            "mfa", "done", "cancel", "demo", "admin");

    static final Pattern HANDLER = Pattern.compile("\\s+@(Get|Post|Request)Mapping\\b.*");

    static final Path SOURCES = Path.of("src/main/java/com/cognitoselfservice");

    static final ApplicationModules MODULES = ApplicationModules.of(Application.class);

    static final JavaClasses CLASSES = new ClassFileImporter().withImportOption(new ImportOption.DoNotIncludeTests())
        .importPackages("com.cognitoselfservice");

    @Test
    void modulesHaveNoCyclesAndUseOnlyEachOthersApi() {
        MODULES.verify();
    }

    @Test
    void screensDoNotImportEachOther() {
        for (String screen : SCREENS) {
            String[] others = SCREENS.stream()
                .filter((other) -> !other.equals(screen))
                .map(ModuleStructureTests::packageOf)
                .toArray(String[]::new);
            noClasses().that()
                .resideInAPackage(packageOf(screen))
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(others)
                .check(CLASSES);
        }
    }

    @Test
    void sharedModulesDoNotImportScreens() {
        String[] screens = SCREENS.stream().map(ModuleStructureTests::packageOf).toArray(String[]::new);
        noClasses().that()
            .resideOutsideOfPackages(screens)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(screens)
            .check(CLASSES);
    }

    /**
     * The AWS SDK is spoken by the gateways to Cognito and SES, and by the demo, which
     * starts and seeds their emulator.
     */
    @Test
    void onlyTheGatewaysAndTheDemoSpeakToTheAwsSdk() {
        noClasses().that()
            .resideOutsideOfPackages(packageOf("cognito"), packageOf("ses"), packageOf("demo"))
            .should()
            .dependOnClassesThat()
            .resideInAPackage("software.amazon.awssdk..")
            .check(CLASSES);
    }

    @Test
    void controllersHaveAtMostFourCollaborators() {
        classes().that()
            .areAnnotatedWith(Controller.class)
            .should(new ArchCondition<>("take at most four collaborators") {
                @Override
                public void check(JavaClass controller, ConditionEvents events) {
                    controller.getConstructors()
                        .stream()
                        .filter((constructor) -> constructor.getRawParameterTypes().size() > 4)
                        .forEach((constructor) -> events.add(SimpleConditionEvent.violated(controller,
                                controller.getSimpleName() + " takes " + constructor.getRawParameterTypes().size())));
                }
            })
            .check(CLASSES);
    }

    @Test
    void handlersFitInTwentyFiveLines() throws IOException {
        List<String> longer = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path source : files.filter((file) -> file.toString().endsWith("Controller.java")).toList()) {
                List<String> lines = Files.readAllLines(source);
                for (int start = 0; start < lines.size(); start++) {
                    if (HANDLER.matcher(lines.get(start)).matches()) {
                        int length = handlerEnd(lines, start) - start + 1;
                        if (length > 25) {
                            longer.add(source.getFileName() + ":" + (start + 1) + " has " + length + " lines");
                        }
                    }
                }
            }
        }
        assertThat(longer).isEmpty();
    }

    // The line with the closing brace of the method that follows a mapping annotation.
    private static int handlerEnd(List<String> lines, int annotation) {
        int line = annotation + 1;
        while (lines.get(line).strip().startsWith("@") || !lines.get(line).contains("{")) {
            line++;
        }
        int depth = 0;
        for (;; line++) {
            String text = lines.get(line);
            depth += text.chars().filter((c) -> c == '{').count() - text.chars().filter((c) -> c == '}').count();
            if (depth == 0) {
                return line;
            }
        }
    }

    @Test
    void everyPackageSaysWhatItIsFor() throws IOException {
        try (Stream<Path> dirs = Files.walk(SOURCES)) {
            List<Path> packages = dirs.filter(Files::isDirectory).filter((dir) -> !dir.equals(SOURCES)).toList();
            assertThat(packages).isNotEmpty()
                .allSatisfy((dir) -> assertThat(dir.resolve("package-info.java")).as(dir.toString()).exists());
        }
    }

    /**
     * Writes the module diagram (PlantUML) and the list of arrows to
     * {@code target/spring-modulith-docs}, for reading the shape without the code.
     */
    @Test
    void documentsTheModules() throws IOException {
        Documenter documenter = new Documenter(MODULES);
        // A module nothing else uses (the assets) is a room of the house all the same.
        documenter
            .writeModulesAsPlantUml(DiagramOptions.defaults()
                .withElementsWithoutRelationships(DiagramOptions.ElementsWithoutRelationships.VISIBLE))
            .writeIndividualModulesAsPlantUml();
        MODULES.forEach((module) -> System.out.println(arrows(module)));

        String diagram = Files.readString(Path.of("target", "spring-modulith-docs", "components.puml"));
        assertThat(MODULES.stream().map((module) -> "\"" + module.getDisplayName() + "\"")).allMatch(diagram::contains);
    }

    static String arrows(ApplicationModule module) {
        Set<String> targets = module.getBootstrapDependencies(MODULES)
            .map(ApplicationModule::getIdentifier)
            .map(Object::toString)
            .collect(Collectors.toCollection(TreeSet::new));
        targets.addAll(module.getDirectDependencies(MODULES)
            .uniqueModules()
            .map(ApplicationModule::getIdentifier)
            .map(Object::toString)
            .toList());
        return module.getIdentifier() + " -> " + String.join(", ", targets);
    }

    private static String packageOf(String module) {
        return "com.cognitoselfservice." + module + "..";
    }

}
