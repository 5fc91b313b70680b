/** Registry services: the province's regions and key units, scoped to the caller. */
package cn.nhjc.province.registry.application;
