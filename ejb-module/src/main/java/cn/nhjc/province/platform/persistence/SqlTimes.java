package cn.nhjc.province.platform.persistence;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Date;

/** Columns of native queries as Java values, whatever type the driver and Hibernate hand over. */
public final class SqlTimes {
  private SqlTimes() {}

  /** A {@code timestamptz} column as an instant ({@code null} stays {@code null}). */
  public static Instant instant(Object value) {
    if (value == null || value instanceof Instant) {
      return (Instant) value;
    }
    if (value instanceof OffsetDateTime offset) {
      return offset.toInstant();
    }
    if (value instanceof ZonedDateTime zoned) {
      return zoned.toInstant();
    }
    if (value instanceof Date date) { // java.sql.Timestamp too
      return date.toInstant();
    }
    throw new IllegalStateException("unexpected timestamp type " + value.getClass());
  }
}
