/**
 * Statistics reports (能耗统计表) of regions, industries and units as XLSX workbooks: the figures of
 * {@link cn.nhjc.province.monitoring.application.statistics.Statistics}, in the caller's scope,
 * with the period, the electricity convention, the units of measure and the data snapshot they were
 * computed from.
 */
package cn.nhjc.province.monitoring.application.reports;
