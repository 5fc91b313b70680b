package cn.nhjc.province.simulator;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.SortedMap;
import java.util.stream.Collectors;

/**
 * The statistics benchmark's figures as a markdown section. Only what was measured: a part that was
 * skipped or could not be read says so instead of showing a number.
 */
final class StatsReport {

  private StatsReport() {}

  /** The month's data-quality outcome as the database holds it after the close. */
  record Quality(long rows, long notPassed, SortedMap<String, Long> openAlarmsByRule) {}

  /** One step of the job execution from JBeret's repository; duration null while unknown. */
  record Step(String name, String status, Duration duration) {}

  /**
   * The close of a month by the statistics job.
   *
   * @param wallNanos from sending the start request to the poll that saw the final status
   * @param job the job's own startedAt → endedAt, null when the execution lacks either
   * @param steps empty when JBeret's tables could not be read; stepsNote then says why
   * @param quality null when the database could not be read
   */
  record Close(
      String period,
      long executionId,
      String status,
      String exitStatus,
      long wallNanos,
      Duration job,
      List<Step> steps,
      String stepsNote,
      Quality quality) {}

  /**
   * One freshness probe: an upload of the city platform and when its change became visible in the
   * province's and the city's figures.
   *
   * @param provinceNanos from the upload's answer to the first answer showing a changed province
   *     figure; null when it did not change within the timeout (or the upload failed)
   * @param failure null for a probe whose two figures changed in time
   */
  record Probe(
      int number,
      BigDecimal deltaKwh,
      BigDecimal expectedTce,
      BigDecimal provinceBefore,
      BigDecimal provinceAfter,
      Long provinceNanos,
      BigDecimal cityBefore,
      BigDecimal cityAfter,
      Long cityNanos,
      String failure) {

    /** Whether the province figure changed by exactly the expected tce; null when not seen. */
    Boolean provinceExact() {
      return exact(provinceBefore, provinceAfter, provinceNanos);
    }

    /** Whether the city figure changed by exactly the expected tce; null when not seen. */
    Boolean cityExact() {
      return exact(cityBefore, cityAfter, cityNanos);
    }

    private Boolean exact(BigDecimal before, BigDecimal after, Long seen) {
      if (seen == null) {
        return null;
      }
      if (after == null) {
        return false; // the figure disappeared
      }
      BigDecimal change = after.subtract(before == null ? BigDecimal.ZERO : before);
      return change.compareTo(expectedTce) == 0;
    }
  }

  /** The freshness probes of one unit, item and day. */
  record Freshness(
      String creditCode,
      String regionCode,
      String dataCode,
      LocalDate day,
      List<Probe> probes,
      String restored) {}

  /**
   * A whole run.
   *
   * @param close null when skipped
   * @param freshness null when skipped
   */
  record Run(
      String measuredAt,
      String baseUrl,
      String machine,
      String options,
      long units,
      Close close,
      Freshness freshness) {}

  static String markdown(Run run) {
    StringBuilder md = new StringBuilder();
    md.append("## Statistics: ").append(title(run)).append(" (bench-stats)\n\n");
    md.append(
        fmt(
            "Measured %s (Beijing time) against %s, %,d units on the list.%n%n",
            run.measuredAt(), run.baseUrl(), run.units()));
    md.append("| | |\n|---|---|\n");
    row(md, "machine", run.machine());
    row(md, "options", "`" + run.options() + "`");
    row(md, "units (`energy.key_unit`)", fmt("%,d", run.units()));
    if (run.close() == null) {
      row(md, "close", "skipped (`--skip-close`)");
    } else {
      close(md, run.close());
    }
    if (run.freshness() == null) {
      row(md, "freshness", "skipped (`--skip-freshness`)");
    } else {
      freshness(md, run.freshness());
    }
    return md.append('\n').toString();
  }

  private static String title(Run run) {
    if (run.close() == null && run.freshness() == null) {
      return "nothing measured";
    }
    StringBuilder title = new StringBuilder();
    if (run.close() != null) {
      title.append("close of ").append(run.close().period());
    }
    if (run.freshness() != null) {
      title
          .append(run.close() != null ? ", " : "")
          .append("freshness of ")
          .append(run.freshness().day());
    }
    return title.toString();
  }

