package dev.quire.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layering of docs/decisions.md ("Modules"), checked on the product's classes: infrastructure
 * knows no feature, features know no web and no application shell, {@code paper} knows no other
 * feature, the search API knows no engine, and no two packages import each other. Maven already
 * stops a module from importing one it does not depend on; these rules hold inside modules too.
 */
class ArchitectureTest {
  static final String[] FEATURES = {
    "dev.quire.paper..", "dev.quire.mail..", "dev.quire.account..", "dev.quire.ingest..",
    "dev.quire.harvest..", "dev.quire.vote..", "dev.quire.comment..", "dev.quire.collection..",
    "dev.quire.feed..", "dev.quire.tex..", "dev.quire.map..", "dev.quire.foryou..",
    "dev.quire.digest..", "dev.quire.mydata..", "dev.quire.mcp..", "dev.quire.search.."
  };

  static JavaClasses product;

  @BeforeAll
  static void importTheProduct() {
    product =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.quire");
  }

  @Test
  void noTwoPackagesImportEachOther() {
    slices().matching("dev.quire.(**)").should().beFreeOfCycles().check(product);
  }

  @Test
  void infrastructureKnowsNoFeature() {
    noClasses()
        .that()
        .resideInAPackage("dev.quire.system..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(concat(FEATURES, "dev.quire.web..", "dev.quire.app.."))
        .check(product);
  }

  @Test
  void featuresKnowNoWebAndNoApplicationShell() {
    noClasses()
        .that()
        .resideInAnyPackage(FEATURES)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("dev.quire.web..", "dev.quire.app..", "io.javalin..")
        .check(product);
  }

  @Test
  void paperKnowsNoOtherFeature() {
    noClasses()
        .that()
        .resideInAPackage("dev.quire.paper..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(without(FEATURES, "dev.quire.paper.."))
        .check(product);
  }

  @Test
  void theSearchApiKnowsNoEngine() {
    noClasses()
        .that()
        .resideInAPackage("dev.quire.search")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.apache.lucene..", "ai.onnxruntime..", "ai.djl..", "dev.quire.search.lucene..")
        .check(product);
  }

  @Test
  void onlyTheApplicationShellChoosesTheSearchEngine() {
    noClasses()
        .that()
        .resideOutsideOfPackages("dev.quire.search.lucene..", "dev.quire.app..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("dev.quire.search.lucene..")
        .check(product);
  }

  @Test
  void onlyTheApplicationShellNamesTheSolrEngineAndTheSearchApiKnowsNeither() {
    noClasses()
        .that()
        .resideOutsideOfPackages("dev.quire.search.solr..", "dev.quire.app..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("dev.quire.search.solr..", "org.apache.solr..")
        .check(product);
  }

  @Test
  void theWebKnowsNoApplicationShell() {
    noClasses()
        .that()
        .resideInAPackage("dev.quire.web..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("dev.quire.app..")
        .check(product);
  }

  private static String[] concat(String[] a, String... b) {
    String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }

  private static String[] without(String[] a, String drop) {
    return java.util.Arrays.stream(a).filter(p -> !p.equals(drop)).toArray(String[]::new);
  }
}
