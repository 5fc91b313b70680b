package cn.nhjc.province.web.api;

import cn.nhjc.province.registry.application.PageResult;
import java.util.List;

/**
 * The API's one paging style: query parameters {@code page} (0-based, default 0) and {@code size}
 * (1 to {@value #MAX_SIZE}, default {@value #DEFAULT_SIZE}); the answer {@code {"page", "size",
 * "total", "items"}}. Anything else is a bad request.
 */
final class Paging {
  static final String DEFAULT_PAGE = "0";
  static final String DEFAULT_SIZE = "50";
  static final int MAX_SIZE = 500;
  static final String PAGE_DESCRIPTION = "0-based page number";
  static final String SIZE_DESCRIPTION = "items per page, 1 to 500";

  private Paging() {}

  /** Refuses a page below 0 or a size outside 1 to {@value #MAX_SIZE}. */
  static void check(int page, int size) {
    if (page < 0 || size < 1 || size > MAX_SIZE) {
      throw new IllegalArgumentException("page must be ≥ 0 and size between 1 and " + MAX_SIZE);
    }
  }

  /** One page of a list that is read whole. */
  static <T> PageResult<T> of(List<T> all, int page, int size) {
    check(page, size);
    long from = (long) page * size;
    List<T> items =
        from >= all.size()
            ? List.of()
            : List.copyOf(all.subList((int) from, (int) Math.min(all.size(), from + size)));
    return new PageResult<>(all.size(), page, size, items);
  }
}
