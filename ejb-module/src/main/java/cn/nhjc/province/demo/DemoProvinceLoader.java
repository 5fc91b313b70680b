package cn.nhjc.province.demo;

import cn.nhjc.province.monitoring.application.BulkReadings;
import cn.nhjc.province.monitoring.application.ReadingStore;
import cn.nhjc.province.monitoring.application.Rollups;
import cn.nhjc.province.monitoring.domain.ReadingPoint;
import cn.nhjc.province.monitoring.domain.StatType;
import cn.nhjc.province.platform.config.PlatformConfig;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Loads the reproducible demo province into an empty registry through the platform's own stores:
 * units and their configuration by JDBC batches, readings by {@link BulkReadings#copyNew}, monthly
 * energy by {@link Rollups}, month by month in the background. Internal: started at deployment,
 * never by a page.
 *
 * <p>Jakarta EE has no per-method transaction timeout, and the whole load takes longer than the
 * server's default one, so {@link #load} runs outside a transaction and commits in steps, each a
 * {@code REQUIRES_NEW} call through the business object; if a step fails, the units written so far
 * are removed again, so a later start finds an empty registry and retries.
 */
@Stateless
@PermitAll
public class DemoProvinceLoader {

  private static final Logger LOG = Logger.getLogger(DemoProvinceLoader.class.getName());

  /** Points per COPY: a few MB of text, well inside one statement's comfort zone. */
  private static final int COPY_CHUNK = 50_000;

  /** Units per reading transaction: about 70,000 points, a few seconds. */
  private static final int UNITS_PER_TRANSACTION = 20;

  /** Serialises concurrent loads (two nodes starting together); any constant key will do. */
  private static final long LOAD_LOCK = 0x44454d4fL;

  @Resource(lookup = "java:jboss/datasources/EnergyDS")
  private DataSource dataSource;

  // also makes the deployment start the persistence unit, and with it the migrations, first
  @PersistenceContext private EntityManager em;

  @EJB private BulkReadings bulkReadings;
  @EJB private ReadingStore readingStore;
  @EJB private Rollups rollups;
  @EJB private cn.nhjc.province.conservation.application.TargetSeeding targetSeeding;
  @Inject private PlatformConfig config;
  @Resource private SessionContext context;

  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public DemoLoadReport load(long seed, int units) {
    long started = System.currentTimeMillis();
    DemoProvinceLoader self = context.getBusinessObject(DemoProvinceLoader.class);
    if (!self.registryIsEmpty()) {
      LOG.info("demo province not loaded: the registry already has units");
      return DemoLoadReport.nothingLoaded(System.currentTimeMillis() - started);
    }
    // the day the history stops before, as the province would be on it
    LocalDate today = LocalDate.now(StatType.CALENDAR_ZONE).minusDays(config.demoDaysWithheld());
    DemoProvince province = new DemoProvince(self.readInput(seed, units, today));
    List<DemoUnit> demoUnits = province.units();
    List<Long> unitIds = self.insertRegistry(demoUnits);
    if (unitIds.isEmpty()) {
      LOG.info("demo province not loaded: another load filled the registry first");
      return DemoLoadReport.nothingLoaded(System.currentTimeMillis() - started);
    }
    long readings = 0;
    try {
      for (int from = 0; from < demoUnits.size(); from += UNITS_PER_TRANSACTION) {
        int to = Math.min(from + UNITS_PER_TRANSACTION, demoUnits.size());
        readings +=
            self.copyReadings(province, demoUnits.subList(from, to), unitIds.subList(from, to));
      }
      self.analyzeReadings();
      self.markCollectingSince(unitIds);
      DemoTargets.load(targetSeeding, config.provinceCode(), demoUnits, today.getYear());
    } catch (RuntimeException e) {
      self.removeUnits(unitIds);
      throw e;
    }
    // after deployment, in the background: a large demo province would hold the deployment past
    // its time-out
    rollups.requestHistory(YearMonth.from(province.firstDay()), YearMonth.from(today));
    DemoLoadReport report =
        new DemoLoadReport(
            demoUnits.size(),
            readings,
            demoUnits.stream().mapToInt(unit -> unit.collectItems().size()).sum(),
            demoUnits.stream().mapToInt(unit -> unit.meters().size()).sum(),
            System.currentTimeMillis() - started);
    LOG.info(
        String.format(
            "demo province %s loaded (seed %d): %d units, %d collect items, %d meters,"
                + " %d readings from %s, %d ms",
            config.provinceCode(),
            seed,
            report.units(),
            report.collectItems(),
            report.meters(),
            report.readings(),
            province.firstDay(),
            report.millis()));
    return report;
  }

  public boolean registryIsEmpty() {
    Object exists =
        em.createNativeQuery("select exists (select 1 from key_unit)").getSingleResult();
    return !Boolean.TRUE.equals(exists);
  }

  public DemoProvinceInput readInput(long seed, int units, LocalDate today) {
    try (Connection db = dataSource.getConnection()) {
      return DemoProvinceSource.read(db, config.provinceCode(), seed, units, today);
    } catch (SQLException e) {
      throw new EJBException("could not read the dictionaries for the demo province", e);
    }
  }

  /**
   * @return the unit ids in the order of the list; empty when the registry is not empty
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public List<Long> insertRegistry(List<DemoUnit> units) {
    try (Connection db = dataSource.getConnection()) {
      try (var lock = db.prepareStatement("select pg_advisory_xact_lock(?)")) {
        lock.setLong(1, LOAD_LOCK);
        lock.execute();
      }
      if (!registryIsEmpty()) {
        return List.of();
      }
      List<Long> ids = DemoRegistryWriter.write(db, units);
      DemoMetrology.complete(db, ids);
      return ids;
    } catch (SQLException e) {
      throw new EJBException("could not write the demo units", e);
    }
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public long copyReadings(DemoProvince province, List<DemoUnit> units, List<Long> unitIds) {
    List<ReadingPoint> chunk = new ArrayList<>(COPY_CHUNK + 1_000);
    long copied = 0;
    for (int i = 0; i < units.size(); i++) {
      province.forEachReadingBatch(units.get(i), unitIds.get(i), chunk::addAll);
      if (chunk.size() >= COPY_CHUNK) {
        copied += copy(chunk);
        chunk.clear();
      }
    }
    if (!chunk.isEmpty()) {
      copied += copy(chunk);
    }
    return copied;
  }

  private long copy(List<ReadingPoint> points) {
    Instant now = Instant.now();
    return bulkReadings.copyNew(points, point -> DemoArrival.of(point, now));
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void analyzeReadings() {
    readingStore.analyze();
  }

  /**
   * The demo's metering history: an item has been collected since its first value (the 15-minute
   * items only for the last days).
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void markCollectingSince(List<Long> unitIds) {
    em.createNativeQuery(
            "update collect_item ci set collecting_since = (select (min(r.stat_date) at time zone"
                + " 'Asia/Shanghai')::date from reading r where r.unit_id = ci.unit_id and"
                + " r.data_code = ci.data_code and r.stat_type = ci.stat_type)"
                + " where ci.unit_id = any (cast(string_to_array(?1, ',') as bigint[]))")
        .setParameter(1, String.join(",", unitIds.stream().map(String::valueOf).toList()))
        .executeUpdate();
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void removeUnits(List<Long> unitIds) {
    try (Connection db = dataSource.getConnection()) {
      DemoRegistryWriter.remove(db, unitIds);
    } catch (SQLException e) {
      throw new EJBException("could not remove the partly loaded demo units", e);
    }
  }
}
