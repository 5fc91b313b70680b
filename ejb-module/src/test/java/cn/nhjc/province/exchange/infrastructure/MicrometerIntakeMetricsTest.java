package cn.nhjc.province.exchange.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.nhjc.province.exchange.application.BrokerQueues;
import cn.nhjc.province.exchange.application.BrokerQueues.QueueState;
import cn.nhjc.province.exchange.application.RefusalCategory;
import cn.nhjc.province.monitoring.application.RollupLag;
import cn.nhjc.province.monitoring.application.RollupLag.Backlog;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MicrometerIntakeMetricsTest {
  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  private final AtomicInteger backlogQueries = new AtomicInteger();
  private boolean databaseAway;

  private final Map<String, QueueState> queues =
      Map.of(
          "LiveIntake", new QueueState(3, 1, 0, 1_500, 40),
          "UploadIntake", new QueueState(700, 8, 2, 240_000, 9_000),
          "UploadIntakeDLQ", new QueueState(2, 0, 0, 60_000, 2));

  private final BrokerQueues broker =
      new BrokerQueues() {
        @Override
        public Optional<QueueState> state(String queue) {
          return Optional.ofNullable(queues.get(queue));
        }

        @Override
        public Optional<java.time.Instant> oldestUnacknowledged(String queue) {
          throw new UnsupportedOperationException("the metrics do not read it");
        }
      };

  private final RollupLag rollupLag =
      new RollupLag() {
        @Override
        public Backlog backlog() throws SQLException {
          backlogQueries.incrementAndGet();
          if (databaseAway) {
            throw new SQLException("connection refused");
          }
          return new Backlog(1_234, 42_000);
        }
      };

  private final MicrometerIntakeMetrics metrics =
      new MicrometerIntakeMetrics(registry, broker, rollupLag);

  @BeforeEach
  void register() {
    metrics.register();
  }

  private double counter(String name, String tag, String value) {
    return registry.get(name).tag(tag, value).counter().count();
  }

  private double gauge(String name, String lane) {
    return registry.get(name).tag(MicrometerIntakeMetrics.LANE, lane).gauge().value();
  }

  @Test
  void every_meter_is_there_before_anything_happens() {
    for (String lane : new String[] {"live", "catch-up"}) {
      assertEquals(0, counter("energy.intake.points.accepted", MicrometerIntakeMetrics.LANE, lane));
      assertEquals(0, counter("energy.intake.points.stored", MicrometerIntakeMetrics.LANE, lane));
      assertEquals(
          0, registry.get("energy.intake.store.duration").tag("lane", lane).timer().count());
    }
    for (RefusalCategory category : RefusalCategory.values()) {
      assertEquals(
          0, counter("energy.fep.refusals", MicrometerIntakeMetrics.REASON, category.tag()));
    }
  }

  @Test
  void counts_points_per_lane_and_times_each_stored_batch() {
    metrics.accepted(true, 96);
    metrics.accepted(false, 700);
    metrics.accepted(false, 7);
    metrics.stored(false, 707, Duration.ofMillis(12).toNanos());
    assertEquals(96, counter("energy.intake.points.accepted", "lane", "live"));
    assertEquals(707, counter("energy.intake.points.accepted", "lane", "catch-up"));
    assertEquals(707, counter("energy.intake.points.stored", "lane", "catch-up"));
    assertEquals(0, counter("energy.intake.points.stored", "lane", "live"));
    var store = registry.get("energy.intake.store.duration").tag("lane", "catch-up").timer();
    assertEquals(1, store.count());
    assertEquals(12, store.totalTime(TimeUnit.MILLISECONDS), 1e-9);
  }

  @Test
  void counts_refusals_by_category() {
    metrics.refused(RefusalCategory.DECRYPTION);
    metrics.refused(RefusalCategory.DECRYPTION);
    metrics.refused(RefusalCategory.UNAVAILABLE);
    assertEquals(2, counter("energy.fep.refusals", "reason", "decryption"));
    assertEquals(1, counter("energy.fep.refusals", "reason", "unavailable"));
    assertEquals(0, counter("energy.fep.refusals", "reason", "validation"));
  }

  @Test
  void the_gauges_read_the_queues_and_the_rollup_backlog() {
    assertEquals(3, gauge("energy.intake.queue.depth", "live"));
    assertEquals(700, gauge("energy.intake.queue.depth", "catch-up"));
    assertEquals(240, gauge("energy.intake.queue.oldest.age", "catch-up"));
    assertEquals(2, registry.get("energy.intake.dead.letters").gauge().value());
    assertEquals(42, registry.get("energy.rollup.lag").timeGauge().value(TimeUnit.SECONDS));
    assertEquals(1_234, registry.get("energy.rollup.backlog.changes").gauge().value());
  }

  @Test
  void the_rollup_gauges_share_one_query_per_period() {
    registry.get("energy.rollup.lag").timeGauge().value();
    registry.get("energy.rollup.backlog.changes").gauge().value();
    registry.get("energy.rollup.lag").timeGauge().value();
    assertEquals(1, backlogQueries.get());
  }

  @Test
  void what_cannot_be_read_is_not_a_number() {
    databaseAway = true;
    SimpleMeterRegistry blind = new SimpleMeterRegistry();
    BrokerQueues silentBroker =
        new BrokerQueues() {
          @Override
          public Optional<QueueState> state(String queue) {
            return Optional.empty();
          }

          @Override
          public Optional<java.time.Instant> oldestUnacknowledged(String queue) {
            throw new IllegalStateException("the broker does not expose the queue " + queue);
          }
        };
    new MicrometerIntakeMetrics(blind, silentBroker, rollupLag).register();
    assertTrue(Double.isNaN(blind.get("energy.rollup.lag").timeGauge().value()));
    assertTrue(Double.isNaN(blind.get("energy.rollup.backlog.changes").gauge().value()));
    assertTrue(
        Double.isNaN(blind.get("energy.intake.queue.depth").tag("lane", "live").gauge().value()));
    assertTrue(Double.isNaN(blind.get("energy.intake.dead.letters").gauge().value()));
  }

  @Test
  void unregistering_removes_every_meter_of_the_platform() {
    registry.counter("jvm.threads.live");
    metrics.unregister();
    assertTrue(
        registry.getMeters().stream().noneMatch(m -> m.getId().getName().startsWith("energy.")));
    assertEquals(1, registry.getMeters().size());
  }
}
