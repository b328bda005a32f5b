package io.nwtn.stress.architecture;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps the main code laid along the data path (docs/architecture.md): settings, then what a run
 * records, the log decoder, the analysis, the verdict, the documents and what publishes them; each
 * package uses only those before it, and no two packages depend on each other.
 */
class ArchitectureTest {

  private static JavaClasses main;

  @BeforeAll
  static void importMainCode() {
    main =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.nwtn.stress");
  }

  /** No cycle between the suite's packages. */
  static ArchRule noCycles(String root) {
    return slices().matching(root + ".(*)..").should().beFreeOfCycles();
  }

  /** Each package and the packages it may use; anything not listed is a violation. */
  static LayeredArchitecture dataPath() {
    return layeredArchitecture()
        .consideringOnlyDependenciesInLayers()
        .layer("exit")
        .definedBy("io.nwtn.stress.exit..")
        .layer("files")
        .definedBy("io.nwtn.stress.files..")
        .layer("contract")
        .definedBy("io.nwtn.stress.contract..")
        .layer("jvm")
        .definedBy("io.nwtn.stress.jvm..")
        .layer("logfile")
        .definedBy("io.nwtn.stress.logfile..")
        .layer("settings")
        .definedBy("io.nwtn.stress.settings..")
        .layer("reference")
        .definedBy("io.nwtn.stress.reference..")
        .layer("target")
        .definedBy("io.nwtn.stress.target..")
        .layer("distributed")
        .definedBy("io.nwtn.stress.distributed..")
        .layer("recording")
        .definedBy("io.nwtn.stress.recording..")
        .layer("analysis")
        .definedBy("io.nwtn.stress.analysis..")
        .layer("verdict")
        .definedBy("io.nwtn.stress.verdict..")
        .layer("capacity")
        .definedBy("io.nwtn.stress.capacity..")
        .layer("monitoring")
        .definedBy("io.nwtn.stress.monitoring..")
        .layer("validation")
        .definedBy("io.nwtn.stress.validation..")
        .layer("documents")
        .definedBy("io.nwtn.stress.documents..")
        .layer("publish")
        .definedBy("io.nwtn.stress.publish..")
        .layer("report")
        .definedBy("io.nwtn.stress.report..")
        .layer("merge")
        .definedBy("io.nwtn.stress.merge..")
        .layer("compare")
        .definedBy("io.nwtn.stress.compare..")
        .layer("launch")
        .definedBy("io.nwtn.stress.launch..")
        .whereLayer("exit")
        .mayNotAccessAnyLayer()
        .whereLayer("files")
        .mayNotAccessAnyLayer()
        .whereLayer("contract")
        .mayNotAccessAnyLayer()
        .whereLayer("jvm")
        .mayNotAccessAnyLayer()
        .whereLayer("logfile")
        .mayNotAccessAnyLayer()
        .whereLayer("settings")
        .mayOnlyAccessLayers("contract", "exit")
        .whereLayer("reference")
        .mayOnlyAccessLayers("settings", "jvm", "contract", "files", "exit")
        .whereLayer("target")
        .mayOnlyAccessLayers("reference", "settings", "contract", "exit")
        .whereLayer("distributed")
        .mayOnlyAccessLayers("target", "settings", "contract", "files", "exit")
        .whereLayer("recording")
        .mayOnlyAccessLayers("target", "settings", "contract", "files", "exit")
        .whereLayer("analysis")
        .mayOnlyAccessLayers("recording", "logfile", "settings", "contract", "files", "exit")
        .whereLayer("verdict")
        .mayOnlyAccessLayers("analysis", "recording", "settings", "contract", "files", "exit")
        .whereLayer("capacity")
        .mayOnlyAccessLayers("verdict", "recording", "settings", "contract", "files", "exit")
        .whereLayer("monitoring")
        .mayOnlyAccessLayers(
            "verdict", "recording", "settings", "target", "jvm", "contract", "files", "exit")
        .whereLayer("validation")
        .mayOnlyAccessLayers("verdict", "recording", "settings", "contract", "files", "exit")
        .whereLayer("documents")
        .mayOnlyAccessLayers(
            "capacity",
            "validation",
            "verdict",
            "analysis",
            "logfile",
            "recording",
            "settings",
            "contract",
            "files",
            "exit")
        .whereLayer("publish")
        .mayOnlyAccessLayers("settings", "files", "exit")
        .whereLayer("report")
        .mayOnlyAccessLayers(
            "capacity",
            "publish",
            "documents",
            "verdict",
            "analysis",
            "logfile",
            "recording",
            "settings",
            "contract",
            "files",
            "exit")
        .whereLayer("merge")
        .mayOnlyAccessLayers(
            "report",
            "publish",
            "documents",
            "verdict",
            "analysis",
            "logfile",
            "recording",
            "distributed",
            "settings",
            "contract",
            "files",
            "exit")
        .whereLayer("compare")
        .mayOnlyAccessLayers("settings", "contract", "files", "exit")
        .whereLayer("launch")
        .mayOnlyAccessLayers(
            "capacity",
            "report",
            "documents",
            "monitoring",
            "validation",
            "verdict",
            "analysis",
            "recording",
            "target",
            "distributed",
            "settings",
            "contract",
            "files",
            "exit");
  }

  @Test
  void packagesFollowTheDataPath() {
    dataPath().check(main);
  }

  @Test
  void noPackageCycles() {
    noCycles("io.nwtn.stress").check(main);
  }

  @Test
  void aCycleIsCaught() {
    JavaClasses cycle =
        new ClassFileImporter().importPackages("io.nwtn.stress.architecture.fixture");
    assertTrue(
        noCycles("io.nwtn.stress.architecture.fixture").evaluate(cycle).hasViolation(),
        "the two fixture packages use each other");
  }

  @Test
  void everyPackageIsPlacedOnTheDataPath() {
    java.util.Set<String> placed =
        java.util.Set.of(
            "exit",
            "files",
            "contract",
            "jvm",
            "logfile",
            "settings",
            "reference",
            "target",
            "distributed",
            "recording",
            "analysis",
            "verdict",
            "capacity",
            "monitoring",
            "validation",
            "documents",
            "publish",
            "report",
            "merge",
            "compare",
            "launch");
    main.stream()
        .map(c -> c.getPackageName().substring("io.nwtn.stress.".length()).split("\\.")[0])
        .distinct()
        .forEach(p -> assertTrue(placed.contains(p), "package " + p + " is not on the data path"));
  }
}
