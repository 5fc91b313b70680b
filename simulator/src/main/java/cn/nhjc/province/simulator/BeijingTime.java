package cn.nhjc.province.simulator;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.zone.ZoneOffsetTransition;
import java.util.Optional;

/** The protocol's clock: wall time in Beijing, written as {@code yyyy-MM-dd HH:mm:ss}. */
public final class BeijingTime {

  /** China has kept one offset without daylight saving since 1991, so local times are unique. */
  public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  public static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  private BeijingTime() {}

  /** The real time now, to the second. */
  public static LocalDateTime now() {
    return LocalDateTime.now(ZONE).truncatedTo(ChronoUnit.SECONDS);
  }

  /**
   * The first day from {@code first} to {@code last} on which Beijing's clocks changed (daylight
   * saving, 1986–1991), if any: such a day has quarter-hours the protocol's wall-clock times cannot
   * name, or names twice.
   */
  public static Optional<LocalDate> clockChange(LocalDate first, LocalDate last) {
    ZoneOffsetTransition next =
        ZONE.getRules().nextTransition(first.atStartOfDay(ZONE).toInstant().minusSeconds(1));
    if (next == null
        || !next.getInstant().isBefore(last.plusDays(1).atStartOfDay(ZONE).toInstant())) {
      return Optional.empty();
    }
    return Optional.of(next.getDateTimeBefore().toLocalDate());
  }

  public static String format(LocalDateTime time) {
    return FORMAT.format(time);
  }

  public static LocalDateTime parse(String text) {
    return LocalDateTime.parse(text.trim(), FORMAT);
  }
}
