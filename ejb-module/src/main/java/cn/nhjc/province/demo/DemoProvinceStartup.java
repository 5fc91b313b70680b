package cn.nhjc.province.demo;

import cn.nhjc.province.platform.config.PlatformConfig;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Loads the demo province at deployment when the deployment asks for it ({@code
 * platform.demo.load}) and the registry is empty. A failed load fails the deployment: a demo
 * platform without its data would only mislead.
 */
@Singleton
@Startup
@DependsOn("ProductionGate")
// the loader commits in steps of its own; a transaction around it would only time out
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoProvinceStartup {

  private static final Logger LOG = Logger.getLogger(DemoProvinceStartup.class.getName());

  @Inject private PlatformConfig config;
  @EJB private DemoProvinceLoader loader;

  @PostConstruct
  void loadWhenConfigured() {
    if (!config.loadDemoProvince()) {
      return;
    }
    try {
      if (!loader.registryIsEmpty()) {
        LOG.info("demo province requested, but the registry already has units; nothing loaded");
        return;
      }
      loader.load(config.demoSeed(), config.demoUnits());
    } catch (RuntimeException e) {
      LOG.log(
          Level.SEVERE,
          "loading the demo province (seed "
              + config.demoSeed()
              + ", "
              + config.demoUnits()
              + " units) failed",
          e);
      throw e;
    }
  }
}
