/**
 * Conservation management (Part 9 §4.2.3): dual-control targets in revisions, the policy rules that
 * take energy out of the total, progress with the year-end forecast and the barometer's warnings,
 * and the target-responsibility assessment (docs/conservation.md). May depend on platform, registry
 * and monitoring; exchange may depend on it (ContextDependenciesTest).
 */
package cn.nhjc.province.conservation;
