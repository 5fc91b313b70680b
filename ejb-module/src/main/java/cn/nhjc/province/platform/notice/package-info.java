/**
 * Notices (通知): a message from the platform or an official to a unit (its enterprise users) or to
 * the officials of one role in a region, of a kind from the {@code notice_kind} dictionary, about
 * an object of a context (one open notice per kind and object), with each recipient's read and
 * acknowledged state ({@link cn.nhjc.province.platform.notice.Notices}).
 */
package cn.nhjc.province.platform.notice;
