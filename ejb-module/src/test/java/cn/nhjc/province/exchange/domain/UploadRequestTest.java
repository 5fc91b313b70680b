package cn.nhjc.province.exchange.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class UploadRequestTest {
  private static final String ITEM =
      "{\"dataCode\":\"a\",\"dataValue\":\"b\",\"inputType\":\"c\",\"statType\":\"d\","
          + "\"statDate\":\"e\",\"uploadDate\":\"f\",\"scope\":\"g\",\"valid\":\"h\"}";

  private static UploadRequest parse(String json) {
    return UploadRequest.parse(json.getBytes(StandardCharsets.UTF_8));
  }

  private static String refusal(org.junit.jupiter.api.function.Executable call) {
    return assertThrows(UploadRefusedException.class, call).getMessage();
  }

  private static String itemsRefusal(String json, int maxItems) {
    UploadRequest request = parse(json);
    return refusal(() -> request.items(maxItems));
  }

  @Test
  void reads_the_device_the_enterprise_and_every_item_in_order_trimmed() {
    UploadRequest request =
        parse(
            "{\"deviceId\":\" D1 \",\"other\":{\"x\":[1,{\"y\":2}]},\"enterpriseCode\":\"E\","
                + "\"data\":["
                + ITEM
                + ",{\"valid\":\" 1 \",\"scope\":\"2\",\"uploadDate\":\"3\",\"statDate\":\"4\","
                + "\"statType\":\"5\",\"inputType\":\"6\",\"dataValue\":\"7\",\"dataCode\":\"8\","
                + "\"extra\":{\"nested\":[true]}}]} trailing text is not read");
    assertEquals("D1", request.deviceId());
    assertEquals("E", request.enterpriseCode());
    assertEquals(
        List.of(
            new EncryptedItem("a", "b", "c", "d", "e", "f", "g", "h"),
            new EncryptedItem("8", "7", "6", "5", "4", "3", "2", "1")),
        request.items(10));
  }

  @Test
  void missing_or_null_text_reads_as_empty() {
    UploadRequest request =
        parse("{\"deviceId\":null,\"data\":[" + ITEM.replace("\"a\"", "null") + "]}");
    assertEquals("", request.deviceId());
    assertEquals("", request.enterpriseCode());
    assertEquals("", request.items(1).get(0).dataCode());
  }

  @Test
  void refuses_what_is_not_json_or_not_an_object_at_once() {
    for (String broken : List.of("", "  ", "{", "{\"data\":[", "[1", "abc", "{\"a\" \"b\"}")) {
      assertEquals("报文格式错误：不是有效的 JSON", refusal(() -> parse(broken)), broken);
    }
    for (String other : List.of("[1]", "\"x\"", "1", "null")) {
      assertEquals("报文格式错误：应为 JSON 对象", refusal(() -> parse(other)), other);
    }
  }

  @Test
  void reads_the_body_as_utf8_and_refuses_bytes_that_are_not() {
    assertEquals("设备一", parse("{\"deviceId\":\"设备一\",\"data\":[]}").deviceId());
    byte[] latin1 = "{\"deviceId\":\"café\",\"data\":[]}".getBytes(StandardCharsets.ISO_8859_1);
    assertEquals("报文格式错误：不是有效的 JSON", refusal(() -> UploadRequest.parse(latin1)));
  }

  @Test
  void refuses_a_field_that_is_not_a_string_only_when_it_is_asked_for() {
    UploadRequest request = parse("{\"deviceId\":7,\"enterpriseCode\":[\"E\"],\"data\":[]}");
    assertEquals("报文格式错误：字段 deviceId 应为字符串", refusal(request::deviceId));
    assertEquals("报文格式错误：字段 enterpriseCode 应为字符串", refusal(request::enterpriseCode));
    assertEquals(List.of(), request.items(1));
  }

  @Test
  void refuses_data_that_is_missing_or_no_array() {
    assertEquals("报文格式错误：缺少数组 data", itemsRefusal("{\"deviceId\":\"D\"}", 5));
    assertEquals("报文格式错误：缺少数组 data", itemsRefusal("{\"data\":{\"0\":" + ITEM + "}}", 5));
  }

  @Test
  void counts_every_item_before_it_looks_at_any() {
    assertEquals(
        "数据条数 4 超过上限 3，请分批上传",
        itemsRefusal("{\"data\":[" + ITEM + ",1," + ITEM + "," + ITEM + "]}", 3));
  }

  @Test
  void names_the_first_faulty_item_and_its_first_faulty_field_in_the_protocols_order() {
    assertEquals(
        "报文格式错误：第2条数据不是对象",
        itemsRefusal("{\"data\":[" + ITEM + ",\"x\"," + ITEM.replace("\"h\"", "1") + "]}", 5));
    assertEquals(
        "报文格式错误：第1条数据缺少字段 valid",
        itemsRefusal("{\"data\":[" + ITEM.replace(",\"valid\":\"h\"", "") + "]}", 5));
    // statType comes before valid in the protocol's order, whatever the order in the text
    assertEquals(
        "报文格式错误：字段 statType 应为字符串",
        itemsRefusal(
            "{\"data\":["
                + ITEM.replace(",\"valid\":\"h\"", "").replace("\"d\"", "{\"v\":1}")
                + "]}",
            5));
  }

  @Test
  void a_later_key_replaces_an_earlier_one_as_in_the_object_model() {
    UploadRequest request =
        parse("{\"deviceId\":\"A\",\"data\":[1],\"deviceId\":\"B\",\"data\":[" + ITEM + "]}");
    assertEquals("B", request.deviceId());
    assertEquals(1, request.items(5).size());
  }
}
