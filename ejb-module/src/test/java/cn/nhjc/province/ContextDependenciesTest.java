package cn.nhjc.province;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import cn.nhjc.province.platform.config.PlatformConfig;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.LocationProvider;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Set;

/**
 * How the contexts of ejb-module ({@code cn.nhjc.province.<context>}) may depend on each other, and
 * how the layers of a context may depend on each other. The rules, lowest first:
 *
 * <ul>
 *   <li>{@code platform}: the shared kernel (configuration, persistence, security, the audit
 *       trail); depends on no context.
 *   <li>{@code registry}: on platform.
 *   <li>{@code monitoring}: on platform and registry.
 *   <li>{@code efficiency}, {@code conservation}, {@code metrology}, {@code publication} (the last
 *       reserved, empty): each on platform, registry and monitoring, not on each other; a
 *       dependency between two of them is decided here first.
 *   <li>{@code exchange}: on platform, registry, monitoring and the four above.
 *   <li>{@code demo}: on platform, registry, monitoring and the four Part 9 contexts above (it
 *       fills their demo data through their application services); nothing depends on it.
 *   <li>{@code operations} (health): on any of them but the demo; nothing depends on it.
 * </ul>
 *
 * <p>Every class of the module lies in one of these contexts (the Flyway migrations written in
 * Java, {@code db.migration}, aside), and no two contexts depend on each other both ways.
 *
 * <p>batch-module and web-module sit above all of these; BatchDependenciesTest and
 * WebDependenciesTest hold them to the contexts' {@code domain} and {@code application} packages.
 * Within a context, {@code domain} depends on no {@code application} or {@code infrastructure}, and
 * {@code application} on no {@code infrastructure}: what the application needs of infrastructure
 * (stores, queues, metrics, files) is an interface in {@code application} that {@code
 * infrastructure} implements. A context's {@code infrastructure} is its own: no other context uses
 * it. JMS and Micrometer are used in {@code infrastructure} only.
 *
 * <p>The audit trail ({@code platform.audit}) is written and read through {@code AuditTrail} alone,
 * which checks the callers' roles: its table's store is the package's own. So are the notices
 * ({@code platform.notice}), through {@code Notices}.
 */
@AnalyzeClasses(
    locations = ContextDependenciesTest.ThisModule.class,
    importOptions = ImportOption.DoNotIncludeTests.class)
class ContextDependenciesTest {

  private static final String BASE = "cn.nhjc.province.";

  /** Every context of ejb-module; a new one is added here and to the layers below. */
  private static final List<String> CONTEXTS =
      List.of(
          "platform",
          "registry",
          "monitoring",
          "efficiency",
          "conservation",
          "metrology",
          "publication",
          "exchange",
          "demo",
          "operations");

  /** The classes of ejb-module itself, without the libraries that share its base package. */
  static final class ThisModule implements LocationProvider {
    @Override
    public Set<Location> get(Class<?> testClass) {
      try {
        return Set.of(
            Location.of(
                PlatformConfig.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
      } catch (URISyntaxException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  private static String context(String name) {
    return BASE + name + "..";
  }

  @ArchTest
  static final ArchRule contexts_depend_in_one_direction =
      layeredArchitecture()
          .consideringOnlyDependenciesInLayers()
          // the Flyway migrations written in Java: released, never changed
          .ensureAllClassesAreContainedInArchitectureIgnoring("db.migration..")
          .layer("platform")
          .definedBy(context("platform"))
          .layer("registry")
          .definedBy(context("registry"))
          .layer("monitoring")
          .definedBy(context("monitoring"))
          .optionalLayer("efficiency")
          .definedBy(context("efficiency"))
          .optionalLayer("conservation")
          .definedBy(context("conservation"))
          .optionalLayer("metrology")
          .definedBy(context("metrology"))
          .optionalLayer("publication")
          .definedBy(context("publication"))
          .layer("exchange")
          .definedBy(context("exchange"))
          .layer("demo")
          .definedBy(context("demo"))
          .layer("operations")
          .definedBy(context("operations"))
          .whereLayer("platform")
          .mayNotAccessAnyLayer()
          .whereLayer("registry")
          .mayOnlyAccessLayers("platform")
          .whereLayer("monitoring")
          .mayOnlyAccessLayers("platform", "registry")
          .whereLayer("efficiency")
          .mayOnlyAccessLayers("platform", "registry", "monitoring")
          .whereLayer("conservation")
          .mayOnlyAccessLayers("platform", "registry", "monitoring")
          .whereLayer("metrology")
          .mayOnlyAccessLayers("platform", "registry", "monitoring")
          .whereLayer("publication")
          .mayOnlyAccessLayers("platform", "registry", "monitoring")
          .whereLayer("exchange")
          .mayOnlyAccessLayers(
              "platform",
              "registry",
              "monitoring",
              "efficiency",
              "conservation",
              "metrology",
              "publication")
          .whereLayer("demo")
          .mayOnlyAccessLayers(
              "platform",
              "registry",
              "monitoring",
              "efficiency",
              "conservation",
              "metrology",
              "publication")
          .whereLayer("demo")
          .mayNotBeAccessedByAnyLayer()
          .whereLayer("operations")
          .mayNotBeAccessedByAnyLayer();

  @ArchTest
  static final ArchRule contexts_form_no_cycle =
      slices().matching(BASE + "(*)..").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule a_domain_depends_on_no_application_or_infrastructure =
      noClasses()
          .that()
          .resideInAPackage(BASE + "*.domain..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(BASE + "*.application..", BASE + "*.infrastructure..");

  @ArchTest
  static final ArchRule an_application_depends_on_no_infrastructure =
      noClasses()
          .that()
          .resideInAPackage(BASE + "*.application..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage(BASE + "*.infrastructure..");

  @ArchTest
  static final ArchRule a_contexts_infrastructure_is_used_by_the_context_alone =
      CompositeArchRule.of(
              CONTEXTS.stream()
                  .map(
                      name ->
                          classes()
                              .that()
                              .resideInAPackage(BASE + name + ".infrastructure..")
                              .should()
                              .onlyHaveDependentClassesThat()
                              .resideInAPackage(context(name))
                              // the contexts without layers (platform, demo, operations, the
                              // reserved)
                              .allowEmptyShould(true))
                  .toList())
          .as("a context's infrastructure is used by the context alone");

  @ArchTest
  static final ArchRule the_notice_store_is_used_by_the_notice_package_alone =
      classes()
          .that()
          .haveFullyQualifiedName(BASE + "platform.notice.NoticeStore")
          .should()
          .onlyHaveDependentClassesThat()
          .resideInAPackage(BASE + "platform.notice");

  @ArchTest
  static final ArchRule the_audit_store_is_used_by_the_audit_package_alone =
      classes()
          .that()
          .haveFullyQualifiedName(BASE + "platform.audit.AuditStore")
          .should()
          .onlyHaveDependentClassesThat()
          .resideInAPackage(BASE + "platform.audit");

  @ArchTest
  static final ArchRule messaging_and_metrics_stay_in_infrastructure =
      noClasses()
          .that()
          .resideInAnyPackage(BASE + "*.domain..", BASE + "*.application..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("jakarta.jms..", "io.micrometer..");
}
