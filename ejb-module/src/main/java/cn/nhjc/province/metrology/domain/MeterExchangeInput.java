package cn.nhjc.province.metrology.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A meter replaced by another: the new meter (registered in the unit), when, the old meter's final
 * reading and the new one's first reading.
 */
public record MeterExchangeInput(
    Long newMeterId, Instant exchangedAt, BigDecimal oldFinalReading, BigDecimal newFirstReading) {

  /** An exchange with no field given (a request without a body): refused for every one. */
  public static MeterExchangeInput empty() {
    return new MeterExchangeInput(null, null, null, null);
  }

  /** The refusals; empty when the exchange may be recorded. */
  public List<String> check(long oldMeterId, Instant now) {
    List<String> reasons = new ArrayList<>();
    if (newMeterId == null) {
      reasons.add("缺少新表（newMeterId）");
    } else if (newMeterId == oldMeterId) {
      reasons.add("新表与旧表相同");
    }
    if (exchangedAt == null) {
      reasons.add("缺少换表时间");
    } else if (exchangedAt.isAfter(now)) {
      reasons.add("换表时间晚于现在");
    }
    if (oldFinalReading == null || oldFinalReading.signum() < 0) {
      reasons.add("旧表止码应为不小于 0 的数");
    }
    if (newFirstReading == null || newFirstReading.signum() < 0) {
      reasons.add("新表起码应为不小于 0 的数");
    }
    return reasons;
  }
}
