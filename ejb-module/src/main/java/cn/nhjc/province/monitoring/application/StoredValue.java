package cn.nhjc.province.monitoring.application;

import java.math.BigDecimal;
import java.util.List;

/**
 * A stored value as the API serves it: statDate in the protocol's Beijing-time text, receivedAt as
 * an ISO instant, and the values it replaced, oldest first.
 */
public record StoredValue(
    String dataCode,
    int statType,
    String statDate,
    BigDecimal value,
    int inputType,
    int valid,
    boolean outOfRange,
    String source,
    String receivedAt,
    List<Revision> revisions) {

  /** A value a later upload replaced. */
  public record Revision(
      BigDecimal value, int inputType, String source, String receivedAt, String supersededAt) {}
}
