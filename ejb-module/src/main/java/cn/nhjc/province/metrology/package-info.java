/**
 * Metrology (Part 9 §4.2.3 计量管理, §4.3.3): meter configuration and maintenance. Reserved, empty. May
 * depend on platform, registry and monitoring; exchange may depend on it (ContextDependenciesTest).
 */
package cn.nhjc.province.metrology;
