package cn.nhjc.province.health;

import java.util.Map;

/**
 * The answer of one health probe.
 *
 * @param name the check's name as operators see it
 * @param up whether the platform passes it
 * @param data the figures behind the answer (numbers, text, booleans)
 */
public record Probe(String name, boolean up, Map<String, Object> data) {

  public Probe {
    data = Map.copyOf(data);
  }
}
