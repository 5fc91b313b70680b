package cn.nhjc.province.conservation.application;

import cn.nhjc.province.conservation.domain.WarningLevel;
import cn.nhjc.province.platform.config.PlatformConfig;
import cn.nhjc.province.platform.config.PlatformSettings;
import cn.nhjc.province.platform.notice.NoticeDraft;
import cn.nhjc.province.platform.notice.NoticeRecipient;
import cn.nhjc.province.platform.notice.NoticeSeverity;
import cn.nhjc.province.platform.notice.Notices;
import cn.nhjc.province.platform.security.RegionCodes;
import cn.nhjc.province.platform.security.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Watches the warning levels (晴雨表): remembers each holder's last level and, when it changes, sends
 * a notice of kind {@code target-warning} to the officials of the holder's region (province
 * officials for the province, the city officials of the region for a city, a county or a unit) and
 * closes the notice of the level before. Observed after each day's statistics (07:10 Beijing time)
 * for the current year, and around each issue of a target (the level before it and after it). A
 * holder seen for the first time only sets the level to compare with.
 */
@Stateless
@PermitAll
public class TargetWarnings {

  static final String KIND = "target-warning";
  static final String CONTEXT = "conservation";
  private static final Logger LOG = Logger.getLogger(TargetWarnings.class.getName());

  @PersistenceContext private EntityManager em;
  @EJB private PlatformSettings settings;
  @EJB private Notices notices;
  @Inject private PlatformConfig config;

  /** The daily observation of every holder of the current year. */
  @Schedule(hour = "7", minute = "10", timezone = "Asia/Shanghai", persistent = false)
  public void daily() {
    int year = TargetProgress.today().getYear();
    int changed = observe(year, null);
    LOG.info("target warnings of " + year + " observed: " + changed + " changed");
  }

  /**
   * Observes the holders of a year: those named (as {@link #holder}) when {@code holders} is given,
   * every holder otherwise; one progress computation for them all.
   *
   * @return how many levels changed
   */
  public int observe(int year, Set<String> holders) {
    Set<String> levels = new LinkedHashSet<>(List.of("province", "city", "county", "unit"));
    Set<String> codes = null;
    if (holders != null) {
      levels.clear();
      codes = new HashSet<>();
      for (String holder : holders) {
        String[] parts = holder.split("\\|", 2);
        levels.add(parts[0]);
        codes.add(parts[1]);
      }
    }
    List<ProgressRow> rows =
        TargetProgress.calculator(em, settings, TargetProgress.today())
            .progress(year, levels, RegionCodes.prefixOf(config.provinceCode()), codes, null);
    int changed = 0;
    for (ProgressRow row : rows) {
      if (row.warning() != null
          && (holders == null || holders.contains(holder(row.level(), row.code())))
          && observed(year, row)) {
        changed++;
      }
    }
    return changed;
  }

  /** A holder as {@link #observe} names it. */
  static String holder(String level, String code) {
    return level + "|" + code;
  }

  /** Records the row's level; on a change sends the notice. Whether it changed. */
  private boolean observed(int year, ProgressRow row) {
    List<?> stored =
        state(
                "select warning from target_warning_state where level = ?1 and holder_code = ?2"
                    + " and kind = ?3 and year = ?4 for update",
                row,
                year)
            .getResultList();
    if (stored.isEmpty()) {
      state(
              "insert into target_warning_state (level, holder_code, kind, year, warning) values"
                  + " (?1, ?2, ?3, ?4, ?5) on conflict do nothing",
              row,
              year)
          .setParameter(5, row.warning())
          .executeUpdate();
      return false;
    }
    String before = (String) stored.get(0);
    if (before.equals(row.warning())) {
      state(
              "update target_warning_state set observed_at = now() where level = ?1 and"
                  + " holder_code = ?2 and kind = ?3 and year = ?4",
              row,
              year)
          .executeUpdate();
      return false;
    }
    state(
            "update target_warning_state set warning = ?5, observed_at = now(), changed_at = now()"
                + " where level = ?1 and holder_code = ?2 and kind = ?3 and year = ?4",
            row,
            year)
        .setParameter(5, row.warning())
        .executeUpdate();
    notices.close(KIND, CONTEXT, sourceId(row, year, before));
    WarningLevel after = WarningLevel.valueOf(row.warning().toUpperCase(Locale.ROOT));
    WarningLevel previous = WarningLevel.valueOf(before.toUpperCase(Locale.ROOT));
    notices.send(
        new NoticeDraft(
            KIND,
            after == WarningLevel.RED
                ? NoticeSeverity.CRITICAL
                : after == WarningLevel.YELLOW ? NoticeSeverity.WARNING : NoticeSeverity.INFO,
            row.name()
                + " "
                + year
                + " 年能耗"
                + ("total".equals(row.kind()) ? "总量" : "强度")
                + "目标："
                + previous.label()
                + " → "
                + after.label(),
            "目标 "
                + plain(row.target())
                + "，年末预测 "
                + plain(row.forecast())
                + "（"
                + plain(row.forecastLow())
                + "–"
                + plain(row.forecastHigh())
                + "），预测与目标之比 "
                + row.forecastRatio().toPlainString()
                + (row.intensityChange() == null
                    ? ""
                    : "，强度较基期变化 " + row.intensityChange().toPlainString())
                + "。/gov/conservation/progress.xhtml?year="
                + year,
            CONTEXT,
            sourceId(row, year, row.warning()),
            "province".equals(row.level())
                ? NoticeRecipient.officials(Roles.PROVINCE_OFFICIAL, row.regionCode())
                : NoticeRecipient.officials(Roles.CITY_OFFICIAL, row.regionCode())));
    return true;
  }

  /** A statement on the holder's state row: ?1 to ?4 its level, code, kind and year. */
  private Query state(String sql, ProgressRow row, int year) {
    return em.createNativeQuery(sql)
        .setParameter(1, row.level())
        .setParameter(2, row.code())
        .setParameter(3, row.kind())
        .setParameter(4, year);
  }

  private static String plain(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }

  static String sourceId(ProgressRow row, int year, String warning) {
    return row.level() + ":" + row.code() + ":" + row.kind() + ":" + year + ":" + warning;
  }
}
