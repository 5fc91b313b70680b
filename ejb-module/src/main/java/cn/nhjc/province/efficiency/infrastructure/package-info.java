/** The efficiency context's storage: PostgreSQL. */
package cn.nhjc.province.efficiency.infrastructure;
