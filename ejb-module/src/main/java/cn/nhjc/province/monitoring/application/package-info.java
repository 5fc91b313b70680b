/** Monitoring services: storing uploads, monthly rollups, the overview. */
package cn.nhjc.province.monitoring.application;
