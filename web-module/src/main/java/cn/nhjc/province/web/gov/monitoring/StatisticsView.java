package cn.nhjc.province.web.gov.monitoring;

import cn.nhjc.province.monitoring.application.overview.EnergyMonitoring;
import cn.nhjc.province.monitoring.application.statistics.Figures;
import cn.nhjc.province.monitoring.application.statistics.Statistics;
import cn.nhjc.province.monitoring.application.statistics.UnitFigures;
import cn.nhjc.province.monitoring.domain.ElectricityConvention;
import cn.nhjc.province.monitoring.domain.StatPeriod;
import cn.nhjc.province.platform.input.Quote;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;

/**
 * Statistics by region, industry and unit (gov/monitoring/statistics.xhtml), with the drill-down
 * province → city → county → units → the unit's detail, and industry section → division → group →
 * class → units. Everything comes from {@link Statistics}, in the caller's scope.
 */
@Named
@RequestScoped
public class StatisticsView extends StatisticsPage {

  /** GB/T 4754 levels in drill order. */
  private static final List<String> INDUSTRY_LEVELS =
      List.of("section", "division", "group", "class");

  @EJB private Statistics statistics;
  @EJB private EnergyMonitoring monitoring;

  private String dim;
  private String region;
  private String industry;
  private String level;
  private List<Figures> groups = List.of();
  private List<UnitFigures> units = List.of();

  @Override
  protected void read() {
    StatPeriod period = chosenPeriod();
    ElectricityConvention convention = chosenConvention();
    if (dim == null || dim.isBlank()) {
      dim = "region";
    }
    switch (dim) {
      case "region" -> groups = statistics.regionWithChildren(regionOrOwn(), period, convention);
      case "industry" -> {
        level = level == null || level.isBlank() ? "section" : level;
        String prefix = industry == null ? "" : industry;
        groups =
            statistics.industries(level, period, convention).stream()
                .filter(f -> f.code().startsWith(prefix))
                .toList();
      }
      case "unit" -> {
        String prefix = industry == null ? "" : industry;
        units =
            statistics.units(period, convention, region).stream()
                .filter(u -> u.industryCode().startsWith(prefix))
                .toList();
      }
      default ->
          throw new IllegalArgumentException(
              "dim must be region, industry or unit: " + Quote.of(dim));
    }
  }

  private String regionOrOwn() {
    return region == null || region.isBlank() ? monitoring.ownRegion() : region;
  }

  /** The industry level below {@code level}; {@code null} below a class (the units follow). */
  public String nextLevel() {
    int index = INDUSTRY_LEVELS.indexOf(level);
    return index < 0 || index == INDUSTRY_LEVELS.size() - 1 ? null : INDUSTRY_LEVELS.get(index + 1);
  }

  public List<String> getIndustryLevels() {
    return INDUSTRY_LEVELS;
  }

  /** The region row itself (the first of a region listing). */
  public Figures getParent() {
    return "region".equals(dim) && !groups.isEmpty() ? groups.get(0) : null;
  }

  /** The rows: the regions below the parent, or the industries. */
  public List<Figures> getRows() {
    return "region".equals(dim) && !groups.isEmpty() ? groups.subList(1, groups.size()) : groups;
  }

  public List<UnitFigures> getUnits() {
    return units;
  }

  public String getDim() {
    return dim;
  }

  public void setDim(String dim) {
    this.dim = dim;
  }

  public String getRegion() {
    return region;
  }

  public void setRegion(String region) {
    this.region = region;
  }

  public String getIndustry() {
    return industry;
  }

  public void setIndustry(String industry) {
    this.industry = industry;
  }

  public String getLevel() {
    return level;
  }

  public void setLevel(String level) {
    this.level = level;
  }
}
