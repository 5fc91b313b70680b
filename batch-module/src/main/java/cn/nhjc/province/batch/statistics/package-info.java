/** The periodic statistics job: recompute, data quality, close a day or month. */
package cn.nhjc.province.batch.statistics;
