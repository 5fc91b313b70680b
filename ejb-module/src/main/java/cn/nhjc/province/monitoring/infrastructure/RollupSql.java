package cn.nhjc.province.monitoring.infrastructure;

/**
 * The statements of the rollups. A unit's figures are recomputed from its readings, found through
 * the dataCodes it was ever configured with ({@code unit_data_code}); whole-plant items are those
 * whose dataCode ({@code PP-UU-EEee-CCTTTT-UU}) names no process, unit or equipment. Parameters
 * common to the figure statements come first in CTE {@code p}: energy classes, consumption usage
 * codes, sent-out usage codes, the electricity type, the period type.
 */
final class RollupSql {

  private RollupSql() {}

  private static final String PARAMS =
      """
      with p as (select ?::varchar[] as classes, ?::varchar[] as consumption,
                        ?::varchar[] as sent_out, ?::varchar as electricity, ?::char(1) as pt),
      k as (select distinct unit_id, period_start
              from unnest(?::bigint[], ?::date[]) as k(unit_id, period_start)),
      codes as (
        select distinct k.unit_id, k.period_start, c.data_code,
               substr(c.data_code, 12, 2) as class_code, substr(c.data_code, 14, 4) as item_code,
               substr(c.data_code, 19, 2) as usage_code
          from k join unit_data_code c on c.unit_id = k.unit_id and c.stat_type in (1, 2)
         where substr(c.data_code, 1, 2) = '00' and substr(c.data_code, 4, 2) = '00'
           and substr(c.data_code, 7, 4) = '0000'),
      """;

  /** A day: the items' daily values. */
  static final String DAY_VALUES =
      PARAMS
          + """
          vals as (
            select c.*, r.value, false as from_days
              from codes c
              join reading r on r.unit_id = c.unit_id and r.data_code = c.data_code
                            and r.stat_type = 1
                            and r.stat_date = c.period_start::timestamp at time zone 'Asia/Shanghai'),
          """;

  /** A month: the items' monthly values, or the sums of their daily values where none was sent. */
  static final String MONTH_VALUES =
      PARAMS
          + """
          vals as (
            select c.*, coalesce(m.value, d.value) as value, m.value is null as from_days
              from codes c
              left join reading m
                on m.unit_id = c.unit_id and m.data_code = c.data_code and m.stat_type = 2
               and m.stat_date = c.period_start::timestamp at time zone 'Asia/Shanghai'
              left join lateral (
                select sum(r.value) as value from reading r
                 where r.unit_id = c.unit_id and r.data_code = c.data_code and r.stat_type = 1
                   and r.stat_date >= c.period_start::timestamp at time zone 'Asia/Shanghai'
                   and r.stat_date < (c.period_start + interval '1 month')::timestamp
                                     at time zone 'Asia/Shanghai') d on true
             where coalesce(m.value, d.value) is not null),
          """;

