package cn.nhjc.province.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import cn.nhjc.province.web.api.PlatformApi;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.LocationProvider;
import com.tngtech.archunit.lang.ArchRule;
import java.net.URISyntaxException;
import java.util.Set;

/**
 * The pages and the API use the contexts of ejb-module through their {@code domain} and {@code
 * application} packages only: a context's {@code infrastructure} is its own, and the demo province
 * is loaded by the deployment, never by a page (ejb-module's ContextDependenciesTest holds the
 * contexts' own rules). The audit trail is read and written through {@code AuditTrail}, which
 * checks the caller's role, never through its store.
 */
@AnalyzeClasses(
    locations = WebDependenciesTest.ThisModule.class,
    importOptions = ImportOption.DoNotIncludeTests.class)
class WebDependenciesTest {

  /** The classes of web-module itself. */
  static final class ThisModule implements LocationProvider {
    @Override
    public Set<Location> get(Class<?> testClass) {
      try {
        return Set.of(
            Location.of(
                PlatformApi.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
      } catch (URISyntaxException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  @ArchTest
  static final ArchRule web_uses_no_infrastructure_of_a_context_and_not_the_demo =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("cn.nhjc.province.*.infrastructure..", "cn.nhjc.province.demo..");

  @ArchTest
  static final ArchRule web_uses_the_audit_trail_through_its_api =
      noClasses()
          .should()
          .dependOnClassesThat()
          .haveFullyQualifiedName("cn.nhjc.province.platform.audit.AuditStore");
}
