package cn.nhjc.province.exchange.domain;

/**
 * One supply figure as a supplier sends it, every value the protocol's text (trimmed): the customer
 * unit's credit code, the energy type (dictionary 8), statType (1 day, 2 month), statDate ({@code
 * yyyy-MM-dd HH:mm:ss} Beijing time, the start of the period) and the amount in the energy type's
 * unit.
 */
public record SupplyItem(
    String creditCode, String energyTypeCode, String statType, String statDate, String value) {

  public SupplyItem {
    creditCode = trim(creditCode);
    energyTypeCode = trim(energyTypeCode);
    statType = trim(statType);
    statDate = trim(statDate);
    value = trim(value);
  }

  /** The same figure for another period start. */
  public SupplyItem withDate(String newStatDate) {
    return new SupplyItem(creditCode, energyTypeCode, statType, newStatDate, value);
  }

  private static String trim(String value) {
    return value == null ? "" : value.trim();
  }
}
