package cn.nhjc.province.exchange.domain;

import cn.nhjc.province.platform.input.Quote;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a supplier's whole request of supply figures. The first fault refuses the request with the
 * protocol's message ({@code 第N条数据：…}), which quotes the faulty text at a bounded length ({@link
 * Quote}); nothing of it is kept.
 *
 * @param suppliedTypes the energy types this supplier supplies
 * @param listedUnits the ids of the listed key units by credit code (at least those the request
 *     names)
 */
public record SupplyRules(
    int maxItems,
    Duration futureTolerance,
    Set<String> suppliedTypes,
    Map<String, Long> listedUnits) {

  public SupplyRules {
    suppliedTypes = Set.copyOf(suppliedTypes);
    listedUnits = Map.copyOf(listedUnits);
  }

  /**
   * @throws UploadRefusedException with the message for the first fault
   */
  public List<SupplyFigure> validate(List<SupplyItem> items, Instant now) {
    if (items.isEmpty()) {
      throw new UploadRefusedException("数据为空");
    }
    if (items.size() > maxItems) {
      throw UploadRefusedException.tooManyItems(items.size(), maxItems);
    }
    Instant latest = now.plus(futureTolerance);
    Map<String, Integer> seen = new HashMap<>();
    List<SupplyFigure> figures = new ArrayList<>(items.size());
    for (int i = 0; i < items.size(); i++) {
      int number = i + 1;
      SupplyItem item = items.get(i);
      String at = "第" + number + "条数据：";
      Long unitId = listedUnits.get(item.creditCode());
      if (unitId == null) {
        throw new UploadRefusedException(
            at + "统一社会信用代码 " + Quote.of(item.creditCode()) + " 不在重点用能单位名单中");
      }
      if (!suppliedTypes.contains(item.energyTypeCode())) {
        throw new UploadRefusedException(
            at
                + "能源品种 "
                + Quote.of(item.energyTypeCode())
                + " 不在本供应单位的供应品种中（"
                + String.join(",", suppliedTypes.stream().sorted().toList())
                + "）");
      }
      int statType = statType(at, item.statType());
      LocalDateTime start = ProtocolValues.dateTime(at, item.statDate());
      boolean midnight = start.toLocalTime().equals(LocalTime.MIDNIGHT);
      if (!midnight || (statType == 2 && start.getDayOfMonth() != 1)) {
        throw new UploadRefusedException(
            at
                + "统计时间 "
                + Quote.of(item.statDate())
                + " 与统计类型 "
                + statType
                + " 不符（"
                + (statType == 1 ? "日数据应为当日 00:00:00" : "月数据应为当月1日 00:00:00")
                + "）");
      }
      Instant statDate = ProtocolValues.beijingInstant(at, item.statDate(), start);
      if (statDate.isAfter(latest)) {
        throw new UploadRefusedException(at + "统计时间 " + Quote.of(item.statDate()) + " 晚于当前时间");
      }
      BigDecimal amount = amount(at, item.value());
      String key =
          item.creditCode() + '|' + item.energyTypeCode() + '|' + statType + '|' + item.statDate();
      Integer earlier = seen.putIfAbsent(key, number);
      if (earlier != null) {
        throw new UploadRefusedException(
            "第" + number + "条数据与第" + earlier + "条数据重复（统一社会信用代码、能源品种、统计类型、统计时间相同）");
      }
      figures.add(new SupplyFigure(unitId, item.energyTypeCode(), statType, statDate, amount));
    }
    return figures;
  }

  private static int statType(String at, String text) {
    return switch (text) {
      case "1" -> 1;
      case "2" -> 2;
      default ->
          throw new UploadRefusedException(at + "统计类型 " + Quote.of(text) + " 无效，应为 1（日）或 2（月）");
    };
  }

  private static BigDecimal amount(String at, String text) {
    BigDecimal amount = ProtocolValues.storableNumber(at, text);
    if (amount.signum() < 0) {
      throw new UploadRefusedException(at + "数据值 " + Quote.of(text) + " 不能为负数");
    }
    return amount;
  }
}
