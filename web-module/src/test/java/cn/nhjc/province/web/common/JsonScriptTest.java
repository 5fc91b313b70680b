package cn.nhjc.province.web.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.json.Json;
import java.io.StringReader;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class JsonScriptTest {

  @Test
  void data_cannot_close_the_script_element_or_open_markup_and_still_parses_back() {
    String name = "</script><img src=x onerror=alert(1)>&amp;";
    String json = JsonScript.of(Json.createObjectBuilder().add("name", name));
    assertFalse(json.contains("<"), json);
    assertFalse(json.contains(">"), json);
    assertFalse(json.contains("&"), json);
    assertEquals(name, Json.createReader(new StringReader(json)).readObject().getString("name"));
  }

  @Test
  void a_missing_number_is_json_null() {
    String json =
        JsonScript.of(
            JsonScript.number(
                JsonScript.number(Json.createObjectBuilder(), "a", null), "b", BigDecimal.TEN));
    assertEquals("{\"a\":null,\"b\":10}", json);
  }
}
