package cn.nhjc.province.batch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import cn.nhjc.province.batch.admin.BatchJobs;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.LocationProvider;
import com.tngtech.archunit.lang.ArchRule;
import java.net.URISyntaxException;
import java.util.Set;

/**
 * The jobs use the contexts of ejb-module through their {@code domain} and {@code application}
 * packages only, never a context's {@code infrastructure} or the demo province; and nothing of the
 * web module (ejb-module's ContextDependenciesTest holds the contexts' own rules). The audit trail
 * is written through {@code AuditTrail}, never through its store.
 */
@AnalyzeClasses(
    locations = BatchDependenciesTest.ThisModule.class,
    importOptions = ImportOption.DoNotIncludeTests.class)
class BatchDependenciesTest {

  /** The classes of batch-module itself. */
  static final class ThisModule implements LocationProvider {
    @Override
    public Set<Location> get(Class<?> testClass) {
      try {
        return Set.of(
            Location.of(
                BatchJobs.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
      } catch (URISyntaxException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  @ArchTest
  static final ArchRule batch_uses_no_infrastructure_of_a_context_the_demo_or_the_web =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "cn.nhjc.province.*.infrastructure..",
              "cn.nhjc.province.demo..",
              "cn.nhjc.province.web..");

  @ArchTest
  static final ArchRule batch_uses_the_audit_trail_through_its_api =
      noClasses()
          .should()
          .dependOnClassesThat()
          .haveFullyQualifiedName("cn.nhjc.province.platform.audit.AuditStore");
}
