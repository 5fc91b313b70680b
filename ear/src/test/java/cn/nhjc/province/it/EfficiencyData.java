package cn.nhjc.province.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.nhjc.province.monitoring.domain.StatPeriod;

/** The demo province's efficiency rows as the efficiency ITs need them. */
public final class EfficiencyData {

  private EfficiencyData() {}

  public static final String MONTH = StatPeriod.lastCompleteMonth().toString();
  public static final String OWN = "91130271170000011R";

  /** The rollups current and the efficiency of {@link #MONTH} computed from them. */
  public static void awaitComputed() throws Exception {
    PlatformServicesSession.awaitCurrentRollups();
    awaitEfficiency();
  }

  /** Waits until the refresh has computed the last complete month (every minute, after changes). */
  private static void awaitEfficiency() throws Exception {
    long deadline = System.currentTimeMillis() + 300_000;
    while (PlatformServicesSession.count(
            "select count(*) from efficiency_period where period_type = 'M' and period_start = '"
                + MONTH
                + "-01' and refreshed_at > (select coalesce(max(computed_at), '-infinity')"
                + " from unit_period_energy where period_type = 'M' and period_start = '"
                + MONTH
                + "-01')")
        == 0) {
      if (System.currentTimeMillis() > deadline) {
        throw new AssertionError("the efficiency of " + MONTH + " was not computed in 5 minutes");
      }
      Thread.sleep(2_000);
    }
  }

  /** The product that most units report in the month. */
  public static String busiestProduct() throws Exception {
    try (var db = PlatformServicesSession.database();
        var rows =
            db.createStatement()
                .executeQuery(
                    "select i.item_code from efficiency_unit_indicator i join limit_standard s"
                        + " on s.product_code = i.indicator where i.period_type = 'M'"
                        + " and i.period_start = '"
                        + MONTH
                        + "-01' group by i.item_code order by count(*) desc, i.item_code limit 1")) {
      assertTrue(rows.next(), "no unit of the demo has a graded product");
      return rows.getString(1);
    }
  }

  public static String unitOutside() throws Exception {
    try (var db = PlatformServicesSession.database();
        var rows =
            db.createStatement()
                .executeQuery(
                    "select credit_code from key_unit where region_code not like '1302%'"
                        + " order by id limit 1")) {
      rows.next();
      return rows.getString(1);
    }
  }

  /** The year and indicator of the year rows with most complete units. */
  public static String[] busiestYearIndicator() throws Exception {
    try (var db = PlatformServicesSession.database();
        var rows =
            db.createStatement()
                .executeQuery(
                    "select extract(year from i.period_start)::int, i.indicator"
                        + " from efficiency_unit_indicator i join limit_standard s"
                        + " on s.product_code = i.indicator where i.period_type = 'Y' and i.complete"
                        + " group by 1, 2 order by count(*) desc, 1 desc, 2 limit 1")) {
      assertTrue(rows.next(), "no year of the demo has graded products");
      return new String[] {String.valueOf(rows.getInt(1)), rows.getString(2)};
    }
  }
}