  /** Follows DAY_VALUES or MONTH_VALUES: converts and writes the unit figures. */
  static final String WRITE_FIGURES =
      """
      energy_in as (
        select v.unit_id, v.period_start, v.item_code as energy_type_code,
               coalesce(sum(v.value) filter (where v.usage_code = any (p.consumption)), 0)
                 as consumed,
               coalesce(sum(v.value) filter (where v.usage_code = any (p.sent_out)), 0)
                 as sent_out,
               bool_or(v.from_days) as from_days
          from vals v cross join p
         where v.class_code = any (p.classes)
           and (v.usage_code = any (p.consumption) or v.usage_code = any (p.sent_out))
         group by 1, 2, 3),
      energy as (
        select e.*, c.kgce_per_unit as k,
               case when e.energy_type_code = p.electricity
                    then coalesce(q.kgce_per_kwh, c.kgce_per_unit) else c.kgce_per_unit end as k_eq
          from energy_in e cross join p
          left join lateral (
            select kgce_per_unit from energy_coefficient
             where energy_type_code = e.energy_type_code and valid_from <= e.period_start
               and (valid_to is null or valid_to > e.period_start)
             order by valid_from desc limit 1) c on true
          left join lateral (
            select kgce_per_kwh from electricity_equal_value
             where year <= extract(year from e.period_start)
             order by year desc limit 1) q on true),
      written_energy as (
        insert into unit_period_energy (unit_id, period_type, period_start, energy_type_code,
                                        consumed, sent_out, kgce_per_unit, tce, consumed_tce,
                                        equal_kgce_per_unit, tce_equal, consumed_tce_equal, basis)
        select e.unit_id, p.pt, e.period_start, e.energy_type_code, e.consumed, e.sent_out, e.k,
               coalesce((e.consumed - e.sent_out) * e.k / 1000, 0),
               coalesce(e.consumed * e.k / 1000, 0), e.k_eq,
               coalesce((e.consumed - e.sent_out) * e.k_eq / 1000, 0),
               coalesce(e.consumed * e.k_eq / 1000, 0),
               case when p.pt = 'D' then 'daily' when e.from_days then 'daily-sum'
                    else 'monthly' end
          from energy e cross join p
        returning 1),
      written_indicators as (
        insert into unit_period_indicator (unit_id, period_type, period_start, class_code,
                                           item_code, amount)
        select v.unit_id, p.pt, v.period_start, v.class_code, v.item_code, sum(v.value)
          from vals v cross join p
         where v.class_code in ('04', '09')
         group by v.unit_id, p.pt, v.period_start, v.class_code, v.item_code
        returning 1)
      select (select count(*) from written_energy) + (select count(*) from written_indicators)
      """;

  static final String DELETE_UNIT_ENERGY =
      """
      delete from unit_period_energy e
       using unnest(?::bigint[], ?::date[]) as k(unit_id, period_start)
       where e.unit_id = k.unit_id and e.period_type = ? and e.period_start = k.period_start
      """;

  static final String DELETE_UNIT_INDICATORS =
      """
      delete from unit_period_indicator e
       using unnest(?::bigint[], ?::date[]) as k(unit_id, period_start)
       where e.unit_id = k.unit_id and e.period_type = ? and e.period_start = k.period_start
      """;

  /**
   * A quarter or year from its months: amounts and tce add up; the coefficient stated is the
   * effective one (tce × 1000 ÷ net amount), the months' own when the net amount is zero.
   * Parameters: period type, months' span (interval), units, period starts.
   */
  static final String FROM_MONTHS =
      """
      with p as (select ?::char(1) as pt, ?::interval as span),
      k as (select distinct unit_id, period_start
              from unnest(?::bigint[], ?::date[]) as k(unit_id, period_start)),
      written_energy as (
        insert into unit_period_energy (unit_id, period_type, period_start, energy_type_code,
                                        consumed, sent_out, kgce_per_unit, tce, consumed_tce,
                                        equal_kgce_per_unit, tce_equal, consumed_tce_equal, basis)
        select e.unit_id, p.pt, k.period_start, e.energy_type_code, sum(e.consumed),
               sum(e.sent_out),
               case when bool_and(e.kgce_per_unit is null) then null
                    when sum(e.consumed - e.sent_out) <> 0
                    then sum(e.tce) * 1000 / sum(e.consumed - e.sent_out)
                    else max(e.kgce_per_unit) end,
               sum(e.tce), sum(e.consumed_tce),
               case when bool_and(e.equal_kgce_per_unit is null) then null
                    when sum(e.consumed - e.sent_out) <> 0
                    then sum(e.tce_equal) * 1000 / sum(e.consumed - e.sent_out)
                    else max(e.equal_kgce_per_unit) end,
               sum(e.tce_equal), sum(e.consumed_tce_equal), 'months'
          from k cross join p
          join unit_period_energy e
            on e.unit_id = k.unit_id and e.period_type = 'M' and e.period_start >= k.period_start
           and e.period_start < k.period_start + p.span
         group by e.unit_id, p.pt, k.period_start, e.energy_type_code
        returning 1),
      written_indicators as (
        insert into unit_period_indicator (unit_id, period_type, period_start, class_code,
                                           item_code, amount)
        select i.unit_id, p.pt, k.period_start, i.class_code, i.item_code, sum(i.amount)
          from k cross join p
          join unit_period_indicator i
            on i.unit_id = k.unit_id and i.period_type = 'M' and i.period_start >= k.period_start
           and i.period_start < k.period_start + p.span
         group by i.unit_id, p.pt, k.period_start, i.class_code, i.item_code
        returning 1)
      select (select count(*) from written_energy) + (select count(*) from written_indicators)
      """;

