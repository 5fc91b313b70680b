/**
 * Registry services: the province's regions and key units, scoped to the caller; list and device
 * imports, device keys.
 */
package cn.nhjc.province.registry.application;
