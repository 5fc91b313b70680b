/** Monitoring persistence: PostgreSQL statements of readings (merge, COPY), rollups and quality. */
package cn.nhjc.province.monitoring.infrastructure;
