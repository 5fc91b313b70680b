package cn.nhjc.province.web.ent;

import cn.nhjc.province.monitoring.application.QualityAlarms;
import cn.nhjc.province.monitoring.application.statistics.Figures;
import cn.nhjc.province.monitoring.application.statistics.Statistics;
import cn.nhjc.province.monitoring.domain.StatPeriod;
import cn.nhjc.province.platform.security.CallerScope;
import cn.nhjc.province.platform.security.CurrentCaller;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The enterprise's own figures of last month and its open quality alarms (ent/index.xhtml). */
@Named
@ViewScoped
public class OwnFigures implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final int ALARMS_SHOWN = 50;

  @EJB private Statistics statistics;
  @EJB private QualityAlarms quality;
  @EJB private CurrentCaller caller;

  private Figures figures;
  private List<QualityAlarms.Alarm> alarms = List.of();

  @PostConstruct
  void init() {
    CallerScope scope = caller.scope();
    if (scope.kind() == CallerScope.Kind.ENTERPRISE) {
      figures = statistics.unit(scope.creditCode(), StatPeriod.defaultPeriod(), null);
      alarms = quality.alarms("open", 0, ALARMS_SHOWN).items();
    }
  }

  public Figures getFigures() {
    return figures;
  }

  public List<QualityAlarms.Alarm> getAlarms() {
    return alarms;
  }
}
