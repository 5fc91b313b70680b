package cn.nhjc.province.monitoring.infrastructure;

/**
 * What the data-quality index measures, for many units and one day or month. Items are the units'
 * current collect-item configuration, each expected from the day it began to be collected ({@code
 * collecting_since}); readings are found through the primary key (unit, dataCode, statType,
 * statDate), item by item.
 *
 * <p>The readings of an item are read in a lateral subquery that is not pulled up ({@code offset
 * 0}): the planner costs a join into the partitioned {@code reading} as if each item probed all its
 * partitions (pruning happens only when the query runs), and for 500 units and a month it would
 * rather scan them whole: 26 s for one chunk of the statistics job against 2.5 s with the lateral
 * subquery (docs/benchmarks.md, "What we tried", 2026-12-06).
 */
final class QualitySql {

  private QualitySql() {}

  /**
   * Parameters: period start, period end (exclusive), period type, real-time slots per day, daily
   * deadline (interval), monthly deadline (interval), gap look-back (days), units.
   */
  static final String MEASURE =
      """
      with p as (select ?::date as ps, ?::date as pe, ?::char(1) as pt, ?::int as slots,
                        ?::interval as daily_deadline, ?::interval as monthly_deadline,
                        ?::int as lookback),
      u as (select unnest(?::bigint[]) as unit_id),
      items as (
        select ci.unit_id, ci.data_code, ci.stat_type,
               greatest(p.ps, coalesce(ci.collecting_since, p.ps)) as since
          from collect_item ci join u on u.unit_id = ci.unit_id cross join p
         where ci.stat_type in (0, 1) or (ci.stat_type = 2 and p.pt = 'M')),
      expected as (
        select i.unit_id,
               sum(case i.stat_type when 0 then greatest(p.pe - i.since, 0) * p.slots
                                    when 1 then greatest(p.pe - i.since, 0)
                                    else case when i.since = p.ps then 1 else 0 end end)
                 as expected
          from items i cross join p group by i.unit_id),
      got as (
        select i.unit_id, r.data_code, r.stat_type, r.stat_date, r.received_at
          from items i cross join p
          cross join lateral (
            select r.data_code, r.stat_type, r.stat_date, r.received_at from reading r
             where r.unit_id = i.unit_id and r.data_code = i.data_code
               and r.stat_type = i.stat_type
               and r.stat_date >= p.ps::timestamp at time zone 'Asia/Shanghai'
               and r.stat_date < p.pe::timestamp at time zone 'Asia/Shanghai'
            offset 0) r),
      first_seen as (
        select v.unit_id, v.data_code, v.stat_type, v.stat_date, min(v.received_at) as received_at
          from reading_revision v join u on u.unit_id = v.unit_id cross join p
         where v.stat_date >= p.ps::timestamp at time zone 'Asia/Shanghai'
           and v.stat_date < p.pe::timestamp at time zone 'Asia/Shanghai'
         group by 1, 2, 3, 4),
      arrivals as (
        select g.unit_id,
               least(g.received_at, f.received_at) <=
                 case when g.stat_type = 2
                      then ((g.stat_date at time zone 'Asia/Shanghai') + interval '1 month')
                           at time zone 'Asia/Shanghai' + p.monthly_deadline
                      else (date_trunc('day', g.stat_date at time zone 'Asia/Shanghai')
                            + interval '1 day') at time zone 'Asia/Shanghai' + p.daily_deadline
                 end as on_time
          from got g cross join p
          left join first_seen f using (unit_id, data_code, stat_type, stat_date)),
      received as (
        select unit_id, count(*) as received, count(*) filter (where on_time) as on_time
          from arrivals group by unit_id),
      daily_items as (
        select i.unit_id, i.data_code,
               greatest(p.ps - p.lookback,
                        (select (min(r.stat_date) at time zone 'Asia/Shanghai')::date
                           from reading r
                          where r.unit_id = i.unit_id and r.data_code = i.data_code
                            and r.stat_type = 1)) as first_day
          from items i cross join p where i.stat_type = 1),
      present as (
        select d.unit_id, d.data_code, (r.stat_date at time zone 'Asia/Shanghai')::date as day
          from daily_items d cross join p
          join reading r on r.unit_id = d.unit_id and r.data_code = d.data_code and r.stat_type = 1
                        and r.stat_date >= d.first_day::timestamp at time zone 'Asia/Shanghai'
                        and r.stat_date < p.pe::timestamp at time zone 'Asia/Shanghai'),
      series as (
        select d.unit_id, d.data_code, s.day::date as day, pr.day is not null as present
          from daily_items d cross join p
          cross join lateral generate_series(coalesce(d.first_day, p.ps), p.pe - 1,
                                             interval '1 day') as s(day)
          left join present pr on pr.unit_id = d.unit_id and pr.data_code = d.data_code
                              and pr.day = s.day::date),
      runs as (
        select unit_id, data_code, day, present,
               day - (row_number() over (partition by unit_id, data_code, present
                                         order by day))::int as run
          from series),
      gaps as (
        select unit_id, data_code, count(*) as days, max(day) as last_day
          from runs where not present group by unit_id, data_code, run),
      longest as (
        select distinct on (g.unit_id) g.unit_id, g.days, g.data_code
          from gaps g cross join p where g.last_day >= p.ps
         order by g.unit_id, g.days desc, g.data_code)
      select u.unit_id, coalesce(e.expected, 0), coalesce(r.received, 0), coalesce(r.on_time, 0),
             coalesce(l.days, 0), l.data_code
        from u
        left join expected e on e.unit_id = u.unit_id
        left join received r on r.unit_id = u.unit_id
        left join longest l on l.unit_id = u.unit_id
      """;

