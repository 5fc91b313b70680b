package cn.nhjc.province.web.ent;

import cn.nhjc.province.conservation.application.AssessmentDto;
import cn.nhjc.province.conservation.application.Assessments;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/** The unit's own assessment results (ent/assessment.xhtml); the EJB keeps it to its unit. */
@Named
@RequestScoped
public class OwnAssessment {

  @EJB private Assessments assessments;

  private Integer year;
  private List<AssessmentDto> results;

  public void load() {
    if (year == null) {
      year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
    }
    results = assessments.results(year, "unit");
  }

  public List<AssessmentDto> getResults() {
    return results;
  }

  public Integer getYear() {
    return year;
  }

  public void setYear(Integer year) {
    this.year = year;
  }
}
