/** Registry: regions, industries, key units and their rules (credit codes). */
package cn.nhjc.province.registry.domain;