  /** Parameters: month start, units. Items configured both daily and monthly. */
  static final String DEVIATIONS =
      """
      with p as (select ?::date as ps),
      u as (select unnest(?::bigint[]) as unit_id)
      select m.unit_id, m.data_code, m.value, sum(d.value)
        from u cross join p
        join collect_item cm on cm.unit_id = u.unit_id and cm.stat_type = 2
        join collect_item cd on cd.unit_id = u.unit_id and cd.data_code = cm.data_code
                            and cd.stat_type = 1
        join reading m on m.unit_id = u.unit_id and m.data_code = cm.data_code and m.stat_type = 2
                      and m.stat_date = p.ps::timestamp at time zone 'Asia/Shanghai'
        join reading d on d.unit_id = u.unit_id and d.data_code = cm.data_code and d.stat_type = 1
                      and d.stat_date >= p.ps::timestamp at time zone 'Asia/Shanghai'
                      and d.stat_date < (p.ps + interval '1 month')::timestamp
                                        at time zone 'Asia/Shanghai'
       group by m.unit_id, m.data_code, m.value
      """;

  /** Parameters per unit: unit, period type, start, expected, received, completeness, … */
  static final String SAVE_INDEX =
      """
      insert into data_quality (unit_id, period_type, period_start, expected, received,
                                completeness, on_time, timeliness, max_deviation,
                                longest_gap_days, passed)
      values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
      on conflict (unit_id, period_type, period_start) do update set
        expected = excluded.expected, received = excluded.received,
        completeness = excluded.completeness, on_time = excluded.on_time,
        timeliness = excluded.timeliness, max_deviation = excluded.max_deviation,
        longest_gap_days = excluded.longest_gap_days, passed = excluded.passed,
        computed_at = now()
      """;

  /** A breach raises an alarm once; a later run updates what it measured and re-opens it. */
  static final String RAISE_ALARM =
      """
      insert into quality_alarm (unit_id, period_type, period_start, rule, subject, measured,
                                 threshold, detail)
      values (?, ?, ?, ?, ?, ?, ?, ?)
      on conflict (unit_id, period_type, period_start, rule, subject) do update set
        measured = excluded.measured, threshold = excluded.threshold, detail = excluded.detail,
        status = 'open', resolved_at = null
      """;

  /** Parameters: units, period type, start, then the (unit|rule|subject) keys still breached. */
  static final String RESOLVE_OTHERS =
      """
      update quality_alarm set status = 'resolved', resolved_at = now()
       where unit_id = any (?::bigint[]) and period_type = ? and period_start = ?
         and status = 'open'
         and not (unit_id || '|' || rule || '|' || subject = any (?::varchar[]))
      """;
}
