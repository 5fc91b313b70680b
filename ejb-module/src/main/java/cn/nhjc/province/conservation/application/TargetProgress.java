package cn.nhjc.province.conservation.application;

import cn.nhjc.province.conservation.domain.TargetKind;
import cn.nhjc.province.conservation.domain.TargetLevel;
import cn.nhjc.province.monitoring.domain.StatType;
import cn.nhjc.province.platform.config.PlatformConfig;
import cn.nhjc.province.platform.config.PlatformSettings;
import cn.nhjc.province.platform.security.CurrentCaller;
import cn.nhjc.province.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Progress of the dual-control targets of a year (docs/conservation.md): for every holder of an
 * issued annual target in the caller's scope, the consumption or intensity to date, the target
 * prorated to date, the completion beside the time elapsed, the year-end forecast with its interval
 * and the warning level. A city official sees the city and what lies below it.
 */
@Stateless
@RolesAllowed({
  Roles.PROVINCE_OFFICIAL,
  Roles.CITY_OFFICIAL,
  Roles.SUPERVISOR,
  Roles.PLATFORM_ADMIN
})
public class TargetProgress {

  @PersistenceContext private EntityManager em;
  @EJB private CurrentCaller caller;
  @EJB private PlatformSettings settings;
  @Inject private PlatformConfig config;

  /**
   * @param level {@code null}: every level; otherwise province, city, county or unit
   * @param kind {@code null}: both kinds
   */
  public List<ProgressRow> progress(Integer year, String level, String kind) {
    requireYear(year);
    String prefix = caller.requireScope().regionPrefix(config.provinceCode());
    if (prefix == null) {
      throw new EJBAccessException("the caller's scope holds no region");
    }
    List<String> levels = new ArrayList<>();
    if (level == null || level.isBlank()) {
      for (TargetLevel each : TargetLevel.values()) {
        levels.add(each.code());
      }
    } else {
      levels.add(TargetLevel.of(level.trim()).code());
    }
    String kindCode = kind == null || kind.isBlank() ? null : TargetKind.of(kind.trim()).code();
    return calculator(em, settings, today()).progress(year, levels, prefix, null, kindCode);
  }

  /** The progress as XLSX, the columns of {@link ProgressRow}. */
  public byte[] exportXlsx(Integer year, String level, String kind) {
    List<List<Object>> rows = new ArrayList<>();
    for (ProgressRow r : progress(year, level, kind)) {
      List<Object> values = new ArrayList<>();
      values.add(r.level());
      values.add(r.code());
      values.add(r.name());
      values.add(r.kind());
      values.add(r.target());
      values.add(r.months());
      values.add(r.actualToDate());
      values.add(r.expectedToDate());
      values.add(r.completion());
      values.add(r.timeElapsed());
      values.add(r.forecast());
      values.add(r.forecastLow());
      values.add(r.forecastHigh());
      values.add(r.warningLabel());
      rows.add(values);
    }
    return SimpleXlsx.write(
        "目标进度",
        List.of(
            "层级", "代码", "名称", "类型", "目标", "月数", "累计实际", "应完成进度", "完成率", "时间进度", "年末预测", "预测下限",
            "预测上限", "预警等级"),
        rows);
  }

  /** A year is required (the role check comes first, as for every other refusal). */
  static void requireYear(Integer year) {
    if (year == null) {
      throw new IllegalArgumentException("year is required (yyyy)");
    }
    if (year < 2000 || year > 2100) {
      throw new IllegalArgumentException("year must lie between 2000 and 2100: " + year);
    }
  }

  static LocalDate today() {
    return LocalDate.now(StatType.CALENDAR_ZONE);
  }

  static ProgressCalculator calculator(
      EntityManager em, PlatformSettings settings, LocalDate today) {
    return new ProgressCalculator(
        em,
        new ProgressCalculator.Inputs(
            ConservationSettings.warning(settings),
            ConservationSettings.interval(settings),
            ConservationSettings.profileYears(settings),
            ConservationSettings.equalValue(settings),
            ConservationSettings.valueAddedItem(settings),
            today.withDayOfMonth(1)));
  }
}
