package cn.nhjc.province.web.gov.efficiency;

import cn.nhjc.province.monitoring.domain.StatPeriod;
import cn.nhjc.province.web.common.PeriodChoices;
import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.List;

/**
 * What the efficiency pages share: the period of the address (default the last complete month;
 * months, quarters and years offered) and a bad parameter shown as the page's message.
 */
public abstract class EfficiencyPage {
  private static final int MONTHS_OFFERED = 13;
  private static final int QUARTERS_OFFERED = 5;
  private static final int YEARS_OFFERED = 2;

  private String period;

  /** The view action. */
  public void load() {
    if (period == null || period.isBlank()) {
      period = StatPeriod.defaultPeriod().toString();
    }
    refusalShown(() -> read(StatPeriod.parse(period)));
  }

  protected abstract void read(StatPeriod period);

  /**
   * Runs the action; a bad argument, thrown here or by a service (wrapped), becomes the page's
   * message, anything else goes on.
   */
  static void refusalShown(Runnable action) {
    try {
      action.run();
    } catch (IllegalArgumentException e) {
      message(e);
    } catch (EJBException e) {
      if (!(e.getCause() instanceof IllegalArgumentException bad)) {
        throw e;
      }
      message(bad);
    }
  }

  private static void message(IllegalArgumentException e) {
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
  }

  public List<String> getPeriods() {
    return PeriodChoices.backFrom(
        StatPeriod.lastCompleteMonth(), MONTHS_OFFERED, QUARTERS_OFFERED, YEARS_OFFERED);
  }

  public String getPeriod() {
    return period;
  }

  public void setPeriod(String period) {
    this.period = period;
  }
}
