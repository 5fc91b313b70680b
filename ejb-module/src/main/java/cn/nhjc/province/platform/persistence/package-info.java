/** Schema migrations (Flyway) and the reference-file reader. */
package cn.nhjc.province.platform.persistence;
