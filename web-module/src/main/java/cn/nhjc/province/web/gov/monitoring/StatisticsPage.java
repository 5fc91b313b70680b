package cn.nhjc.province.web.gov.monitoring;

import cn.nhjc.province.monitoring.domain.ElectricityConvention;
import cn.nhjc.province.monitoring.domain.StatPeriod;
import cn.nhjc.province.web.common.PeriodChoices;
import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.List;

/**
 * What the statistics pages share: the period and electricity convention taken from the address
 * (default: the last complete month and the province's setting), the periods offered, and a bad
 * parameter shown as the page's message instead of an error page.
 */
abstract class StatisticsPage {
  private static final int MONTHS_OFFERED = 13;
  private static final int QUARTERS_OFFERED = 5;
  private static final int YEARS_OFFERED = 2;

  private String period;
  private String convention;

  /** The view action: fills the default period, then {@link #read}. */
  public void load() {
    if (period == null || period.isBlank()) {
      period = StatPeriod.defaultPeriod().toString();
    }
    try {
      read();
    } catch (IllegalArgumentException e) {
      message(e);
    } catch (EJBException e) {
      // a service's bad-argument answer arrives wrapped; anything else is a server error
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

  /** Reads the page's figures for {@link #getPeriod} and {@link #getConvention}. */
  protected abstract void read();

  /** The period of the address, parsed; a malformed one is the page's message. */
  protected StatPeriod chosenPeriod() {
    return StatPeriod.parse(period);
  }

  /** The convention of the address, parsed; none: the province's setting. */
  protected ElectricityConvention chosenConvention() {
    return convention == null || convention.isBlank()
        ? null
        : ElectricityConvention.ofSetting(convention);
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

  public String getConvention() {
    return convention;
  }

  public void setConvention(String convention) {
    this.convention = convention;
  }
}
