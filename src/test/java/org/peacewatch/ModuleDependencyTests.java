package org.peacewatch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.util.List;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Modules depend only on modules upstream of them, in the order data flows (STYLE.md); config is wiring that no
 * module depends on. Inside a module, {@code web} is a leaf and the internal sub-packages stay inside their module.
 */
class ModuleDependencyTests {

    private static final List<String> FLOW = List.of("sources", "fetching", "extraction", "articles", "tagging", "timeline");

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.peacewatch");

    @Test
    void eachModuleDependsOnlyOnUpstreamModules() {
        for (int i = 0; i < FLOW.size(); i++) {
            for (int j = i + 1; j < FLOW.size(); j++) {
                noClasses().that().resideInAPackage("org.peacewatch." + FLOW.get(i) + "..")
                        .should().dependOnClassesThat().resideInAPackage("org.peacewatch." + FLOW.get(j) + "..")
                        .because(FLOW.get(i) + " is upstream of " + FLOW.get(j))
                        .check(classes);
            }
        }
    }

    @Test
    void noModuleDependsOnConfig() {
        for (String module : FLOW) {
            noClasses().that().resideInAPackage("org.peacewatch." + module + "..")
                    .should().dependOnClassesThat().resideInAPackage("org.peacewatch.config..")
                    .check(classes);
        }
    }

    @Test
    void nothingDependsOnAModulesWebPackage() {
        for (String module : FLOW) {
            String web = "org.peacewatch." + module + ".web..";
            noClasses().that().resideOutsideOfPackage(web)
                    .should().dependOnClassesThat().resideInAPackage(web)
                    .because("controllers are the outer edge of " + module)
                    .check(classes);
        }
    }

    @Test
    void internalPackagesAreUsedOnlyInsideTheirModule() {
        for (String internal : List.of("articles.ingestion", "tagging.matching")) {
            String module = "org.peacewatch." + internal.substring(0, internal.indexOf('.')) + "..";
            noClasses().that().resideOutsideOfPackage(module)
                    .should().dependOnClassesThat().resideInAPackage("org.peacewatch." + internal + "..")
                    .because(internal + " is internal to its module")
                    .check(classes);
        }
    }
}
