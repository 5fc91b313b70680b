package cn.nhjc.province.operations;

import cn.nhjc.province.exchange.application.IntakeLanes;
import cn.nhjc.province.platform.config.PlatformSettings;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Whether this node is wedged and only a restart helps ({@code /health/live}): an intake delivery
 * has run far past the transaction timeout, i.e. a consumer thread is blocked where no timeout
 * reaches it. Faults outside the node (database, identity provider) are readiness, not liveness: a
 * restart would not mend them.
 */
@ApplicationScoped
public class LivenessChecks {

  @EJB private IntakeLanes lanes;
  @EJB private PlatformSettings settings;

  @Produces
  @Liveness
  HealthCheck intakeDeliveries() {
    return () -> {
      long longest = lanes.longestDeliveryMillis();
      long limit;
      try {
        limit = settings.integer("health.delivery-max-ms");
      } catch (RuntimeException e) {
        limit = 600_000;
      }
      return HealthCheckResponse.named("intake-deliveries")
          .status(longest <= limit)
          .withData("longestDeliveryMs", longest)
          .withData("limitMs", limit)
          .build();
    };
  }
}
