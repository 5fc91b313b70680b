package cn.nhjc.province.it.incontainer;

import static cn.nhjc.province.it.incontainer.AccountingFixture.number;
import static cn.nhjc.province.it.incontainer.AccountingFixture.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.nhjc.province.exchange.domain.UploadBatch;
import cn.nhjc.province.monitoring.application.DataQuality;
import cn.nhjc.province.monitoring.domain.StatPeriod;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.naming.InitialContext;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The data-quality index of protocol §6 as the statistics job computes it, read by a supervisor:
 * completeness, daily sum against the monthly value, gaps and timeliness raise alarms; data sent
 * later resolves them at the next run.
 */
@ExtendWith(ArquillianExtension.class)
class QualityIT {

  private static final String POWER = "00-00-0000-023300-11";
  private static final StatPeriod MAY = StatPeriod.parse("2025-05");

  @Deployment
  static EnterpriseArchive deployment() {
    return cn.nhjc.province.it.Deployments.platformWithTests();
  }

  private final AdminApi supervisor = new AdminApi("supervisor", "Super#Vise2026");

  @Test
  void missing_days_a_disagreeing_month_and_late_values_raise_alarms_that_later_data_resolves()
      throws Exception {
    AccountingFixture fixture = new AccountingFixture();
    DataQuality quality =
        (DataQuality) new InitialContext().lookup("java:global/platform/ejb-module/DataQuality");
    String gappy = fixture.unit("130203", "C3011");
    String late = fixture.unit("130203", "C3011");
    for (String unit : List.of(gappy, late)) {
      fixture.items(unit, POWER + ":1", POWER + ":2");
    }
    Instant onTime = Instant.parse("2025-05-01T00:00:00Z");
    fixture.store(gappy, onTime, days(1, 20, "1000").toArray(UploadBatch.Item[]::new));
    fixture.store(gappy, onTime, value(POWER, 2, "2025-05-01 00:00:00", "25000"));
    Instant afterDeadline = Instant.parse("2025-07-01T00:00:00Z");
    fixture.store(late, afterDeadline, days(1, 31, "1000").toArray(UploadBatch.Item[]::new));
    fixture.store(late, afterDeadline, value(POWER, 2, "2025-05-01 00:00:00", "31000"));
    List<Long> units = List.of(AccountingFixture.unitId(gappy), AccountingFixture.unitId(late));

    assertEquals(2, quality.assess(units, MAY));

    JsonObject first = supervisor.object("/api/v1/units/" + gappy + "/quality?period=2025-05");
    assertTrue(first.getBoolean("assessed"));
    assertEquals(32, first.getInt("expected"));
    assertEquals(21, first.getInt("received"));
    assertEquals(0, new BigDecimal("0.6563").compareTo(number(first, "completeness")));
    assertEquals(0, new BigDecimal("0.2000").compareTo(number(first, "maxDeviation")));
    assertEquals(11, first.getInt("longestGapDays"));
    assertEquals(Set.of("completeness", "daily-vs-monthly", "gap"), openRules(first));
    JsonObject slow = supervisor.object("/api/v1/units/" + late + "/quality?period=2025-05");
    assertEquals(0, BigDecimal.ZERO.compareTo(number(slow, "timeliness")));
    assertEquals(Set.of("timeliness"), openRules(slow));

    // the device catches up (补传) and the month is assessed again
    fixture.store(
        gappy, onTime.plusSeconds(60), days(21, 31, "1000").toArray(UploadBatch.Item[]::new));
    fixture.store(gappy, onTime.plusSeconds(60), value(POWER, 2, "2025-05-01 00:00:00", "31000"));
    assertEquals(1, quality.assess(units, MAY));
    JsonObject second = supervisor.object("/api/v1/units/" + gappy + "/quality?period=2025-05");
    assertTrue(second.getBoolean("passed"), second.toString());
    assertEquals(Set.of(), openRules(second));
    for (JsonValue alarm : second.getJsonArray("alarms")) {
      assertEquals("resolved", alarm.asJsonObject().getString("status"));
    }
  }

  private static List<UploadBatch.Item> days(int from, int to, String value) {
    List<UploadBatch.Item> items = new ArrayList<>();
    for (int day = from; day <= to; day++) {
      items.add(value(POWER, 1, String.format("2025-05-%02d 00:00:00", day), value));
    }
    return items;
  }

  private static Set<String> openRules(JsonObject quality) {
    Set<String> rules = new TreeSet<>();
    for (JsonValue alarm : quality.getJsonArray("alarms")) {
      if (alarm.asJsonObject().getString("status").equals("open")) {
        rules.add(alarm.asJsonObject().getString("rule"));
      }
    }
    return rules;
  }
}
