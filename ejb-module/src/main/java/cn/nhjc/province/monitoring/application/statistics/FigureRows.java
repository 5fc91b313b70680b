package cn.nhjc.province.monitoring.application.statistics;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** The stored sums that {@link FiguresAssembler} turns into {@link Figures}. */
public final class FigureRows {

  private FigureRows() {}

  /** A row of unit_period_energy or group_period_energy, with the energy type's dictionary data. */
  public record Energy(
      String energyTypeCode,
      String name,
      String unit,
      String mixGroup,
      BigDecimal consumed,
      BigDecimal sentOut,
      BigDecimal coefficient,
      BigDecimal tce,
      BigDecimal consumedTce,
      BigDecimal equalCoefficient,
      BigDecimal tceEqual,
      BigDecimal consumedTceEqual,
      String basis,
      int units,
      Instant computedAt) {}

  /**
   * A product (class 04) or economic indicator (class 09) with, for groups, the comprehensive tce
   * of the units that reported it.
   */
  public record Indicator(
      String classCode,
      String itemCode,
      BigDecimal amount,
      BigDecimal tce,
      BigDecimal tceEqual,
      int units) {}

  /** Units with figures and their comprehensive consumption (groups). */
  public record Total(int units, BigDecimal tce, BigDecimal tceEqual, Instant computedAt) {}

  /** A limit standard that grades a product (dictionary 10). */
  public record Standard(
      String limitStandard,
      String productItemCode,
      String standard,
      String indicator,
      String indicatorUnit,
      String basis,
      String numeratorUnit,
      BigDecimal grade1,
      BigDecimal grade2,
      BigDecimal grade3) {}

  /** A product of dictionary 10. */
  public record Product(String code, String name, String unit) {}

  /** An energy-mix group. */
  public record MixGroup(String code, String name) {}

  /** The reference data the assembler needs, read once per request. */
  public record Reference(
      List<Product> products,
      List<Standard> standards,
      List<MixGroup> mixGroups,
      String outputValueCode,
      String valueAddedCode,
      String electricityType) {}
}
