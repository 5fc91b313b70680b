/**
 * Efficiency analysis (Part 9 §4.2.2, §4.3.2): trends, benchmarking, regional evaluation,
 * efficiency leaders.
 */
package cn.nhjc.province.efficiency;
