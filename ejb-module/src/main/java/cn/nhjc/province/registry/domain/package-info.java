/** Registry: regions, industries, key units and their rules (credit codes, the key-unit list). */
package cn.nhjc.province.registry.domain;