  // ---------------------------------------------------------------- groups

  /** The periods to recompute every group for. Parameters: period types, period starts. */
  private static final String PERIODS =
      """
      with k as (select distinct pt, ps from unnest(?::char(1)[], ?::date[]) as k(pt, ps)),
      """;

  static final String DELETE_GROUPS =
      PERIODS
          + """
          e as (delete from group_period_energy g using k
                 where g.period_type = k.pt and g.period_start = k.ps),
          s as (delete from group_period_total g using k
                 where g.period_type = k.pt and g.period_start = k.ps),
          i as (delete from group_period_indicator g using k
                 where g.period_type = k.pt and g.period_start = k.ps)
          select 1
          """;

  /**
   * The groups' figures: the periods' unit rows are summed once per unit's own region and own
   * industry (the leaves), then the leaves up the tree of regions and industries ({@code
   * group_ancestor}) into every group. Each unit lies in exactly one leaf per dimension, so unit
   * counts add up too.
   */
  static final String INSERT_GROUPS =
      PERIODS
          + """
          -- the periods' unit rows first (through the period index): the planner cannot know how
          -- few periods k holds and would otherwise walk every unit's rows
          period_rows as materialized (
            select e.* from k join unit_period_energy e
                on e.period_type = k.pt and e.period_start = k.ps),
          unit_leaf as materialized (
            select u.id as unit_id, 'R'::char(1) as dim, u.region_code as code from key_unit u
            union all
            select u.id, 'I'::char(1), u.industry_code from key_unit u),
          leaf as materialized (
            select l.dim, l.code, e.period_type, e.period_start, e.energy_type_code,
                   sum(e.consumed) as consumed, sum(e.sent_out) as sent_out, sum(e.tce) as tce,
                   sum(e.consumed_tce) as consumed_tce, sum(e.tce_equal) as tce_equal,
                   sum(e.consumed_tce_equal) as consumed_tce_equal, count(*) as units
              from period_rows e join unit_leaf l on l.unit_id = e.unit_id
             group by l.dim, l.code, e.period_type, e.period_start, e.energy_type_code),
          unit_tce as materialized (
            select unit_id, period_type, period_start, sum(tce) as tce,
                   sum(tce_equal) as tce_equal
              from period_rows group by unit_id, period_type, period_start),
          leaf_totals as materialized (
            select l.dim, l.code, u.period_type, u.period_start, count(*) as units,
                   sum(u.tce) as tce, sum(u.tce_equal) as tce_equal
              from unit_tce u join unit_leaf l on l.unit_id = u.unit_id
             group by l.dim, l.code, u.period_type, u.period_start),
          period_indicators as materialized (
            select i.* from k join unit_period_indicator i
                on i.period_type = k.pt and i.period_start = k.ps),
          leaf_indicators as materialized (
            select l.dim, l.code, i.period_type, i.period_start, i.class_code, i.item_code,
                   sum(i.amount) as amount, coalesce(sum(u.tce), 0) as tce,
                   coalesce(sum(u.tce_equal), 0) as tce_equal, count(*) as units
              from period_indicators i join unit_leaf l on l.unit_id = i.unit_id
              left join unit_tce u on u.unit_id = i.unit_id and u.period_type = i.period_type
                                  and u.period_start = i.period_start
             group by l.dim, l.code, i.period_type, i.period_start, i.class_code, i.item_code),
          up as materialized (select a.dim, a.code, a.ancestor from group_ancestor a),
          energy as (
            insert into group_period_energy (dim, code, period_type, period_start,
                                             energy_type_code, consumed, sent_out, tce,
                                             consumed_tce, tce_equal, consumed_tce_equal, units)
            select up.dim, up.ancestor, l.period_type, l.period_start, l.energy_type_code,
                   sum(l.consumed), sum(l.sent_out), sum(l.tce), sum(l.consumed_tce),
                   sum(l.tce_equal), sum(l.consumed_tce_equal), sum(l.units)
              from leaf l join up on up.dim = l.dim and up.code = l.code
             group by up.dim, up.ancestor, l.period_type, l.period_start, l.energy_type_code),
          totals as (
            insert into group_period_total (dim, code, period_type, period_start, units, tce,
                                            tce_equal)
            select up.dim, up.ancestor, l.period_type, l.period_start, sum(l.units), sum(l.tce),
                   sum(l.tce_equal)
              from leaf_totals l join up on up.dim = l.dim and up.code = l.code
             group by up.dim, up.ancestor, l.period_type, l.period_start)
          insert into group_period_indicator (dim, code, period_type, period_start, class_code,
                                              item_code, amount, tce, tce_equal, units)
          select up.dim, up.ancestor, l.period_type, l.period_start, l.class_code, l.item_code,
                 sum(l.amount), sum(l.tce), sum(l.tce_equal), sum(l.units)
            from leaf_indicators l join up on up.dim = l.dim and up.code = l.code
           group by up.dim, up.ancestor, l.period_type, l.period_start, l.class_code, l.item_code
          """;

