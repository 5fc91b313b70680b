/** Roles, the caller's data scope and the rules of region codes. */
package cn.nhjc.province.platform.security;
