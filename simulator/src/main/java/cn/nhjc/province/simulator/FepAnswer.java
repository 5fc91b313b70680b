package cn.nhjc.province.simulator;

import jakarta.json.JsonObject;
import java.util.List;

/**
 * The front-end processor's answer: {@code responseCode} "0" or "1", its message, the whole body.
 */
public record FepAnswer(String code, String message, JsonObject body) {

  // The refusals of a request that is wrong in itself (protocol table of uploadEnergyData checks):
  // sending it again would be refused the same way.
  private static final List<String> VALIDATION_PREFIXES =
      List.of("报文格式错误", "序列号与企业", "解密失败", "第", "数据条数", "报文长度");

  public boolean accepted() {
    return "0".equals(code);
  }

  /** A refusal that re-sending cannot cure (as opposed to, say, a busy or unavailable platform). */
  public boolean refusedAsInvalid() {
    return "1".equals(code)
        && message != null
        && VALIDATION_PREFIXES.stream().anyMatch(message::startsWith);
  }
}
