package cn.nhjc.province.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/** Base of the tests that use the deployed platform from outside, as a browser or script would. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public abstract class PlatformClientTest {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.platform();
  }
}
