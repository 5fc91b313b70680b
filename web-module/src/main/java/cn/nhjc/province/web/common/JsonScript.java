package cn.nhjc.province.web.common;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;

/**
 * JSON for a page's charts, written into a {@code <script type="application/json">} element: the
 * characters that could end the element or open markup are escaped, so data never becomes markup.
 * The element is a data block, which a browser never runs, so the Content-Security-Policy has
 * nothing to admit for it (resources/js/monitoring.js reads it).
 */
public final class JsonScript {
  private JsonScript() {}

  public static String of(JsonObjectBuilder object) {
    return escape(object.build().toString());
  }

  public static String of(JsonArrayBuilder array) {
    return escape(array.build().toString());
  }

  static String escape(String json) {
    return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
  }

  /** Adds a number, or JSON null when it is missing. */
  public static JsonObjectBuilder number(JsonObjectBuilder object, String name, BigDecimal value) {
    return value == null ? object.addNull(name) : object.add(name, value);
  }
}
