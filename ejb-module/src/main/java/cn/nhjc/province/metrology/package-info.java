/** Metrology (Part 9 §4.2.3 计量管理, §4.3.3): meter configuration and maintenance. */
package cn.nhjc.province.metrology;
