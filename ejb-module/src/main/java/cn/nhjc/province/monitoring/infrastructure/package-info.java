/**
 * Monitoring persistence: the PostgreSQL implementations of the application's stores ({@code
 * ReadingStore}, {@code BulkReadings}, {@code RollupStore}, {@code QualityStore}).
 */
package cn.nhjc.province.monitoring.infrastructure;
