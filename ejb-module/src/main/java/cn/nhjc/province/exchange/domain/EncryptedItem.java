package cn.nhjc.province.exchange.domain;

/** One item of {@code uploadEnergyData} as it arrives: each value SM4-encrypted, as hex. */
public record EncryptedItem(
    String dataCode,
    String dataValue,
    String inputType,
    String statType,
    String statDate,
    String uploadDate,
    String scope,
    String valid) {

  /** The protocol's field names, in the order of the record's components. */
  public static final java.util.List<String> FIELDS =
      java.util.List.of(
          "dataCode",
          "dataValue",
          "inputType",
          "statType",
          "statDate",
          "uploadDate",
          "scope",
          "valid");
}
