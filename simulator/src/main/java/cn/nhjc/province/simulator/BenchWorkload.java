package cn.nhjc.province.simulator;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The benchmark's backlog, built before any timing: for every unit and day, one upload of the day's
 * 15-minute values and daily values (split at the item limit), encrypted and serialised; and the
 * same rows as COPY text for the ceiling measurement.
 */
final class BenchWorkload {

  private static final DateTimeFormatter COPY_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss'+08'");

  final List<PreparedUpload> uploads;
  final byte[] copyRows;
  final long points;

  private BenchWorkload(List<PreparedUpload> uploads, byte[] copyRows, long points) {
    this.uploads = uploads;
    this.copyRows = copyRows;
    this.points = points;
  }

  /**
   * @param unitIds the platform's unit id of each credit code (for the COPY rows)
   */
  static BenchWorkload build(
      List<ProvisionedUnit> units,
      Map<String, Long> unitIds,
      LocalDate firstDay,
      int days,
      int daysPerUpload,
      int threads)
      throws InterruptedException, ExecutionException {
    LocalDateTime uploadDate = BeijingTime.now();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Callable<UnitPart>> work = new ArrayList<>();
      for (ProvisionedUnit unit : units) {
        long id = unitIds.get(unit.unit().creditCode());
        work.add(() -> prepare(unit, id, firstDay, days, daysPerUpload, uploadDate));
      }
      List<UnitPart> parts = new ArrayList<>();
      for (Future<UnitPart> part : pool.invokeAll(work)) {
        parts.add(part.get());
      }
      List<PreparedUpload> uploads = new ArrayList<>();
      StringBuilder rows = new StringBuilder();
      long points = 0;
      for (UnitPart part : parts) {
        uploads.addAll(part.uploads);
        rows.append(part.copyRows);
        points += part.points;
      }
      // day by day across all units, as a province-wide backlog would arrive
      uploads.sort(Comparator.comparingInt(PreparedUpload::dayIndexHint));
      return new BenchWorkload(
          List.copyOf(uploads), rows.toString().getBytes(StandardCharsets.UTF_8), points);
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * @param daysPerUpload 1 for the daily upload of a device that is up to date; more for a device
   *     catching up (补传) after an outage, which sends several days at once
   */
  private static UnitPart prepare(
      ProvisionedUnit unit,
      long unitId,
      LocalDate firstDay,
      int days,
      int daysPerUpload,
      LocalDateTime uploadDate) {
    ReadingGenerator generator =
        new ReadingGenerator(unit.unit().creditCode(), unit.config().items());
    UploadEncoder encoder = new UploadEncoder(unit.device());
    UnitPart part = new UnitPart();
    for (int d = 0; d < days; d += daysPerUpload) {
      List<Reading> readings = new ArrayList<>();
      for (int k = d; k < Math.min(days, d + daysPerUpload); k++) {
        LocalDate day = firstDay.plusDays(k);
        readings.addAll(
            generator.realtime(day.atStartOfDay(), day.plusDays(1).atStartOfDay(), uploadDate));
        readings.addAll(generator.daily(day, uploadDate));
      }
      for (List<Reading> chunk : UploadEncoder.split(readings, UploadEncoder.MAX_ITEMS)) {
        byte[] body = encoder.encodeOne(chunk, uploadDate);
        part.uploads.add(new PreparedUpload(unit.unit().creditCode(), body, chunk.size(), d));
      }
      for (Reading r : readings) {
        part.copyRows
            .append(unitId)
            .append('\t')
            .append(r.dataCode())
            .append('\t')
            .append(r.statType())
            .append('\t')
            .append(COPY_TIME.format(r.statDate()))
            .append('\t')
            .append(r.value().toPlainString())
            .append('\t')
            .append(r.inputType())
            .append('\t')
            .append(UploadEncoder.VALID)
            .append('\n');
      }
      part.points += readings.size();
    }
    return part;
  }

  private static final class UnitPart {
    final List<PreparedUpload> uploads = new ArrayList<>();
    final StringBuilder copyRows = new StringBuilder();
    long points;
  }
}
