/** Monitoring: readings, stat types and the protocol's calendar rules. */
package cn.nhjc.province.monitoring.domain;
