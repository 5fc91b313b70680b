package cn.nhjc.province.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;

/**
 * The checks: readiness (whether the platform can take and store data now) and liveness (whether
 * this node is wedged and only a restart helps). Faults outside the node are readiness, not
 * liveness: a restart would not mend them.
 */
@ApplicationScoped
public class PlatformChecks {

  @Produces
  @Readiness
  HealthCheck database() {
    return () -> run(HealthProbes.DATABASE);
  }

  @Produces
  @Readiness
  HealthCheck preparedTransactions() {
    return () -> run(HealthProbes.PREPARED_TRANSACTIONS);
  }

  @Produces
  @Readiness
  HealthCheck intakeLanes() {
    return () -> run(HealthProbes.INTAKE_LANES);
  }

  @Produces
  @Readiness
  HealthCheck rollups() {
    return () -> run(HealthProbes.ROLLUPS);
  }

  @Produces
  @Readiness
  HealthCheck masterKey() {
    return () -> run(HealthProbes.MASTER_KEY);
  }

  @Produces
  @Readiness
  HealthCheck identityProvider() {
    return () -> run(HealthProbes.IDENTITY_PROVIDER);
  }

  @Produces
  @Liveness
  HealthCheck intakeDeliveries() {
    return () -> run(HealthProbes.INTAKE_DELIVERIES);
  }

  private static HealthCheckResponse run(String name) {
    HealthCheckResponseBuilder check = HealthCheckResponse.named(name);
    Probe probe;
    try {
      probe = ((HealthProbes) InitialContext.doLookup(HealthProbes.JNDI)).probe(name);
    } catch (NamingException | RuntimeException e) {
      // the platform's EJB module is not deployed (yet), or the probe failed
      return check.down().withData("reason", String.valueOf(e.getMessage())).build();
    }
    probe
        .data()
        .forEach(
            (key, value) -> {
              if (value instanceof Number number && !(value instanceof Double)) {
                check.withData(key, number.longValue());
              } else if (value instanceof Boolean flag) {
                check.withData(key, flag);
              } else {
                check.withData(key, String.valueOf(value));
              }
            });
    return check.status(probe.up()).build();
  }
}
