package cn.nhjc.province.platform.notice;

import java.util.List;

/** One page of a caller's notices, newest first, and how many there are in all. */
public record NoticePage(long total, int page, int size, List<Notice> items) {}
