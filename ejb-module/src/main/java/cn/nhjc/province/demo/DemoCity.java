package cn.nhjc.province.demo;

import java.util.List;

/**
 * A city of the demo province with its county-level regions; units are registered in a county.
 *
 * @param name the short name used in unit names (e.g. 石家庄), not necessarily the official one
 */
public record DemoCity(String code, String name, List<String> countyCodes) {
  public DemoCity {
    if (countyCodes.isEmpty()) {
      throw new IllegalArgumentException("city " + code + " has no county-level region");
    }
    countyCodes = List.copyOf(countyCodes);
  }
}
