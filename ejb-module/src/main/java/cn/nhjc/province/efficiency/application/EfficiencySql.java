package cn.nhjc.province.efficiency.application;

/** Statements of the efficiency refresh: they read monitoring's rollups and quality index. */
final class EfficiencySql {

  private EfficiencySql() {}

  static final String UNITS =
      "select id, credit_code, region_code, industry_code from key_unit order by id";

  /** Every unit's energies of a period: ?1 period type, ?2 period start. */
  static final String PERIOD_ENERGY =
      """
      select e.unit_id, e.energy_type_code, coalesce(t.name, e.energy_type_code),
             coalesce(t.unit, ''), t.mix_group, e.consumed, e.sent_out, e.kgce_per_unit, e.tce,
             e.consumed_tce, e.equal_kgce_per_unit, e.tce_equal, e.consumed_tce_equal, e.basis,
             e.computed_at
        from unit_period_energy e left join energy_type t on t.code = e.energy_type_code
       where e.period_type = ?1 and e.period_start = cast(?2 as date)
       order by e.unit_id, e.energy_type_code
      """;

  /** Every unit's products, efficiency and economic indicators of a period. */
  static final String PERIOD_INDICATORS =
      """
      select unit_id, class_code, item_code, amount from unit_period_indicator
       where period_type = ?1 and period_start = cast(?2 as date)
       order by unit_id, class_code, item_code
      """;

  /** The units that failed the quality rule in a month of [?1, ?2). */
  static final String FAILED_QUALITY =
      """
      select distinct unit_id from data_quality
       where period_type = 'M' and period_start >= cast(?1 as date)
         and period_start < cast(?2 as date) and not passed
      """;

  /** Per month, quarter and year from ?1: the rollup rows and their latest change. */
  static final String SOURCES =
      """
      select cast(period_type as varchar), to_char(period_start, 'YYYY-MM-DD'), count(*),
             max(computed_at)
        from unit_period_energy
       where period_type in ('M', 'Q', 'Y') and period_start >= cast(?1 as date)
       group by period_type, period_start
      union all
      select cast(period_type as varchar), to_char(period_start, 'YYYY-MM-DD'), count(*),
             max(computed_at)
        from unit_period_indicator
       where period_type in ('M', 'Q', 'Y') and period_start >= cast(?1 as date)
       group by period_type, period_start
      """;

  /** Per month from ?1: the latest quality assessment. */
  static final String QUALITY_CHANGES =
      """
      select to_char(period_start, 'YYYY-MM-DD'), max(computed_at) from data_quality
       where period_type = 'M' and period_start >= cast(?1 as date)
       group by period_start
      """;
}
