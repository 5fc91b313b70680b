package cn.nhjc.province.registry.application;

import java.util.List;

/** One page of a longer list, with the total number of matching items. */
public record PageResult<T>(long total, int page, int size, List<T> items) {}
