/**
 * Monitoring services: storing readings, rollups, data quality, closing, the overview; and the
 * stores they need ({@link cn.nhjc.province.monitoring.application.ReadingStore}, {@link
 * cn.nhjc.province.monitoring.application.BulkReadings}, {@link
 * cn.nhjc.province.monitoring.application.RollupStore}, {@link
 * cn.nhjc.province.monitoring.application.QualityStore}) as interfaces that infrastructure
 * implements.
 */
package cn.nhjc.province.monitoring.application;
