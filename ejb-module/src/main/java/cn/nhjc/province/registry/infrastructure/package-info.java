/** Registry files: reading imported lists (CSV, XLSX) and writing their templates. */
package cn.nhjc.province.registry.infrastructure;
