/**
 * Registry files: reading imported lists (CSV, XLSX) and writing their templates, behind {@link
 * cn.nhjc.province.registry.application.ImportFiles}.
 */
package cn.nhjc.province.registry.infrastructure;
