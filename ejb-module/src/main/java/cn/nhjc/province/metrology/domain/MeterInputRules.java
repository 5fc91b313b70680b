package cn.nhjc.province.metrology.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The checks of a {@link MeterInput} against the dictionaries and the unit's structure and collect
 * items. Each refusal is a Chinese sentence for the form or the import's line.
 *
 * @param meterTypes the JJF meter type codes
 * @param energyTypes the energy type codes
 * @param structureScopes the unit's structure node codes → their protocol scope
 * @param collectItems the unit's collect item dataCodes → their energy type
 * @param today the day in Beijing
 */
public record MeterInputRules(
    Set<String> meterTypes,
    Set<String> energyTypes,
    Map<String, Integer> structureScopes,
    Map<String, String> collectItems,
    LocalDate today) {

  static final int TEXT_MAX = 128;
  static final int CODE_MAX = 64;

  /** The refusals; empty when the input may be stored. */
  public List<String> check(MeterInput in) {
    List<String> reasons = new ArrayList<>();
    if (blank(in.meterTypeCode())) {
      reasons.add("缺少器具类型代码");
    } else if (!meterTypes.contains(in.meterTypeCode())) {
      reasons.add("器具类型代码“" + clip(in.meterTypeCode()) + "”不在计量器具目录中");
    }
    text(reasons, in.serialNo(), "出厂编号", CODE_MAX, true);
    text(reasons, in.name(), "名称", TEXT_MAX, true);
    text(reasons, in.maker(), "生产厂家", TEXT_MAX, false);
    text(reasons, in.model(), "规格型号", CODE_MAX, false);
    text(reasons, in.measuringRange(), "测量范围", CODE_MAX, false);
    text(reasons, in.calibrationInstitution(), "检定/校准机构", TEXT_MAX, false);
    text(reasons, in.certificateNo(), "证书编号", CODE_MAX, false);
    if (blank(in.accuracyClass())) {
      reasons.add("缺少准确度等级");
    } else {
      try {
        AccuracyClass.parse(in.accuracyClass());
      } catch (IllegalArgumentException e) {
        reasons.add(e.getMessage());
      }
    }
    if (in.level() == null || in.level() < 1 || in.level() > 3) {
      reasons.add("级别应为 1（进出用能单位）、2（主要次级用能单位）或 3（主要用能设备）");
    }
    if (blank(in.structureCode())) {
      reasons.add("缺少安装位置（用能单位结构代码）");
    } else {
      Integer scope = structureScopes.get(in.structureCode());
      if (scope == null) {
        reasons.add("安装位置“" + clip(in.structureCode()) + "”不在本单位的结构中");
      } else if (in.level() != null
          && in.level() >= 1
          && in.level() <= 3
          && MeteringPoint.levelOfScope(scope) != in.level()) {
        reasons.add(
            "级别 "
                + in.level()
                + " 与安装位置不符：该位置为 "
                + MeteringPoint.levelOfScope(scope)
                + " 级（"
                + Compliance.levelName(MeteringPoint.levelOfScope(scope))
                + "）");
      }
    }
    if (blank(in.energyTypeCode())) {
      reasons.add("缺少能源品种代码");
    } else if (!energyTypes.contains(in.energyTypeCode())) {
      reasons.add("能源品种代码“" + clip(in.energyTypeCode()) + "”不在能源品种目录中");
    }
    for (String dataCode : in.collectItems()) {
      String type = collectItems.get(dataCode);
      if (type == null) {
        reasons.add("采集项“" + clip(dataCode) + "”不是本单位的采集项");
      } else if (in.energyTypeCode() != null && !type.equals(in.energyTypeCode())) {
        reasons.add("采集项“" + dataCode + "”的能源品种为 " + type + "，与器具的 " + in.energyTypeCode() + " 不符");
      }
    }
    if (in.calibratedOn() != null && in.calibratedOn().isAfter(today)) {
      reasons.add("检定/校准日期 " + in.calibratedOn() + " 晚于今天");
    }
    if (in.calibrationMonths() != null
        && (in.calibrationMonths() < 1 || in.calibrationMonths() > 120)) {
      reasons.add("检定/校准周期应为 1 至 120 个月");
    }
    if ((in.calibratedOn() == null) != (in.calibrationMonths() == null)) {
      reasons.add("检定/校准日期与周期应同时填写");
    }
    if (in.status() != null && !in.status().isBlank()) {
      try {
        MeterStatus.ofCode(in.status());
      } catch (IllegalArgumentException e) {
        reasons.add(e.getMessage());
      }
    }
    if (in.counterCapacity() != null && in.counterCapacity().signum() <= 0) {
      reasons.add("计数器满量程应大于 0");
    }
    return reasons;
  }

  private static void text(
      List<String> reasons, String value, String what, int max, boolean required) {
    if (blank(value)) {
      if (required) {
        reasons.add("缺少" + what);
      }
    } else if (value.strip().length() > max) {
      reasons.add(what + "超过 " + max + " 个字符");
    }
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }

  private static String clip(String value) {
    String text = value.strip();
    return text.length() > 32 ? text.substring(0, 32) + "…" : text;
  }
}