  // ---------------------------------------------------------------- group deltas

  private static final String DELTA_ENERGY_COLUMNS =
      "sign, region_code, industry_code, unit_id, period_type, period_start, energy_type_code,"
          + " consumed, sent_out, tce, consumed_tce, tce_equal, consumed_tce_equal";

  private static final String DELTA_INDICATOR_COLUMNS =
      "sign, region_code, industry_code, unit_id, period_type, period_start, class_code,"
          + " item_code, amount, tce, tce_equal";

  /**
   * The comprehensive consumption of indicator row {@code i}'s unit in its period: looked up by the
   * figures' key (the planner cannot estimate the delta's size, and a join of the delta with itself
   * ran as a nested loop over every pair of rows: 120 s for 300 units × 42 days).
   */
  private static final String INDICATOR_TCE =
      """
      coalesce(t.tce, 0), coalesce(t.tce_equal, 0)
        from %s
        left join lateral (
          select sum(e.tce) as tce, sum(e.tce_equal) as tce_equal from unit_period_energy e
           where e.unit_id = i.unit_id and e.period_type = i.period_type
             and e.period_start = i.period_start) t on true
      """;

  /**
   * Copies the units' current figures of the given periods into the delta, with a sign (-1 before
   * they are recomputed, +1 after) and the region and industry each unit counts in. Parameters:
   * sign, units, period types, period starts (one key per position).
   */
  static final String SNAPSHOT =
      """
      with p as (select ?::smallint as sign),
      k as (select distinct unit_id, pt, ps
              from unnest(?::bigint[], ?::char(1)[], ?::date[]) as k(unit_id, pt, ps)),
      e as (
        insert into rollup_delta_energy (%1$s)
        select p.sign, u.region_code, u.industry_code, e.unit_id, e.period_type, e.period_start,
               e.energy_type_code, e.consumed, e.sent_out, e.tce, e.consumed_tce, e.tce_equal,
               e.consumed_tce_equal
          from k cross join p join key_unit u on u.id = k.unit_id
          join unit_period_energy e
            on e.unit_id = k.unit_id and e.period_type = k.pt and e.period_start = k.ps
        returning 1)
      insert into rollup_delta_indicator (%2$s)
      select p.sign, u.region_code, u.industry_code, i.unit_id, i.period_type, i.period_start,
             i.class_code, i.item_code, i.amount, %3$s
      """
          .formatted(
              DELTA_ENERGY_COLUMNS,
              DELTA_INDICATOR_COLUMNS,
              INDICATOR_TCE.formatted(
                  "k cross join p join key_unit u on u.id = k.unit_id join unit_period_indicator i"
                      + " on i.unit_id = k.unit_id and i.period_type = k.pt"
                      + " and i.period_start = k.ps"));

