package cn.nhjc.province.it;

import java.io.File;
import org.jboss.arquillian.container.test.api.Testable;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The one deployment every integration test uses: the EAR the build produced, unchanged. */
public final class Deployments {
  private Deployments() {}

  /** The platform's EAR as built, for tests that act as a client over HTTP. */
  public static EnterpriseArchive platform() {
    return ShrinkWrap.createFromZipFile(
        EnterpriseArchive.class, new File(System.getProperty("platform.ear")));
  }

  /** The same EAR plus a test module holding this package, for tests that run inside the server. */
  public static EnterpriseArchive platformWithTests() {
    WebArchive tests =
        ShrinkWrap.create(WebArchive.class, "it.war")
            .addPackage("cn.nhjc.province.it.incontainer")
            .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml");
    return platform().addAsModule(Testable.archiveToTest(tests));
  }
}
