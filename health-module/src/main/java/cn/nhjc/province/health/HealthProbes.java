package cn.nhjc.province.health;

/** What the health checks ask the platform; implemented by the EJB module. */
public interface HealthProbes {

  /** The JNDI name of the implementation. */
  String JNDI =
      "java:global/platform/ejb-module/PlatformHealthProbes!cn.nhjc.province.health.HealthProbes";

  String DATABASE = "database";
  String PREPARED_TRANSACTIONS = "prepared-transactions";
  String INTAKE_LANES = "intake-lanes";
  String ROLLUPS = "rollups";
  String MASTER_KEY = "master-key";
  String IDENTITY_PROVIDER = "identity-provider";
  String INTAKE_DELIVERIES = "intake-deliveries";

  /**
   * Runs one probe.
   *
   * @param name one of the names above
   */
  Probe probe(String name);
}
