package cn.nhjc.province.it.incontainer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.nhjc.province.exchange.domain.UploadBatch;
import cn.nhjc.province.monitoring.application.Rollups;
import cn.nhjc.province.monitoring.domain.StatPeriod;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import javax.naming.InitialContext;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Random uploads — late, out of order, stored twice, re-sent with other values — go through the
 * intake and the live rollup cycles; the rollups then equal both an independent computation from
 * the values that won (latest accepted) and a from-scratch recomputation by the statistics job's
 * path. The seed is printed with any difference ({@code -Drollup.seed=…} repeats a run).
 */
@ExtendWith(ArquillianExtension.class)
class RollupPropertyIT {

  private static final int YEAR = 2098;
  private static final String[] CODES = {
    "00-00-0000-023300-11", "00-00-0000-010104-11", "00-00-0000-023200-30"
  };

  /** Value added: an indicator, not an energy; its groups carry the reporting units' tce. */
  private static final String INDICATOR = "00-00-0000-090002-00";

  private static final int UPLOADS = 160;

  @Deployment
  static EnterpriseArchive deployment() {
    return cn.nhjc.province.it.Deployments.platformWithTests();
  }

  private record Key(String unit, String code, int statType, LocalDate date) {}

  private record Sent(BigDecimal value, Instant acceptedAt) {}

  @Test
  void rollups_equal_an_independent_computation_and_a_recomputation_from_scratch()
      throws Exception {
    long seed = Long.getLong("rollup.seed", System.nanoTime());
    Random random = new Random(seed);
    AccountingFixture fixture = new AccountingFixture();
    Map<String, String[]> units = new TreeMap<>();
    units.put(fixture.unit("130203", "C3011"), new String[] {"130203", "C3011"});
    units.put(fixture.unit("130203", "D4412"), new String[] {"130203", "D4412"});
    units.put(fixture.unit("130102", "C3011"), new String[] {"130102", "C3011"});
    for (String unit : units.keySet()) {
      List<String> items = new ArrayList<>();
      for (String code : CODES) {
        items.add(code + ":1");
        items.add(code + ":2");
      }
      items.add(INDICATOR + ":1");
      items.add(INDICATOR + ":2");
      fixture.items(unit, items.toArray(String[]::new));
    }
    List<String> unitList = new ArrayList<>(units.keySet());

    // distinct acceptance times in random order: later uploads are often stored earlier
    List<Integer> offsets = new ArrayList<>();
    for (int i = 0; i < UPLOADS; i++) {
      offsets.add(i);
    }
    Collections.shuffle(offsets, random);
    // accepted in the past, as every upload is; only the periods lie in an unused year
    Instant base = Instant.parse("2026-06-01T00:00:00Z");
    Map<Key, Sent> winners = new HashMap<>();
    List<UploadBatch> pending = new ArrayList<>();
    String moved = unitList.get(2);
    for (int u = 0; u < UPLOADS; u++) {
      if (u == UPLOADS / 3) {
        // re-classified twice before a cycle takes it up: its figures leave 130102 and C3011
        move(moved, "130303", "D4412");
        move(moved, "130304", "D4412");
        units.put(moved, new String[] {"130304", "D4412"});
      }
      String unit = unitList.get(random.nextInt(unitList.size()));
      Instant acceptedAt = base.plusSeconds(60L * offsets.get(u));
      Map<Key, UploadBatch.Item> items = new HashMap<>();
      int size = 1 + random.nextInt(12);
      for (int i = 0; i < size; i++) {
        String code = random.nextInt(5) == 0 ? INDICATOR : CODES[random.nextInt(CODES.length)];
        int month = 1 + random.nextInt(4);
        boolean daily = random.nextInt(4) > 0;
        // few days, so that keys collide: re-sends and late corrections
        LocalDate date =
            daily ? LocalDate.of(YEAR, month, 1 + random.nextInt(6)) : LocalDate.of(YEAR, month, 1);
        BigDecimal value = BigDecimal.valueOf(random.nextInt(2_000_000), 3);
        Key key = new Key(unit, code, daily ? 1 : 2, date);
        items.put(
            key,
            AccountingFixture.value(
                code, key.statType(), date + " 00:00:00", value.toPlainString()));
      }
      UploadBatch upload =
          new UploadBatch(
              UUID.randomUUID().toString(),
              unit,
              "device",
              acceptedAt,
              List.copyOf(items.values()));
      items.forEach(
          (key, item) -> {
            Sent before = winners.get(key);
            if (before == null || before.acceptedAt().isBefore(acceptedAt)) {
              winners.put(key, new Sent(item.value(), acceptedAt));
            }
          });
      pending.add(upload);
      if (random.nextInt(7) == 0) {
        pending.add(upload); // a redelivery: stored once
      }
      if (pending.size() >= 1 + random.nextInt(5)) {
        fixture.store(List.copyOf(pending));
        pending.clear();
        if (random.nextInt(6) == 0) {
          fixture.awaitRollups(unitList);
        }
      }
    }
    fixture.store(pending);
    fixture.awaitRollups(unitList);

    Map<String, BigDecimal> coefficients = coefficients();
    Map<String, BigDecimal[]> expected = expectedUnitFigures(winners, coefficients);
    String context = "seed " + seed;
    assertEquals(expected.keySet(), stored(unitList).keySet(), context);
    assertFiguresEqual(expected, stored(unitList), context);
    assertFiguresEqual(expectedGroups(expected, units), storedGroups(), context);

    Map<String, BigDecimal[]> liveUnits = stored(unitList);
    Map<String, BigDecimal[]> liveGroups = storedGroups();
    Map<String, BigDecimal[]> liveTotals = rows(GROUP_TOTALS);
    Map<String, BigDecimal[]> liveIndicators = rows(GROUP_INDICATORS);
    assertTrue(liveIndicators.size() > 0, "the indicator was sent: " + context);
    Rollups rollups =
        (Rollups) new InitialContext().lookup("java:global/platform/ejb-module/Rollups");
    List<Long> ids = new ArrayList<>();
    for (String unit : unitList) {
      ids.add(AccountingFixture.unitId(unit));
    }
    StatPeriod year = StatPeriod.parse(String.valueOf(YEAR));
    rollups.recomputeUnits(ids, year);
    rollups.recomputeGroups(ids, year);
    assertEquals(0, ServerDatabase.count("select count(*) from rollup_moved"), context);
    assertFiguresEqual(liveUnits, stored(unitList), context + ", from scratch");
    assertFiguresEqual(liveGroups, storedGroups(), context + ", from scratch");
    assertFiguresEqual(liveTotals, rows(GROUP_TOTALS), context + ", totals from scratch");
    assertFiguresEqual(
        liveIndicators, rows(GROUP_INDICATORS), context + ", indicators from scratch");
  }

