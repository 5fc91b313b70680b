/**
 * Efficiency analysis (Part 9 §4.2.2, §4.3.2): indicators per unit and period, limit-standard
 * grades, policy levels, peer benchmarking (docs/efficiency.md). May depend on platform, registry
 * and monitoring; exchange may depend on it (ContextDependenciesTest).
 */
package cn.nhjc.province.efficiency;
