/**
 * Metrology (Part 9 §4.2.3 计量管理, §4.3.3 计量器具管理): the enterprise meter registry with its history,
 * meter exchanges, the GB 17167 rules as reference data, each unit's compliance report
 * (configuration rates, accuracy, calibration validity), the government summary and the daily
 * calibration reminders. Depends on platform, registry and monitoring; exchange may depend on it
 * (ContextDependenciesTest). See docs/metrology.md.
 */
package cn.nhjc.province.metrology;
