package cn.nhjc.province.exchange.infrastructure;

import cn.nhjc.province.exchange.application.BrokerQueues;
import cn.nhjc.province.exchange.application.BrokerQueues.QueueState;
import cn.nhjc.province.exchange.application.IntakeLanes;
import cn.nhjc.province.exchange.application.IntakeMetrics;
import cn.nhjc.province.exchange.application.RefusalCategory;
import cn.nhjc.province.monitoring.application.RollupLag;
import cn.nhjc.province.monitoring.application.RollupLag.Backlog;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.ToDoubleFunction;

/**
 * {@link IntakeMetrics} with Micrometer: the platform's meters, registered with the {@link
 * MeterRegistry} WildFly's micrometer subsystem gives the deployment and served in Prometheus'
 * format on the management interface ({@code /metrics}, configure-70-metrics.cli): points accepted
 * and stored per intake lane, the time a batch takes to store, the lanes' queues, the dead letters,
 * the rollups' lag, and the front-end processor's refusals by category. The services only call
 * {@link #accepted}, {@link #stored} and {@link #refused}.
 *
 * <p>The registry is injected, so a server without the micrometer subsystem fails the deployment
 * (an unsatisfied dependency) instead of running with nobody seeing the intake.
 *
 * <p>Meters are registered through the registry's name-and-tags methods only: WildFly's registry of
 * a deployment hands those on to the server's registries, while a meter made with a builder ({@code
 * Counter.builder(…).register}) stays in the deployment's own registry and never reaches {@code
 * /metrics}. So the meters carry no description and the timer no histogram.
 */
@ApplicationScoped
public class MicrometerIntakeMetrics implements IntakeMetrics {
  static final String LANE = "lane";
  static final String REASON = "reason";

  /** The rollup backlog is a query; scrapers that come every few seconds share one. */
  static final Duration ROLLUP_READING_PERIOD = Duration.ofSeconds(5);

  private static final String PREFIX = "energy.";

  /** One lane's counters and timer. */
  private record LaneMeters(Counter accepted, Counter stored, Timer store) {}

  private MeterRegistry registry;
  private BrokerQueues broker;
  private RollupLag rollupLag;

  private LaneMeters live;
  private LaneMeters catchUp;
  private final Map<RefusalCategory, Counter> refusals = new EnumMap<>(RefusalCategory.class);

  // the registry keeps gauges' objects weakly: these fields keep them
  private RecentReading<Backlog> rollupBacklog;

  /** For the container's client proxy. */
  protected MicrometerIntakeMetrics() {}

  @Inject
  MicrometerIntakeMetrics(MeterRegistry registry, BrokerQueues broker, RollupLag rollupLag) {
    this.registry = registry;
    this.broker = broker;
    this.rollupLag = rollupLag;
  }

  /** Makes the meters exist from the start, before the first upload: a scrape sees zeros. */
  void atStartup(@Observes Startup startup) {
    // creating the bean registered them
  }

  @PostConstruct
  void register() {
    live = laneMeters(IntakeLanes.LIVE);
    catchUp = laneMeters(IntakeLanes.CATCH_UP);
    for (RefusalCategory category : RefusalCategory.values()) {
      refusals.put(
          category, registry.counter("energy.fep.refusals", Tags.of(REASON, category.tag())));
    }
    rollupBacklog =
        new RecentReading<>(
            "the rollup backlog", this::readRollupBacklog, ROLLUP_READING_PERIOD, System::nanoTime);
    queueGauges(IntakeLanes.LIVE, IntakeLanes.LIVE_QUEUE);
    queueGauges(IntakeLanes.CATCH_UP, IntakeLanes.CATCH_UP_QUEUE);
    registry.gauge(
        "energy.intake.dead.letters",
        Tags.empty(),
        broker,
        queueFigure(IntakeLanes.DEAD_LETTER_QUEUE, QueueState::messages));
    registry
        .more()
        .timeGauge(
            "energy.rollup.lag",
            Tags.empty(),
            rollupBacklog,
            TimeUnit.MILLISECONDS,
            value(Backlog::ageMillis));
    gauge("energy.rollup.backlog.changes", Tags.empty(), rollupBacklog, Backlog::changes);
  }

  /** Removes the meters, so that a redeployment's gauges read its own beans, not these. */
  @PreDestroy
  void unregister() {
    for (Meter meter : registry.getMeters()) {
      if (meter.getId().getName().startsWith(PREFIX)) {
        registry.remove(meter);
      }
    }
  }

  @Override
  public void accepted(boolean isLive, int points) {
    lane(isLive).accepted().increment(points);
  }

  @Override
  public void stored(boolean isLive, int points, long nanos) {
    LaneMeters lane = lane(isLive);
    lane.stored().increment(points);
    lane.store().record(nanos, TimeUnit.NANOSECONDS);
  }

  @Override
  public void refused(RefusalCategory category) {
    refusals.get(category).increment();
  }

  private LaneMeters lane(boolean isLive) {
    return isLive ? live : catchUp;
  }

  private LaneMeters laneMeters(String lane) {
    Tags tags = Tags.of(LANE, lane);
    return new LaneMeters(
        registry.counter("energy.intake.points.accepted", tags),
        registry.counter("energy.intake.points.stored", tags),
        registry.timer("energy.intake.store.duration", tags));
  }

  private void queueGauges(String lane, String queue) {
    Tags tags = Tags.of(LANE, lane);
    registry.gauge(
        "energy.intake.queue.depth", tags, broker, queueFigure(queue, QueueState::messages));
    registry
        .more()
        .timeGauge(
            "energy.intake.queue.oldest.age",
            tags,
            broker,
            TimeUnit.MILLISECONDS,
            queueFigure(queue, QueueState::oldestAgeMillis));
  }

  /** A figure of a queue as the broker last reported it; not a number while it cannot be read. */
  private static ToDoubleFunction<BrokerQueues> queueFigure(
      String queue, ToDoubleFunction<QueueState> figure) {
    return queues -> queues.state(queue).map(figure::applyAsDouble).orElse(Double.NaN);
  }

  private <T> void gauge(
      String name, Tags tags, RecentReading<T> reading, ToDoubleFunction<T> figure) {
    registry.gauge(name, tags, reading, value(figure));
  }

  /** A figure of the recent reading; not a number while it cannot be read. */
  private static <T> ToDoubleFunction<RecentReading<T>> value(ToDoubleFunction<T> figure) {
    return reading -> reading.get().map(figure::applyAsDouble).orElse(Double.NaN);
  }

  private Optional<Backlog> readRollupBacklog() {
    try {
      return Optional.of(rollupLag.backlog());
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
