package cn.nhjc.province.simulator;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * How long a city platform's upload takes to show in the province's and the city's figures: each
 * probe changes one unit's daily electricity value and polls both region figures until they differ
 * from what they were before the upload.
 */
final class FreshnessProbe {

  /** Probe n adds n × this to the stored value, so that every probe changes the total. */
  static final BigDecimal STEP_KWH = new BigDecimal("1000.000");

  /** Electricity at the equivalent value (当量值), kgce per kWh. */
  static final BigDecimal EQUIVALENT_KGCE_PER_KWH = new BigDecimal("0.1229");

  static final String PROVINCE = "130000";
  static final String CITY = "130200";
  static final Duration TIMEOUT = Duration.ofSeconds(30);
  static final Duration POLL = Duration.ofMillis(100);

  private final PlatformApi api;
  private final StatsDatabase.ProbeUnit unit;
  private final LocalDate day;

  FreshnessProbe(PlatformApi api, StatsDatabase.ProbeUnit unit, LocalDate day) {
    this.api = api;
    this.unit = unit;
    this.day = day;
  }

  static BigDecimal deltaKwh(int probe) {
    return STEP_KWH.multiply(BigDecimal.valueOf(probe));
  }

  /** The change of comprehensive tce that {@code deltaKwh} of electricity makes (exact). */
  static BigDecimal expectedTce(BigDecimal deltaKwh) {
    return deltaKwh.multiply(EQUIVALENT_KGCE_PER_KWH).movePointLeft(3).stripTrailingZeros();
  }

  /** The city platform's upload of one daily value of {@link StatsDatabase#ELECTRICITY}. */
  static JsonObject uploadBody(StatsDatabase.ProbeUnit unit, LocalDate day, BigDecimal value) {
    return Json.createObjectBuilder()
        .add(
            "data",
            Json.createArrayBuilder()
                .add(
                    Json.createObjectBuilder()
                        .add("dataCode", StatsDatabase.ELECTRICITY)
                        .add("dataValue", value.toPlainString())
                        .add("inputType", String.valueOf(unit.inputType()))
                        .add("statType", "1")
                        .add("statDate", BeijingTime.format(day.atStartOfDay()))
                        .add("scope", String.valueOf(unit.scope()))
                        .add("valid", "1")))
        .build();
  }

  /** Whether two figures are the same amount (both absent counts as the same). */
  static boolean same(BigDecimal a, BigDecimal b) {
    return a == null ? b == null : b != null && a.compareTo(b) == 0;
  }

  StatsReport.Freshness run(int probes, Duration interval) throws InterruptedException {
    List<StatsReport.Probe> results = new ArrayList<>();
    BigDecimal original = null;
    boolean originalRead = false;
    for (int n = 1; n <= probes; n++) {
      if (n > 1) {
        Thread.sleep(interval.toMillis());
      }
      BigDecimal delta = deltaKwh(n);
      BigDecimal expected = expectedTce(delta);
      BigDecimal provinceBefore = null;
      BigDecimal cityBefore = null;
      StatsReport.Probe probe;
      try {
        provinceBefore = api.regionTce(PROVINCE, day.toString());
        cityBefore = api.regionTce(CITY, day.toString());
        BigDecimal stored = api.storedDailyValue(unit.creditCode(), StatsDatabase.ELECTRICITY, day);
        if (!originalRead) {
          original = stored;
          originalRead = true;
        }
        BigDecimal value = (stored == null ? BigDecimal.ZERO : stored).add(delta);
        JsonObject answer = api.cityUpload(unit.creditCode(), uploadBody(unit, day, value));
        long ack = System.nanoTime();
        if (!"0".equals(answer.getString("responseCode", ""))) {
          probe =
              failed(
                  n,
                  delta,
                  expected,
                  provinceBefore,
                  cityBefore,
                  "upload refused: " + answer.getString("responseMessage", answer.toString()));
        } else {
          probe = watch(n, delta, expected, provinceBefore, cityBefore, ack);
        }
      } catch (IOException e) {
        probe = failed(n, delta, expected, provinceBefore, cityBefore, "error: " + e.getMessage());
      }
      results.add(probe);
      System.out.println(BeijingTime.format(BeijingTime.now()) + " " + describe(probe));
    }
    return new StatsReport.Freshness(
        unit.creditCode(),
        unit.regionCode(),
        StatsDatabase.ELECTRICITY,
        day,
        results,
        restore(originalRead, original));
  }

