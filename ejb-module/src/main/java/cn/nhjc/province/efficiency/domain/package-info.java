/**
 * The pure rules of efficiency analysis: peer distributions and percentiles, savings, policy
 * levels.
 */
package cn.nhjc.province.efficiency.domain;
