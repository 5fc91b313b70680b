package cn.nhjc.province.simulator;

import jakarta.json.JsonObject;
import java.math.BigDecimal;

/** One collect item of a unit's configuration, as {@code downloadConfigData} describes it. */
public record CollectItem(
    String dataCode,
    int statType,
    BigDecimal valueMin,
    BigDecimal valueMax,
    String inputType,
    String scope) {

  public static final int REALTIME = 0;
  public static final int DAILY = 1;
  public static final int MONTHLY = 2;
  public static final int YEARLY = 3;

  // An item configured without a maximum still needs a size; 100 keeps values plausible.
  private static final BigDecimal DEFAULT_MAX = BigDecimal.valueOf(100);

  /** Reads an entry of {@code collectItemConfig}; every field of the protocol is a string. */
  public static CollectItem fromJson(JsonObject json) {
    return new CollectItem(
        json.getString("dataCode"),
        Integer.parseInt(json.getString("statType")),
        decimal(json.getString("dataValueMin", ""), BigDecimal.ZERO),
        positiveOr(decimal(json.getString("dataValueMax", ""), DEFAULT_MAX), DEFAULT_MAX),
        json.getString("inputType", "4"),
        json.getString("scope", "1"));
  }

  private static BigDecimal decimal(String text, BigDecimal fallback) {
    if (text == null || text.isBlank()) {
      return fallback;
    }
    return new BigDecimal(text.trim());
  }

  // A maximum of zero would make every generated value zero, which shows nothing in a demo.
  private static BigDecimal positiveOr(BigDecimal value, BigDecimal fallback) {
    return value.signum() > 0 ? value : fallback;
  }
}
