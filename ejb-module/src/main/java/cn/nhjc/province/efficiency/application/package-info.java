/**
 * The efficiency services: the refresh that computes each period's indicators and peer
 * distributions from the rollups, and the scoped reads of units' indicators and benchmarks.
 */
package cn.nhjc.province.efficiency.application;
