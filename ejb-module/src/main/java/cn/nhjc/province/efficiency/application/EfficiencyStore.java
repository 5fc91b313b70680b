package cn.nhjc.province.efficiency.application;

import cn.nhjc.province.monitoring.domain.StatPeriod;
import java.time.Instant;
import java.util.List;

/** Where the efficiency refresh keeps a period's rows (PostgresEfficiencyStore). */
public interface EfficiencyStore {

  /** What a period's rows were computed from (table efficiency_period). */
  record Stamp(long sourceRows, Instant sourceAt, Instant qualityAt, String convention) {}

  /**
   * Replaces the period's indicators and distributions and records what they were computed from, in
   * the caller's transaction.
   */
  void replace(
      StatPeriod period,
      List<IndicatorRow> indicators,
      List<DistributionRow> distributions,
      Stamp stamp,
      int units);
}
