package cn.nhjc.province.demo;

/** What one demo load wrote; all zero when the registry already had units. */
public record DemoLoadReport(int units, long readings, int collectItems, int meters, long millis) {

  public static DemoLoadReport nothingLoaded(long millis) {
    return new DemoLoadReport(0, 0, 0, 0, millis);
  }
}