  private static void close(StringBuilder md, Close close) {
    row(
        md,
        "close: job execution",
        fmt(
            "%d, period-statistics %s: %s (exit %s)",
            close.executionId(), close.period(), close.status(), close.exitStatus()));
    row(
        md,
        "close: wall time (start request → final status seen, 500 ms polls)",
        fmt("%.1f s", close.wallNanos() / 1e9));
    row(
        md,
        "close: job startedAt → endedAt",
        close.job() == null ? "not reported" : seconds(close.job()));
    if (close.steps().isEmpty()) {
      row(md, "close: steps", close.stepsNote());
    }
    for (Step step : close.steps()) {
      row(
          md,
          "close: step " + step.name(),
          (step.duration() == null ? "no end time" : seconds(step.duration()))
              + " ("
              + step.status()
              + ")");
    }
    Quality quality = close.quality();
    if (quality == null) {
      row(md, "data quality", "could not be read");
      return;
    }
    row(
        md,
        "data_quality rows (M, " + close.period() + ")",
        fmt("%,d, of which not passed %,d", quality.rows(), quality.notPassed()));
    long open = quality.openAlarmsByRule().values().stream().mapToLong(Long::longValue).sum();
    row(
        md,
        "open quality_alarm rows (M, " + close.period() + ")",
        open == 0
            ? "0"
            : fmt("%,d: ", open)
                + quality.openAlarmsByRule().entrySet().stream()
                    .map(e -> e.getKey() + " " + fmt("%,d", e.getValue()))
                    .collect(Collectors.joining(", ")));
  }

  private static void freshness(StringBuilder md, Freshness freshness) {
    List<Probe> probes = freshness.probes();
    row(
        md,
        "freshness: upload",
        fmt(
            "citypf.tangshan, unit %s (region %s), %s statType 1, day %s; delta %s kWh × probe"
                + " number",
            freshness.creditCode(),
            freshness.regionCode(),
            freshness.dataCode(),
            freshness.day(),
            FreshnessProbe.STEP_KWH.toPlainString()));
    List<Probe> failed = probes.stream().filter(p -> p.failure() != null).toList();
    row(
        md,
        "freshness: probes",
        fmt("%d, failed %d", probes.size(), failed.size())
            + (failed.isEmpty()
                ? ""
                : " ("
                    + failed.stream()
                        .limit(5)
                        .map(p -> "#" + p.number() + " " + p.failure())
                        .collect(Collectors.joining("; "))
                    + (failed.size() > 5 ? "; …" : "")
                    + ")"));
    row(
        md,
        "ack → province (130000) figure changed, p50 / p95 / max",
        latencies(probes.stream().map(Probe::provinceNanos).toList()));
    row(
        md,
        "ack → city (130200) figure changed, p50 / p95 / max",
        latencies(probes.stream().map(Probe::cityNanos).toList()));
    row(md, "province change = delta × 0.1229 ÷ 1000 tce", exactness(probes, true));
    row(md, "city change = delta × 0.1229 ÷ 1000 tce", exactness(probes, false));
    row(md, "freshness: stored value afterwards", freshness.restored());
  }

  /** p50 / p95 / max in ms of the probes whose figure changed in time; the others are failures. */
  static String latencies(List<Long> nanos) {
    long[] seen = nanos.stream().filter(n -> n != null).mapToLong(Long::longValue).toArray();
    if (seen.length == 0) {
      return "none changed in time";
    }
    LatencyStats stats = new LatencyStats(seen);
    return fmt(
        "%d / %d / %d ms (%d of %d probes)",
        ms(stats.percentile(50)),
        ms(stats.percentile(95)),
        ms(stats.max()),
        seen.length,
        nanos.size());
  }

  /** How many of the changes seen were exactly the expected tce, with the first mismatch. */
  static String exactness(List<Probe> probes, boolean province) {
    long seen = 0;
    long exact = 0;
    Probe firstMismatch = null;
    for (Probe probe : probes) {
      Boolean check = province ? probe.provinceExact() : probe.cityExact();
      if (check == null) {
        continue;
      }
      seen++;
      if (check) {
        exact++;
      } else if (firstMismatch == null) {
        firstMismatch = probe;
      }
    }
    if (seen == 0) {
      return "not checked (no change seen)";
    }
    String outcome = fmt("%d of %d exact, %d mismatches", exact, seen, seen - exact);
    if (firstMismatch == null) {
      return outcome;
    }
    BigDecimal before = province ? firstMismatch.provinceBefore() : firstMismatch.cityBefore();
    BigDecimal after = province ? firstMismatch.provinceAfter() : firstMismatch.cityAfter();
    return outcome
        + fmt(
            " (first: #%d expected %s, %s → %s)",
            firstMismatch.number(),
            firstMismatch.expectedTce().toPlainString(),
            before == null ? "absent" : before.toPlainString(),
            after == null ? "absent" : after.toPlainString());
  }

  private static void row(StringBuilder md, String name, String value) {
    md.append("| ").append(name).append(" | ").append(value.replace("|", "\\|")).append(" |\n");
  }

  private static String seconds(Duration duration) {
    return fmt("%.1f s", duration.toMillis() / 1000.0);
  }

  private static long ms(long nanos) {
    return Math.round(nanos / 1e6);
  }

  private static String fmt(String format, Object... args) {
    return String.format(Locale.ROOT, format, args);
  }
}