  private static final String IN_YEAR =
      " where period_start >= date '"
          + YEAR
          + "-01-01' and period_start < date '"
          + (YEAR + 1)
          + "-01-01'";

  /** Per dim|code|period type|start: units, tce, tce by equal value. */
  private static final String GROUP_TOTALS =
      "select dim || '|' || code || '|' || period_type || '|' || period_start, units, tce,"
          + " tce_equal from group_period_total"
          + IN_YEAR;

  /** Per dim|code|period type|start|indicator: amount, units' tce, units. */
  private static final String GROUP_INDICATORS =
      "select dim || '|' || code || '|' || period_type || '|' || period_start || '|' ||"
          + " class_code || item_code, amount, tce, units from group_period_indicator"
          + IN_YEAR;

  private static void move(String creditCode, String region, String industry) throws Exception {
    try (Connection db = ServerDatabase.dataSource().getConnection();
        PreparedStatement update =
            db.prepareStatement(
                "update key_unit set region_code = ?, industry_code = ? where credit_code = ?")) {
      update.setString(1, region);
      update.setString(2, industry);
      update.setString(3, creditCode);
      update.executeUpdate();
    }
  }

  /** Per unit|period type|start|energy: consumed, sent out, tce. */
  private static Map<String, BigDecimal[]> expectedUnitFigures(
      Map<Key, Sent> winners, Map<String, BigDecimal> coefficients) {
    Map<String, BigDecimal[]> amounts = new TreeMap<>(); // unit|D/M|start|code → value
    Map<String, BigDecimal> monthly = new HashMap<>();
    Map<String, BigDecimal> dailySums = new HashMap<>();
    winners.forEach(
        (key, sent) -> {
          if (key.code().equals(INDICATOR)) {
            return;
          }
          String month = key.unit() + "|" + key.date().withDayOfMonth(1) + "|" + key.code();
          if (key.statType() == 1) {
            add(amounts, key.unit() + "|D|" + key.date() + "|" + key.code(), sent.value());
            dailySums.merge(month, sent.value(), BigDecimal::add);
          } else {
            monthly.put(month, sent.value());
          }
        });
    dailySums.forEach((month, sum) -> monthly.putIfAbsent(month, sum));
    monthly.forEach(
        (month, value) -> {
          String[] p = month.split("\\|");
          LocalDate start = LocalDate.parse(p[1]);
          add(amounts, p[0] + "|M|" + start + "|" + p[2], value);
          LocalDate quarter = LocalDate.of(YEAR, (start.getMonthValue() - 1) / 3 * 3 + 1, 1);
          add(amounts, p[0] + "|Q|" + quarter + "|" + p[2], value);
          add(amounts, p[0] + "|Y|" + LocalDate.of(YEAR, 1, 1) + "|" + p[2], value);
        });
    Map<String, BigDecimal[]> figures = new TreeMap<>();
    amounts.forEach(
        (k, v) -> {
          String[] p = k.split("\\|");
          String code = p[3];
          String type = code.substring(13, 17);
          boolean out = code.endsWith("-30");
          String key = p[0] + "|" + p[1] + "|" + p[2] + "|" + type;
          BigDecimal[] f =
              figures.computeIfAbsent(
                  key, x -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO});
          f[out ? 1 : 0] = f[out ? 1 : 0].add(v[0]);
          BigDecimal tce = v[0].multiply(coefficients.get(type)).divide(BigDecimal.valueOf(1000));
          f[2] = out ? f[2].subtract(tce) : f[2].add(tce);
        });
    return figures;
  }

  private static void add(Map<String, BigDecimal[]> amounts, String key, BigDecimal value) {
    amounts.merge(key, new BigDecimal[] {value}, (a, b) -> new BigDecimal[] {a[0].add(b[0])});
  }

  /** Per dim|code|period type|start|energy, the sums over the member units. */
  private static Map<String, BigDecimal[]> expectedGroups(
      Map<String, BigDecimal[]> unitFigures, Map<String, String[]> units) {
    Map<String, BigDecimal[]> groups = new TreeMap<>();
    unitFigures.forEach(
        (key, f) -> {
          String[] p = key.split("\\|", 2);
          String[] unit = units.get(p[0]);
          String county = unit[0];
          String industry = unit[1];
          for (String group :
              List.of(
                  "R|" + county,
                  "R|" + county.substring(0, 4) + "00",
                  "R|130000",
                  "I|" + industry,
                  "I|" + industry.substring(0, 4),
                  "I|" + industry.substring(0, 3),
                  "I|" + industry.substring(0, 1))) {
            groups.merge(
                group + "|" + p[1],
                f.clone(),
                (a, b) -> new BigDecimal[] {a[0].add(b[0]), a[1].add(b[1]), a[2].add(b[2])});
          }
        });
    return groups;
  }

  private static Map<String, BigDecimal[]> stored(List<String> units) throws Exception {
    return rows(
        "select u.credit_code || '|' || e.period_type || '|' || e.period_start || '|'"
            + " || e.energy_type_code, e.consumed, e.sent_out, e.tce from unit_period_energy e"
            + " join key_unit u on u.id = e.unit_id where u.credit_code in ('"
            + String.join("','", units)
            + "')");
  }

  private static Map<String, BigDecimal[]> storedGroups() throws Exception {
    return rows(
        "select dim || '|' || code || '|' || period_type || '|' || period_start || '|'"
            + " || energy_type_code, consumed, sent_out, tce from group_period_energy"
            + " where period_start >= date '"
            + YEAR
            + "-01-01' and period_start < date '"
            + (YEAR + 1)
            + "-01-01'");
  }

  private static Map<String, BigDecimal[]> rows(String sql) throws Exception {
    Map<String, BigDecimal[]> rows = new TreeMap<>();
    try (Connection db = ServerDatabase.dataSource().getConnection();
        ResultSet result = db.createStatement().executeQuery(sql)) {
      while (result.next()) {
        rows.put(
            result.getString(1),
            new BigDecimal[] {
              result.getBigDecimal(2), result.getBigDecimal(3), result.getBigDecimal(4)
            });
      }
    }
    return rows;
  }

  private static void assertFiguresEqual(
      Map<String, BigDecimal[]> expected, Map<String, BigDecimal[]> actual, String context) {
    assertEquals(expected.keySet(), actual.keySet(), context);
    expected.forEach(
        (key, e) -> {
          BigDecimal[] a = actual.get(key);
          for (int i = 0; i < 3; i++) {
            int column = i;
            assertEquals(
                0,
                e[i].compareTo(a[i]),
                () ->
                    context
                        + ": "
                        + key
                        + " column "
                        + column
                        + " expected "
                        + e[column]
                        + " got "
                        + a[column]);
          }
        });
  }

  private static Map<String, BigDecimal> coefficients() throws Exception {
    Map<String, BigDecimal> coefficients = new HashMap<>();
    try (Connection db = ServerDatabase.dataSource().getConnection();
        PreparedStatement query =
            db.prepareStatement(
                "select kgce_per_unit from energy_coefficient where energy_type_code = ?"
                    + " and valid_from <= date '"
                    + YEAR
                    + "-01-01' order by valid_from desc limit 1")) {
      for (String code : CODES) {
        String type = code.substring(13, 17);
        query.setString(1, type);
        try (ResultSet row = query.executeQuery()) {
          row.next();
          coefficients.put(type, row.getBigDecimal(1));
        }
      }
    }
    return coefficients;
  }
}
