package cn.nhjc.province.demo;

/**
 * One node of a unit's plant / process / equipment tree (protocol scope 1, 2, 4).
 *
 * @param key unique within the unit (path of codes, e.g. {@code 00/02/0301}); parents come first
 * @param parentKey null for the plant
 */
public record DemoStructureNode(String key, String parentKey, int scope, String code, String name) {

  public static final String PLANT_KEY = "00";

  public static String processKey(String processCode) {
    return PLANT_KEY + "/" + processCode;
  }
}
