package cn.nhjc.province.exchange.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.nhjc.province.exchange.domain.IntakeBusyException;
import cn.nhjc.province.exchange.domain.UploadRefusedException;
import cn.nhjc.province.exchange.domain.UploadRequest;
import cn.nhjc.province.registry.application.RegistrationRefusedException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RefusalCategoryTest {

  private static UploadRefusedException refusalOf(String body, int maxItems) {
    return assertThrows(
        UploadRefusedException.class,
        () -> UploadRequest.parse(body.getBytes(StandardCharsets.UTF_8)).items(maxItems));
  }

  @Test
  void a_request_that_is_no_json_object_or_lacks_a_field_is_malformed() {
    assertEquals(RefusalCategory.MALFORMED, RefusalCategory.of(refusalOf("{", 10)));
    assertEquals(RefusalCategory.MALFORMED, RefusalCategory.of(refusalOf("[1]", 10)));
    assertEquals(
        RefusalCategory.MALFORMED, RefusalCategory.of(refusalOf("{\"deviceId\":\"D\"}", 10)));
  }

  @Test
  void too_long_a_body_and_too_many_items_are_too_large() {
    assertEquals(
        RefusalCategory.TOO_LARGE, RefusalCategory.of(refusalOf("{\"data\":[{},{},{}]}", 2)));
    assertEquals(
        RefusalCategory.TOO_LARGE,
        RefusalCategory.of(UploadRefusedException.bodyTooLarge(6_291_456)));
    assertEquals(
        RefusalCategory.TOO_LARGE, RefusalCategory.of(UploadRefusedException.tooManyItems(9, 3)));
  }

  @Test
  void the_protocols_fixed_answers_have_their_own_categories() {
    assertEquals(
        RefusalCategory.UNKNOWN_DEVICE,
        RefusalCategory.of(new UploadRefusedException(UploadRefusedException.DEVICE_MISMATCH)));
    assertEquals(
        RefusalCategory.DECRYPTION,
        RefusalCategory.of(new UploadRefusedException(UploadRefusedException.DECRYPTION_FAILED)));
    assertEquals(
        RefusalCategory.UNKNOWN_OPERATION,
        RefusalCategory.of(
            new UploadRefusedException(UploadRefusedException.UNKNOWN_OPERATION + "deleteAll")));
  }

  @Test
  void a_refusal_because_the_lane_is_full_is_busy() {
    assertEquals(
        RefusalCategory.BUSY,
        RefusalCategory.of(new IntakeBusyException("平台繁忙：待入库数据积压，请 60 秒后重传", 60)));
  }

  @Test
  void any_other_fault_of_the_content_is_validation() {
    assertEquals(
        RefusalCategory.VALIDATION,
        RefusalCategory.of(new UploadRefusedException("第1条数据：统计时间 2026-13-01 格式错误")));
    assertEquals(
        RefusalCategory.VALIDATION, RefusalCategory.of(new UploadRefusedException("数据为空")));
    assertEquals(RefusalCategory.VALIDATION, RefusalCategory.of(new UploadRefusedException(null)));
  }

  @Test
  void a_refused_register_is_registration_and_anything_else_the_platforms_fault() {
    assertEquals(
        RefusalCategory.REGISTRATION,
        RefusalCategory.of(new RegistrationRefusedException("该企业不在本省重点用能单位名单中")));
    assertEquals(
        RefusalCategory.UNAVAILABLE,
        RefusalCategory.of(new IllegalStateException("the broker is away")));
  }

  @Test
  void the_tags_are_few_distinct_and_in_prometheus_style() {
    Set<String> tags =
        Arrays.stream(RefusalCategory.values())
            .map(RefusalCategory::tag)
            .collect(Collectors.toSet());
    assertEquals(RefusalCategory.values().length, tags.size());
    for (String tag : tags) {
      assertEquals(true, tag.matches("[a-z]+(-[a-z]+)*"), tag);
    }
  }
}
