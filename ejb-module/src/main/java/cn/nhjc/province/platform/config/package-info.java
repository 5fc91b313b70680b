/** Deployment configuration (province, demo settings). */
package cn.nhjc.province.platform.config;
