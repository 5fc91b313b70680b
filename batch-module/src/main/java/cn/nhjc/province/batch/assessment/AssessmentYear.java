package cn.nhjc.province.batch.assessment;

import cn.nhjc.province.monitoring.domain.StatType;
import java.time.LocalDate;

/** The job parameter {@code year}: yyyy; default the previous year (Asia/Shanghai). */
public final class AssessmentYear {

  private AssessmentYear() {}

  public static int of(String parameter) {
    if (parameter == null || parameter.isBlank()) {
      return LocalDate.now(StatType.CALENDAR_ZONE).getYear() - 1;
    }
    String text = parameter.trim();
    if (!text.matches("\\d{4}")) {
      throw new IllegalArgumentException("year must be yyyy: " + text);
    }
    int year = Integer.parseInt(text);
    if (year < 2000 || year > 2100) {
      throw new IllegalArgumentException("year must lie between 2000 and 2100: " + text);
    }
    return year;
  }
}