  /**
   * Takes the units moved since the last cycle: every figure of such a unit leaves the region and
   * industry it counted in (the first move's old codes) and joins its current ones. Answers how
   * many units moved.
   */
  static final String TAKE_MOVES =
      """
      with m as materialized (
        select distinct on (unit_id) unit_id, old_region_code, old_industry_code
          from rollup_moved order by unit_id, id),
      leaves as materialized (
        select m.unit_id, -1::smallint as sign, m.old_region_code as region_code,
               m.old_industry_code as industry_code
          from m
        union all
        select m.unit_id, 1::smallint, u.region_code, u.industry_code
          from m join key_unit u on u.id = m.unit_id),
      e as (
        insert into rollup_delta_energy (%1$s)
        select l.sign, l.region_code, l.industry_code, e.unit_id, e.period_type, e.period_start,
               e.energy_type_code, e.consumed, e.sent_out, e.tce, e.consumed_tce, e.tce_equal,
               e.consumed_tce_equal
          from leaves l join unit_period_energy e on e.unit_id = l.unit_id
        returning 1),
      i as (
        insert into rollup_delta_indicator (%2$s)
        select l.sign, l.region_code, l.industry_code, i.unit_id, i.period_type, i.period_start,
               i.class_code, i.item_code, i.amount, %3$s
        returning 1),
      d as (delete from rollup_moved r using m where r.unit_id = m.unit_id returning 1)
      select count(*) from m
      """
          .formatted(
              DELTA_ENERGY_COLUMNS,
              DELTA_INDICATOR_COLUMNS,
              INDICATOR_TCE.formatted(
                  "leaves l join unit_period_indicator i on i.unit_id = l.unit_id"));

  /** The two leaves of a delta row: its unit's region and its unit's industry. */
  private static final String LEAVES =
      "cross join lateral (values ('R'::char(1), %1$s.region_code), ('I'::char(1),"
          + " %1$s.industry_code)) as l(dim, code)";

