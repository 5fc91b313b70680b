package cn.nhjc.province.exchange.domain;

/**
 * One data item in clear, every value as the protocol's text (trimmed): dataCode, dataValue,
 * inputType, statType, statDate ({@code yyyy-MM-dd HH:mm:ss} Beijing time), scope, valid.
 */
public record PlainItem(
    String dataCode,
    String dataValue,
    String inputType,
    String statType,
    String statDate,
    String scope,
    String valid) {

  public PlainItem {
    dataCode = trim(dataCode);
    dataValue = trim(dataValue);
    inputType = trim(inputType);
    statType = trim(statType);
    statDate = trim(statDate);
    scope = trim(scope);
    valid = trim(valid);
  }

  private static String trim(String value) {
    return value == null ? "" : value.trim();
  }
}
