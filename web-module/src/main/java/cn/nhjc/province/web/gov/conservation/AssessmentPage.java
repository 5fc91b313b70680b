package cn.nhjc.province.web.gov.conservation;

import cn.nhjc.province.batch.admin.BatchJobs;
import cn.nhjc.province.conservation.application.AssessmentDto;
import cn.nhjc.province.conservation.application.Assessments;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The target-responsibility assessment (gov/conservation/assessment.xhtml): the newest frozen
 * results of a year in scope, their XLSX (the API's), and starting a new run (province officials
 * and administrators).
 */
@Named
@ViewScoped
public class AssessmentPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @EJB private Assessments assessments;
  @EJB private BatchJobs jobs;

  private int year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
  private String level;
  private List<AssessmentDto> results;
  private String unit;
  private List<Assessments.Measure> sheet = List.of();
  private Map<String, BigDecimal> points = new HashMap<>();

  @PostConstruct
  void init() {
    refresh();
  }

  public void refresh() {
    results = assessments.results(year, level);
  }

  public void start() {
    try {
      long id = jobs.startAssessment(String.valueOf(year));
      message(FacesMessage.SEVERITY_INFO, "target-assessment #" + id);
    } catch (IllegalArgumentException | EJBAccessException e) {
      error(e.getMessage());
    }
  }

  /** The scoring sheet of the unit named, with the points entered for the year. */
  public void loadSheet() {
    try {
      sheet = assessments.measures(unit == null ? null : unit.trim(), year);
      points = new HashMap<>();
      sheet.forEach(measure -> points.put(measure.code(), measure.points()));
    } catch (IllegalArgumentException | EJBAccessException e) {
      sheet = List.of();
      error(e.getMessage());
    }
  }

  /** Enters the sheet's points; nothing is stored when one is refused. */
  public void saveSheet() {
    try {
      sheet = assessments.enterMeasures(unit.trim(), year, new HashMap<>(points));
      message(FacesMessage.SEVERITY_INFO, "已保存 " + unit);
    } catch (IllegalArgumentException | EJBAccessException e) {
      error(e.getMessage());
    }
  }

  private static void error(String text) {
    message(FacesMessage.SEVERITY_ERROR, text);
  }

  private static void message(FacesMessage.Severity severity, String text) {
    FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
  }

  public String getUnit() {
    return unit;
  }

  public void setUnit(String unit) {
    this.unit = unit;
  }

  public List<Assessments.Measure> getSheet() {
    return sheet;
  }

  public Map<String, BigDecimal> getPoints() {
    return points;
  }

  public List<AssessmentDto> getResults() {
    return results;
  }

  public int getYear() {
    return year;
  }

  public void setYear(int year) {
    this.year = year;
  }

  public String getLevel() {
    return level;
  }

  public void setLevel(String level) {
    this.level = level == null || level.isBlank() ? null : level;
  }
}
