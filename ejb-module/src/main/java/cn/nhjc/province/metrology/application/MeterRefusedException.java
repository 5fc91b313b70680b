package cn.nhjc.province.metrology.application;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * A meter (or an import) refused with its reasons; nothing was stored. A bad request to the API, a
 * message on the page.
 */
@ApplicationException(rollback = true)
public class MeterRefusedException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final List<String> reasons;

  public MeterRefusedException(List<String> reasons) {
    super(String.join("；", reasons));
    this.reasons = List.copyOf(reasons);
  }

  public List<String> reasons() {
    return reasons;
  }
}
