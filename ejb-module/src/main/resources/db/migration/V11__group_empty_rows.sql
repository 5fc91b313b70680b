-- Each rollup cycle removes the group rows no unit counts in any more (units = 0) of the periods it
-- touched. Such rows exist only between the two statements of a cycle; these partial indexes find
-- them without reading every group row of the period (a sequential scan of ~700,000 rows took
-- 80 ms on a quiet machine and most of a live cycle under load).
create index group_period_energy_empty_idx
    on group_period_energy (period_type, period_start) where units = 0;
create index group_period_total_empty_idx
    on group_period_total (period_type, period_start) where units = 0;
create index group_period_indicator_empty_idx
    on group_period_indicator (period_type, period_start) where units = 0;
