/** Monitoring persistence: JDBC writes of readings (upsert, COPY). */
package cn.nhjc.province.monitoring.infrastructure;
