package cn.nhjc.province.web.api;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The paging parameters of a list operation ({@code @BeanParam}): {@code page} and {@code size} as
 * {@link Paging} defines them, checked when read, so that a bad value is a bad request.
 */
public class PageRequest {
  @Parameter(description = Paging.PAGE_DESCRIPTION)
  @QueryParam("page")
  @DefaultValue(Paging.DEFAULT_PAGE)
  private int page;

  @Parameter(description = Paging.SIZE_DESCRIPTION)
  @QueryParam("size")
  @DefaultValue(Paging.DEFAULT_SIZE)
  private int size;

  public PageRequest() {}

  PageRequest(int page, int size) {
    this.page = page;
    this.size = size;
  }

  /** The page, 0 or more. */
  public int page() {
    Paging.check(page, size);
    return page;
  }

  /** The size, 1 to {@value Paging#MAX_SIZE}. */
  public int size() {
    Paging.check(page, size);
    return size;
  }
}
