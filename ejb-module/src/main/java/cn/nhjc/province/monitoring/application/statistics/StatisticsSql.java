package cn.nhjc.province.monitoring.application.statistics;

/**
 * Statements that read the rollups. Groups are read from the group tables; groups that a caller's
 * scope cuts (industries for a city official) are summed from the unit figures of the scope.
 */
final class StatisticsSql {

  private StatisticsSql() {}

  static final String UNIT_ENERGY =
      """
      select e.energy_type_code, coalesce(t.name, e.energy_type_code), coalesce(t.unit, ''),
             t.mix_group, e.consumed, e.sent_out, e.kgce_per_unit, e.tce, e.consumed_tce,
             e.equal_kgce_per_unit, e.tce_equal, e.consumed_tce_equal, e.basis, 1, e.computed_at
        from unit_period_energy e left join energy_type t on t.code = e.energy_type_code
       where e.unit_id = ?1 and e.period_type = ?2 and e.period_start = cast(?3 as date)
       order by e.energy_type_code
      """;

  static final String UNIT_INDICATORS =
      """
      select class_code, item_code, amount, 0, 0, 1 from unit_period_indicator
       where unit_id = ?1 and period_type = ?2 and period_start = cast(?3 as date)
      """;

  /**
   * The units of a scope for the units list: ?1 the scope's region-code prefix, ?2 a narrower
   * prefix (or the same).
   */
  private static final String SCOPE_UNIT_CONDITION =
      " u.region_code like cast(?1 as varchar) || '%' and u.region_code like cast(?2 as varchar)"
          + " || '%' ";

  static final String SCOPE_UNITS =
      """
      select u.id, u.credit_code, u.name, u.region_code, r.name, u.industry_code, i.name
        from key_unit u join region r on r.code = u.region_code
        join industry i on i.code = u.industry_code
       where"""
          + SCOPE_UNIT_CONDITION
          + "order by u.region_code, u.credit_code";

  /** {@link #UNIT_ENERGY} for every unit of a scope at once, the unit's id first. */
  static final String SCOPE_UNIT_ENERGY =
      """
      select e.unit_id, e.energy_type_code, coalesce(t.name, e.energy_type_code),
             coalesce(t.unit, ''), t.mix_group, e.consumed, e.sent_out, e.kgce_per_unit, e.tce,
             e.consumed_tce, e.equal_kgce_per_unit, e.tce_equal, e.consumed_tce_equal, e.basis, 1,
             e.computed_at
        from unit_period_energy e join key_unit u on u.id = e.unit_id
        left join energy_type t on t.code = e.energy_type_code
       where e.period_type = ?3 and e.period_start = cast(?4 as date) and"""
          + SCOPE_UNIT_CONDITION
          + "order by e.unit_id, e.energy_type_code";

  /** {@link #UNIT_INDICATORS} for every unit of a scope at once, the unit's id first. */
  static final String SCOPE_UNIT_INDICATORS =
      """
      select i.unit_id, i.class_code, i.item_code, i.amount, 0, 0, 1
        from unit_period_indicator i join key_unit u on u.id = i.unit_id
       where i.period_type = ?3 and i.period_start = cast(?4 as date) and"""
          + SCOPE_UNIT_CONDITION
          + "order by i.unit_id, i.class_code, i.item_code";

  /** The effective coefficient of a group's energy: tce × 1000 ÷ net amount. */
  private static final String GROUP_ENERGY_COLUMNS =
      """
      select g.code, g.energy_type_code, coalesce(t.name, g.energy_type_code),
             coalesce(t.unit, ''), t.mix_group, g.consumed, g.sent_out,
             case when g.consumed - g.sent_out <> 0
                  then round(g.tce * 1000 / (g.consumed - g.sent_out), 6) end,
             g.tce, g.consumed_tce,
             case when g.consumed - g.sent_out <> 0
                  then round(g.tce_equal * 1000 / (g.consumed - g.sent_out), 6) end,
             g.tce_equal, g.consumed_tce_equal, cast(null as varchar), g.units,
             cast(null as timestamptz)
      """;

  static final String GROUP_ENERGY =
      GROUP_ENERGY_COLUMNS
          + """
            from group_period_energy g left join energy_type t on t.code = g.energy_type_code
           where g.dim = ?1 and g.period_type = ?2 and g.period_start = cast(?3 as date)
             and g.code = any (string_to_array(?4, ','))
           order by g.code, g.energy_type_code
          """;

  static final String GROUP_TOTALS =
      """
      select code, units, tce, tce_equal, computed_at from group_period_total
       where dim = ?1 and period_type = ?2 and period_start = cast(?3 as date)
         and code = any (string_to_array(?4, ','))
      """;

  static final String GROUP_INDICATORS =
      """
      select code, class_code, item_code, amount, tce, tce_equal, units from group_period_indicator
       where dim = ?1 and period_type = ?2 and period_start = cast(?3 as date)
         and code = any (string_to_array(?4, ','))
      """;

  /** The units of a scope: ?5 is a region-code prefix. */
  private static final String SCOPED =
      """
      with s as (
        select g.code, g.unit_id from unit_membership g join key_unit u on u.id = g.unit_id
         where g.dim = ?1 and g.code = any (string_to_array(?4, ','))
           and u.region_code like cast(?5 as varchar) || '%'),
      """;

  static final String SCOPED_ENERGY =
      SCOPED
          + """
          g as (
            select s.code, e.energy_type_code, sum(e.consumed) as consumed,
                   sum(e.sent_out) as sent_out, sum(e.tce) as tce,
                   sum(e.consumed_tce) as consumed_tce, sum(e.tce_equal) as tce_equal,
                   sum(e.consumed_tce_equal) as consumed_tce_equal, count(*) as units
              from s join unit_period_energy e on e.unit_id = s.unit_id
             where e.period_type = ?2 and e.period_start = cast(?3 as date)
             group by s.code, e.energy_type_code)
          """
          + GROUP_ENERGY_COLUMNS
          + """
            from g left join energy_type t on t.code = g.energy_type_code
           order by g.code, g.energy_type_code
          """;

  static final String SCOPED_TOTALS =
      SCOPED
          + """
          x as (select 1)
          select s.code, count(distinct e.unit_id), sum(e.tce), sum(e.tce_equal), max(e.computed_at)
            from s join unit_period_energy e on e.unit_id = s.unit_id
           where e.period_type = ?2 and e.period_start = cast(?3 as date)
           group by s.code
          """;

  static final String SCOPED_INDICATORS =
      SCOPED
          + """
          unit_tce as (
            select unit_id, sum(tce) as tce, sum(tce_equal) as tce_equal from unit_period_energy
             where period_type = ?2 and period_start = cast(?3 as date)
               and unit_id in (select unit_id from s)
             group by unit_id)
          select s.code, i.class_code, i.item_code, sum(i.amount), coalesce(sum(u.tce), 0),
                 coalesce(sum(u.tce_equal), 0), count(*)
            from s join unit_period_indicator i on i.unit_id = s.unit_id
            left join unit_tce u on u.unit_id = i.unit_id
           where i.period_type = ?2 and i.period_start = cast(?3 as date)
           group by s.code, i.class_code, i.item_code
          """;
}
