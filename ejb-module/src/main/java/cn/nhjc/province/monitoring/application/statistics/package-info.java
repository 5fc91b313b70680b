/** Reading the rollups: GB/T 2589 figures of units, regions and industries per period. */
package cn.nhjc.province.monitoring.application.statistics;
