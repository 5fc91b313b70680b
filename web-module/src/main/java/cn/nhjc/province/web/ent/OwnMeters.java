package cn.nhjc.province.web.ent;

import cn.nhjc.province.metrology.application.MetrologyCompliance;
import cn.nhjc.province.metrology.application.UnitCompliance;
import cn.nhjc.province.web.common.MeterForm;
import cn.nhjc.province.web.common.MeterRegistryView;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

/**
 * The enterprise's meter registry (ent/metrology.xhtml): its compliance report, the meters due and
 * overdue for calibration, the registry with its form, history, import and export.
 */
@Named
@ViewScoped
public class OwnMeters extends MeterRegistryView {
  private static final long serialVersionUID = 1L;

  @EJB private MetrologyCompliance compliance;

  private MeterForm form;
  private UnitCompliance report;

  @Override
  public MeterForm getForm() {
    if (form == null) {
      form = new MeterForm(registry.ownCreditCode());
    }
    return form;
  }

  @Override
  public boolean isEditable() {
    return true;
  }

  /** The unit's GB 17167 report, today. */
  public UnitCompliance getReport() {
    if (report == null) {
      report = compliance.unitReport(getForm().getCreditCode(), MetrologyCompliance.asOf(null));
    }
    return report;
  }

  @Override
  protected void saved() {
    report = null;
  }
}
