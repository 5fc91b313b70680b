/**
 * Conservation management (Part 9 §4.2.3): dual-control targets, forecasts and warnings,
 * assessment, filing, projects, supervision.
 */
package cn.nhjc.province.conservation;