  private StatsReport.Probe watch(
      int n,
      BigDecimal delta,
      BigDecimal expected,
      BigDecimal provinceBefore,
      BigDecimal cityBefore,
      long ack)
      throws InterruptedException {
    long deadline = ack + TIMEOUT.toNanos();
    Long provinceNanos = null;
    Long cityNanos = null;
    BigDecimal provinceAfter = null;
    BigDecimal cityAfter = null;
    String pollError = null;
    while ((provinceNanos == null || cityNanos == null) && System.nanoTime() - deadline < 0) {
      long tick = System.nanoTime();
      try {
        if (provinceNanos == null) {
          BigDecimal now = api.regionTce(PROVINCE, day.toString());
          if (!same(now, provinceBefore)) {
            provinceNanos = System.nanoTime() - ack;
            provinceAfter = now;
          }
        }
        if (cityNanos == null) {
          BigDecimal now = api.regionTce(CITY, day.toString());
          if (!same(now, cityBefore)) {
            cityNanos = System.nanoTime() - ack;
            cityAfter = now;
          }
        }
      } catch (IOException e) {
        pollError = e.getMessage();
      }
      long rest = POLL.toNanos() - (System.nanoTime() - tick);
      if (rest > 0 && (provinceNanos == null || cityNanos == null)) {
        Thread.sleep(rest / 1_000_000, (int) (rest % 1_000_000));
      }
    }
    String failure = null;
    if (provinceNanos == null || cityNanos == null) {
      String which =
          provinceNanos == null && cityNanos == null
              ? "neither figure"
              : provinceNanos == null ? "the province figure not" : "the city figure not";
      failure =
          which
              + " changed within "
              + TIMEOUT.toSeconds()
              + " s"
              + (pollError == null ? "" : " (last poll error: " + pollError + ")");
    }
    return new StatsReport.Probe(
        n,
        delta,
        expected,
        provinceBefore,
        provinceAfter,
        provinceNanos,
        cityBefore,
        cityAfter,
        cityNanos,
        failure);
  }

  private static StatsReport.Probe failed(
      int n,
      BigDecimal delta,
      BigDecimal expected,
      BigDecimal provinceBefore,
      BigDecimal cityBefore,
      String failure) {
    return new StatsReport.Probe(
        n, delta, expected, provinceBefore, null, null, cityBefore, null, null, failure);
  }

  /** Sends the value stored before the first probe again; says what the stored value is now. */
  private String restore(boolean originalRead, BigDecimal original) throws InterruptedException {
    if (!originalRead) {
      return "unchanged (no probe reached the upload)";
    }
    if (original == null) {
      return "left at the last probe's value (no value was stored before the probes)";
    }
    try {
      JsonObject answer = api.cityUpload(unit.creditCode(), uploadBody(unit, day, original));
      return "0".equals(answer.getString("responseCode", ""))
          ? "the value before the probes (" + original.toPlainString() + " kWh) sent again"
          : "restoring " + original.toPlainString() + " kWh refused: " + answer;
    } catch (IOException e) {
      return "restoring " + original.toPlainString() + " kWh failed: " + e.getMessage();
    }
  }

  static String describe(StatsReport.Probe probe) {
    StringBuilder line =
        new StringBuilder("probe ")
            .append(probe.number())
            .append(": +")
            .append(probe.deltaKwh().toPlainString())
            .append(" kWh");
    if (probe.provinceNanos() != null) {
      line.append(", province ")
          .append(Math.round(probe.provinceNanos() / 1e6))
          .append(" ms")
          .append(Boolean.TRUE.equals(probe.provinceExact()) ? " (exact)" : " (MISMATCH)");
    }
    if (probe.cityNanos() != null) {
      line.append(", city ")
          .append(Math.round(probe.cityNanos() / 1e6))
          .append(" ms")
          .append(Boolean.TRUE.equals(probe.cityExact()) ? " (exact)" : " (MISMATCH)");
    }
    if (probe.failure() != null) {
      line.append(" — FAILED: ").append(probe.failure());
    }
    return line.toString();
  }
}