  /**
   * Adds the delta to every group above the leaves it touches: summed per leaf (differences that
   * cancel out are dropped), then up the tree ({@code group_ancestor}), then added to the groups'
   * rows, which are created where missing. A unit counts +1 in a group where it has figures after
   * the cycle and had none before, -1 the other way round. The comprehensive consumption of the
   * units reporting an indicator was taken with the indicator rows, so it follows their energy
   * figures. Every step reads the delta once and aggregates it by hashing: no join of the delta
   * with itself, whose size the planner cannot know.
   */
  static final String APPLY_DELTAS =
      """
      with unit_tce as materialized (
        select sign, region_code, industry_code, unit_id, period_type, period_start,
               sum(tce) as tce, sum(tce_equal) as tce_equal
          from rollup_delta_energy group by 1, 2, 3, 4, 5, 6),
      leaf_energy as materialized (
        select l.dim, l.code, e.period_type, e.period_start, e.energy_type_code,
               sum(e.sign * e.consumed) as consumed, sum(e.sign * e.sent_out) as sent_out,
               sum(e.sign * e.tce) as tce, sum(e.sign * e.consumed_tce) as consumed_tce,
               sum(e.sign * e.tce_equal) as tce_equal,
               sum(e.sign * e.consumed_tce_equal) as consumed_tce_equal, sum(e.sign) as units
          from rollup_delta_energy e %1$s
         group by 1, 2, 3, 4, 5
        having sum(e.sign) <> 0 or sum(e.sign * e.consumed) <> 0
            or sum(e.sign * e.sent_out) <> 0 or sum(e.sign * e.tce) <> 0
            or sum(e.sign * e.consumed_tce) <> 0 or sum(e.sign * e.tce_equal) <> 0
            or sum(e.sign * e.consumed_tce_equal) <> 0),
      leaf_totals as materialized (
        select l.dim, l.code, u.period_type, u.period_start, sum(u.sign) as units,
               sum(u.sign * u.tce) as tce, sum(u.sign * u.tce_equal) as tce_equal
          from unit_tce u %2$s
         group by 1, 2, 3, 4
        having sum(u.sign) <> 0 or sum(u.sign * u.tce) <> 0 or sum(u.sign * u.tce_equal) <> 0),
      leaf_indicators as materialized (
        select l.dim, l.code, i.period_type, i.period_start, i.class_code, i.item_code,
               sum(i.sign * i.amount) as amount, sum(i.sign * i.tce) as tce,
               sum(i.sign * i.tce_equal) as tce_equal, sum(i.sign) as units
          from rollup_delta_indicator i %3$s
         group by 1, 2, 3, 4, 5, 6
        having sum(i.sign) <> 0 or sum(i.sign * i.amount) <> 0 or sum(i.sign * i.tce) <> 0
            or sum(i.sign * i.tce_equal) <> 0),
      energy as (
        insert into group_period_energy as g (dim, code, period_type, period_start,
                                              energy_type_code, consumed, sent_out, tce,
                                              consumed_tce, tce_equal, consumed_tce_equal, units)
        select a.dim, a.ancestor, l.period_type, l.period_start, l.energy_type_code,
               sum(l.consumed), sum(l.sent_out), sum(l.tce), sum(l.consumed_tce),
               sum(l.tce_equal), sum(l.consumed_tce_equal), sum(l.units)
          from leaf_energy l join group_ancestor a on a.dim = l.dim and a.code = l.code
         group by a.dim, a.ancestor, l.period_type, l.period_start, l.energy_type_code
        on conflict (dim, code, period_type, period_start, energy_type_code) do update
           set consumed = g.consumed + excluded.consumed,
               sent_out = g.sent_out + excluded.sent_out, tce = g.tce + excluded.tce,
               consumed_tce = g.consumed_tce + excluded.consumed_tce,
               tce_equal = g.tce_equal + excluded.tce_equal,
               consumed_tce_equal = g.consumed_tce_equal + excluded.consumed_tce_equal,
               units = g.units + excluded.units
        returning 1),
      totals as (
        insert into group_period_total as g (dim, code, period_type, period_start, units, tce,
                                             tce_equal)
        select a.dim, a.ancestor, l.period_type, l.period_start, sum(l.units), sum(l.tce),
               sum(l.tce_equal)
          from leaf_totals l join group_ancestor a on a.dim = l.dim and a.code = l.code
         group by a.dim, a.ancestor, l.period_type, l.period_start
        on conflict (dim, code, period_type, period_start) do update
           set units = g.units + excluded.units, tce = g.tce + excluded.tce,
               tce_equal = g.tce_equal + excluded.tce_equal, computed_at = now()
        returning 1),
      indicators as (
        insert into group_period_indicator as g (dim, code, period_type, period_start,
                                                 class_code, item_code, amount, tce, tce_equal,
                                                 units)
        select a.dim, a.ancestor, l.period_type, l.period_start, l.class_code, l.item_code,
               sum(l.amount), sum(l.tce), sum(l.tce_equal), sum(l.units)
          from leaf_indicators l join group_ancestor a on a.dim = l.dim and a.code = l.code
         group by a.dim, a.ancestor, l.period_type, l.period_start, l.class_code, l.item_code
        on conflict (dim, code, period_type, period_start, class_code, item_code) do update
           set amount = g.amount + excluded.amount, tce = g.tce + excluded.tce,
               tce_equal = g.tce_equal + excluded.tce_equal, units = g.units + excluded.units
        returning 1)
      select (select count(*) from energy) + (select count(*) from totals)
             + (select count(*) from indicators)
      """
          .formatted(LEAVES.formatted("e"), LEAVES.formatted("u"), LEAVES.formatted("i"));

  /**
   * Follows {@link #APPLY_DELTAS}: removes the group rows no unit counts in any more, of the
   * periods the delta touched, and empties the delta.
   */
  static final String CLEAR_DELTAS =
      """
      with p as materialized (
        select period_type, period_start from rollup_delta_energy
        union
        select period_type, period_start from rollup_delta_indicator),
      e as (delete from group_period_energy g using p
             where g.period_type = p.period_type and g.period_start = p.period_start
               and g.units = 0),
      t as (delete from group_period_total g using p
             where g.period_type = p.period_type and g.period_start = p.period_start
               and g.units = 0),
      i as (delete from group_period_indicator g using p
             where g.period_type = p.period_type and g.period_start = p.period_start
               and g.units = 0),
      x as (delete from rollup_delta_energy),
      y as (delete from rollup_delta_indicator)
      select 1
      """;
}
