/**
 * Efficiency analysis (Part 9 §4.2.2, §4.3.2): trends, benchmarking, regional evaluation,
 * efficiency leaders. Reserved, empty. May depend on platform, registry and monitoring; exchange
 * may depend on it (ContextDependenciesTest).
 */
package cn.nhjc.province.efficiency;
