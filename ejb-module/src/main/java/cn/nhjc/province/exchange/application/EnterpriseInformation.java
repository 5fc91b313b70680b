package cn.nhjc.province.exchange.application;

import cn.nhjc.province.exchange.domain.UploadRefusedException;
import cn.nhjc.province.exchange.domain.UploadRules;
import cn.nhjc.province.platform.input.NumberText;
import cn.nhjc.province.platform.input.Quote;
import cn.nhjc.province.registry.application.CollectItemDto;
import cn.nhjc.province.registry.application.CollectItems;
import cn.nhjc.province.registry.application.DeviceRegistry.DeviceKey;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A unit's registered information and collect-item configuration as the protocol exchanges it:
 * {@code downloadConfigData} reads it, {@code uploadEnergyInfo} replaces the configuration.
 */
@Stateless
@PermitAll
public class EnterpriseInformation {
  private static final String INVALID = "企业信息错误：";

  @PersistenceContext private EntityManager em;
  @EJB private CollectItems collectItems;

  public JsonObject download(DeviceKey device) {
    Object[] unit =
        (Object[])
            em.createNativeQuery(
                    "select u.credit_code, u.name, u.industry_code, u.region_code, r.name,"
                        + " u.unit_level, u.latitude, u.longitude, u.economic_type_code,"
                        + " u.config_version from key_unit u join region r on r.code ="
                        + " u.region_code where u.id = ?1")
                .setParameter(1, device.unitId())
                .getSingleResult();
    JsonObjectBuilder enterprise =
        Json.createObjectBuilder()
            .add("code", text(unit[0]))
            .add("name", text(unit[1]))
            .add("industryCode", text(unit[2]))
            .add("regionCode", text(unit[3]))
            .add("regionName", text(unit[4]))
            .add("energyConsumeLevel", text(unit[5]))
            .add("latitude", text(unit[6]))
            .add("longitude", text(unit[7]))
            .add("typeCode", text(unit[8]));
    JsonArrayBuilder items = Json.createArrayBuilder();
    for (CollectItemDto item : collectItems.describe(device.unitId())) {
      items.add(
          Json.createObjectBuilder()
              .add("dataCode", item.dataCode())
              .add("name", item.name())
              .add("processCode", item.processCode())
              .add("processUnitCode", item.processUnitCode())
              .add("equipmentCode", item.equipmentCode())
              .add("equipmentUnitCode", item.equipmentUnitCode())
              .add("energyClassCode", item.energyClassCode())
              .add("energyTypeCode", item.energyTypeCode())
              .add("dataUsageCode", item.dataUsageCode())
              .add("inputType", String.valueOf(item.inputType()))
              .add("statType", String.valueOf(item.statType()))
              .add("scope", String.valueOf(item.scope()))
              .add("dataValueMin", text(item.valueMin()))
              .add("dataValueMax", text(item.valueMax())));
    }
    return ProtocolAnswers.success()
        .add("regVersion", text(unit[9]))
        .add("enterprise", enterprise)
        .add("collectItemConfig", items)
        .build();
  }

  /**
   * Replaces the unit's collect-item configuration and updates its name and coordinates; region and
   * industry stay as the province's list says.
   */
  public JsonObject upload(DeviceKey device, JsonObject request, UploadRules rules) {
    JsonObject enterprise = ProtocolRequest.object(request, "enterprise");
    JsonArray config = ProtocolRequest.array(request, "collectItemConfig");
    List<CollectItemDto> items = new ArrayList<>();
    Set<String> keys = new HashSet<>();
    for (int i = 0; i < config.size(); i++) {
      if (config.get(i).getValueType() != JsonValue.ValueType.OBJECT) {
        throw new UploadRefusedException(INVALID + "第" + (i + 1) + "个采集项不是对象");
      }
      CollectItemDto item = item(i + 1, config.get(i).asJsonObject(), rules);
      if (!keys.add(item.dataCode() + '|' + item.statType())) {
        throw new UploadRefusedException(
            INVALID + "采集项 " + item.dataCode() + "（统计类型 " + item.statType() + "）重复");
      }
      items.add(item);
    }
    String name = ProtocolRequest.text(enterprise, "name");
    if (!name.isEmpty()) {
      em.createNativeQuery("update key_unit set name = ?1 where id = ?2")
          .setParameter(1, name.length() > 128 ? name.substring(0, 128) : name)
          .setParameter(2, device.unitId())
          .executeUpdate();
    }
    BigDecimal latitude = coordinate(enterprise, "latitude", 90);
    BigDecimal longitude = coordinate(enterprise, "longitude", 180);
    if (latitude != null && longitude != null) {
      em.createNativeQuery("update key_unit set latitude = ?1, longitude = ?2 where id = ?3")
          .setParameter(1, latitude)
          .setParameter(2, longitude)
          .setParameter(3, device.unitId())
          .executeUpdate();
    }
    int version = collectItems.replace(device.unitId(), items);
    return ProtocolAnswers.success().add("regVersion", String.valueOf(version)).build();
  }

