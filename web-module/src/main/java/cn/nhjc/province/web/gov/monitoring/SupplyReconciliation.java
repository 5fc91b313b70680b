package cn.nhjc.province.web.gov.monitoring;

import cn.nhjc.province.exchange.application.EnergyTypeOption;
import cn.nhjc.province.exchange.application.Reconciliation;
import cn.nhjc.province.exchange.application.ReconciliationReport;
import cn.nhjc.province.monitoring.domain.StatPeriod;
import cn.nhjc.province.monitoring.domain.StatType;
import cn.nhjc.province.web.common.MonthChoices;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.YearMonth;
import java.util.List;

/**
 * The supply reconciliation page (gov/monitoring/reconciliation.xhtml): suppliers' figures against
 * the units' reported purchases for a month and an energy type.
 */
@Named
@ViewScoped
public class SupplyReconciliation implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final int MONTHS_OFFERED = 13;

  @EJB private Reconciliation reconciliation;

  private String month;
  private String energyType;
  private List<EnergyTypeOption> energyTypes;
  private ReconciliationReport report;

  @PostConstruct
  void init() {
    month = StatPeriod.lastCompleteMonth().toString();
    energyTypes = reconciliation.suppliedEnergyTypes();
    energyType = energyTypes.isEmpty() ? null : energyTypes.get(0).code();
    load();
  }

  public void load() {
    report =
        energyType == null ? null : reconciliation.reconcile(YearMonth.parse(month), energyType);
  }

  public List<String> getMonths() {
    return MonthChoices.backFrom(YearMonth.now(StatType.CALENDAR_ZONE), MONTHS_OFFERED);
  }

  public String getMonth() {
    return month;
  }

  public void setMonth(String month) {
    this.month = month;
  }

  public String getEnergyType() {
    return energyType;
  }

  public void setEnergyType(String energyType) {
    this.energyType = energyType;
  }

  public List<EnergyTypeOption> getEnergyTypes() {
    return energyTypes;
  }

  public ReconciliationReport getReport() {
    return report;
  }
}
