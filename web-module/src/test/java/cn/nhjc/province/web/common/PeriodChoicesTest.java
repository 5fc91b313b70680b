package cn.nhjc.province.web.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class PeriodChoicesTest {

  @Test
  void months_then_the_quarters_and_years_holding_them_newest_first() {
    assertEquals(
        List.of("2026-02", "2026-01", "2025-12", "2026-Q1", "2025-Q4", "2026", "2025"),
        PeriodChoices.backFrom(YearMonth.of(2026, 2), 3, 2, 2));
  }
}