  private static CollectItemDto item(int number, JsonObject item, UploadRules rules) {
    String at = INVALID + "第" + number + "个采集项";
    String process = code(item, "processCode", 2, at);
    String processUnit = code(item, "processUnitCode", 2, at);
    String equipment = code(item, "equipmentCode", 2, at);
    String equipmentUnit = code(item, "equipmentUnitCode", 2, at);
    String energyClass = code(item, "energyClassCode", 2, at);
    String energyType = code(item, "energyTypeCode", 4, at);
    String usage = code(item, "dataUsageCode", 2, at);
    String fault = rules.codeFault(energyClass, energyType, usage);
    if (fault != null) {
      throw new UploadRefusedException(at + fault);
    }
    int inputType = integer(item, "inputType", at);
    if (!rules.inputTypes().contains(inputType)) {
      throw new UploadRefusedException(at + "数据采集来源 " + inputType + " 不在字典中");
    }
    int statType = integer(item, "statType", at);
    if (statType < 0 || statType > 3) {
      throw new UploadRefusedException(at + "统计类型 " + statType + " 无效");
    }
    int scope = integer(item, "scope", at);
    if (!rules.scopes().contains(scope)) {
      throw new UploadRefusedException(at + "数据范围 " + scope + " 不在字典中");
    }
    BigDecimal min = storable(item, "dataValueMin");
    BigDecimal max = storable(item, "dataValueMax");
    if (min != null && max != null && min.compareTo(max) > 0) {
      throw new UploadRefusedException(at + "dataValueMin 大于 dataValueMax");
    }
    String dataCode =
        process
            + "-"
            + processUnit
            + "-"
            + equipment
            + equipmentUnit
            + "-"
            + energyClass
            + energyType
            + "-"
            + usage;
    String sent = ProtocolRequest.text(item, "dataCode");
    if (!sent.isEmpty() && !sent.equals(dataCode)) {
      throw new UploadRefusedException(at + "数据项编码 " + Quote.of(sent) + " 与各分项编码不符，应为 " + dataCode);
    }
    String name = ProtocolRequest.text(item, "name");
    return new CollectItemDto(
        dataCode,
        name.isEmpty() ? dataCode : (name.length() > 128 ? name.substring(0, 128) : name),
        energyClass,
        energyType,
        usage,
        inputType,
        statType,
        scope,
        min,
        max);
  }

  private static String code(JsonObject item, String field, int digits, String at) {
    String value = ProtocolRequest.text(item, field);
    if (!value.matches("\\d{" + digits + "}")) {
      throw new UploadRefusedException(at + field + " 应为 " + digits + " 位数字");
    }
    return value;
  }

  private static int integer(JsonObject item, String field, String at) {
    return NumberText.integer(ProtocolRequest.text(item, field))
        .orElseThrow(() -> new UploadRefusedException(at + field + " 应为整数"));
  }

  /**
   * A range bound as {@code collect_item} keeps it ({@code numeric(20,6)}); empty reads as null.
   */
  private static BigDecimal storable(JsonObject object, String field) {
    String value = ProtocolRequest.text(object, field);
    return value.isEmpty() ? null : valid(field, value, NumberText.storable(value), null);
  }

  /**
   * A coordinate as {@code key_unit} keeps it ({@code numeric(9,6)}), within ±{@code bound}
   * degrees; empty reads as null.
   */
  private static BigDecimal coordinate(JsonObject object, String field, int bound) {
    String value = ProtocolRequest.text(object, field);
    return value.isEmpty()
        ? null
        : valid(field, value, NumberText.rounded(value, 3, 6), BigDecimal.valueOf(bound));
  }

  private static BigDecimal valid(
      String field, String value, NumberText.Reading reading, BigDecimal bound) {
    if (reading.ok() && (bound == null || reading.value().abs().compareTo(bound) <= 0)) {
      return reading.value();
    }
    throw new UploadRefusedException(INVALID + field + " " + Quote.of(value) + " 不是有效数值");
  }

  private static String text(Object value) {
    if (value == null) {
      return "";
    }
    return value instanceof BigDecimal decimal ? decimal.toPlainString() : value.toString();
  }
}
