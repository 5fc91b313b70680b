package cn.nhjc.province.simulator;

import java.time.Duration;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Command-line options of the form {@code --name value} and bare flags such as {@code --once}. */
final class Options {

  private final Map<String, String> values = new HashMap<>();

  private Options() {}

  /**
   * @param flags the option names that take no value
   * @throws IllegalArgumentException on an unknown option or a missing value
   */
  static Options parse(List<String> args, Set<String> known, Set<String> flags) {
    Options options = new Options();
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (!arg.startsWith("--") || !(known.contains(arg) || flags.contains(arg))) {
        throw new IllegalArgumentException("unknown option " + arg);
      }
      if (flags.contains(arg)) {
        options.values.put(arg, "true");
      } else if (i + 1 < args.size()) {
        options.values.put(arg, args.get(++i));
      } else {
        throw new IllegalArgumentException(arg + " needs a value");
      }
    }
    return options;
  }

  String text(String name, String fallback) {
    return values.getOrDefault(name, fallback);
  }

  String required(String name) {
    String value = values.get(name);
    if (value == null) {
      throw new IllegalArgumentException(name + " is required");
    }
    return value;
  }

  boolean has(String name) {
    return values.containsKey(name);
  }

  int integer(String name, int fallback) {
    try {
      return has(name) ? Integer.parseInt(values.get(name)) : fallback;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " must be a number", e);
    }
  }

  /** A whole number of at least 1. */
  int positive(String name, int fallback) {
    int value = integer(name, fallback);
    if (value < 1) {
      throw new IllegalArgumentException(name + " must be at least 1");
    }
    return value;
  }

  /** A month {@code yyyy-MM}. */
  YearMonth month(String name, YearMonth fallback) {
    try {
      return has(name) ? YearMonth.parse(values.get(name)) : fallback;
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(name + " must be a month yyyy-MM", e);
    }
  }

  double decimal(String name, double fallback) {
    return has(name) ? Double.parseDouble(values.get(name)) : fallback;
  }

  /** A duration such as {@code 90s}, {@code 30m}, {@code 6h} or {@code 2d}. */
  Duration duration(String name, Duration fallback) {
    return has(name) ? parseDuration(values.get(name)) : fallback;
  }

  static Duration parseDuration(String text) {
    String trimmed = text.trim().toLowerCase();
    if (!trimmed.matches("\\d+[smhd]")) {
      throw new IllegalArgumentException("not a duration like 30m, 6h or 2d: " + text);
    }
    long amount = Long.parseLong(trimmed.substring(0, trimmed.length() - 1));
    return switch (trimmed.charAt(trimmed.length() - 1)) {
      case 's' -> Duration.ofSeconds(amount);
      case 'm' -> Duration.ofMinutes(amount);
      case 'h' -> Duration.ofHours(amount);
      default -> Duration.ofDays(amount);
    };
  }
}
