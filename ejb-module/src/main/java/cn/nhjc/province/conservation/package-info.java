/**
 * Conservation management (Part 9 §4.2.3): dual-control targets, forecasts and warnings,
 * assessment, filing, projects, supervision. Reserved, empty. May depend on platform, registry and
 * monitoring; exchange may depend on it (ContextDependenciesTest).
 */
package cn.nhjc.province.conservation;
