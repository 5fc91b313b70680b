package cn.nhjc.province.monitoring.domain;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/** The protocol's date text, {@code yyyy-MM-dd HH:mm:ss} in Beijing time. */
public final class ProtocolTime {
  public static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  private ProtocolTime() {}

  public static Instant parse(String text) {
    return LocalDateTime.parse(text, FORMAT).atZone(StatType.CALENDAR_ZONE).toInstant();
  }

  public static String format(Instant instant) {
    return FORMAT.format(instant.atZone(StatType.CALENDAR_ZONE));
  }
}
