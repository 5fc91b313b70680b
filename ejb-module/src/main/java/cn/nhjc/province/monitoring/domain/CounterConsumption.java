package cn.nhjc.province.monitoring.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Consumption from the readings of a cumulative counter (表底): the difference of consecutive
 * readings, where a meter exchange or a counter rollover never shows up as consumption.
 *
 * <p>The protocol carries period values (a day's, a month's consumption), which monitoring stores
 * as they come: no counter reading is converted on the intake's path. This is the rule for where
 * counter readings are converted (a reading entered by hand, a meter exchange recorded in the
 * metrology registry):
 *
 * <ul>
 *   <li>Between two readings with no change of meter, the consumption is the later minus the
 *       earlier.
 *   <li>A meter exchanged between them (its final reading and its successor's first reading
 *       recorded, {@link MeterChange}): the old meter's part (its final reading minus the earlier
 *       reading) plus the new one's (the later reading minus its first reading). Several exchanges
 *       in one interval chain the same way.
 *   <li>A counter that goes back with no exchange has rolled over when its capacity is known: the
 *       rest up to the capacity plus the later reading. Without a known capacity the interval is
 *       not converted and is reported ({@link Result#unresolved}), never taken as a negative or a
 *       huge consumption.
 * </ul>
 */
public final class CounterConsumption {
  private CounterConsumption() {}

  /** A counter's reading at an instant. */
  public record Reading(Instant at, BigDecimal value) {
    public Reading {
      Objects.requireNonNull(at);
      Objects.requireNonNull(value);
    }
  }

  /** A meter exchange at an instant: the old meter's final reading, the new one's first. */
  public record MeterChange(Instant at, BigDecimal finalReading, BigDecimal firstReading) {
    public MeterChange {
      Objects.requireNonNull(at);
      Objects.requireNonNull(finalReading);
      Objects.requireNonNull(firstReading);
    }
  }

  /**
   * One interval's consumption; {@code null} when it could not be converted.
   *
   * @param exchanged whether a meter exchange fell in it
   * @param rolledOver whether the counter rolled over in it
   */
  public record Interval(
      Instant from, Instant to, BigDecimal consumption, boolean exchanged, boolean rolledOver) {}

  /**
   * The intervals' consumption, their sum over the converted ones, and what could not be converted
   * (Chinese text).
   */
  public record Result(List<Interval> intervals, BigDecimal total, List<String> unresolved) {}

  /**
   * Converts consecutive readings of one metering point.
   *
   * @param readings in any order; converted by time
   * @param changes the meter exchanges of the point, in any order
   * @param capacity the reading the counter rolls over at; {@code null} when unknown
   */
  public static Result of(List<Reading> readings, List<MeterChange> changes, BigDecimal capacity) {
    List<Reading> sorted = new ArrayList<>(readings);
    sorted.sort(Comparator.comparing(Reading::at));
    List<MeterChange> exchanges = new ArrayList<>(changes);
    exchanges.sort(Comparator.comparing(MeterChange::at));
    List<Interval> intervals = new ArrayList<>();
    List<String> unresolved = new ArrayList<>();
    BigDecimal total = BigDecimal.ZERO;
    for (int i = 1; i < sorted.size(); i++) {
      Reading from = sorted.get(i - 1);
      Reading to = sorted.get(i);
      List<MeterChange> within =
          exchanges.stream()
              .filter(c -> !c.at().isBefore(from.at()) && c.at().isBefore(to.at()))
              .toList();
      BigDecimal consumption;
      boolean rolledOver = false;
      if (!within.isEmpty()) {
        consumption = acrossExchanges(from, to, within, unresolved);
      } else if (to.value().compareTo(from.value()) >= 0) {
        consumption = to.value().subtract(from.value());
      } else if (capacity != null && from.value().compareTo(capacity) <= 0) {
        consumption = capacity.subtract(from.value()).add(to.value());
        rolledOver = true;
      } else {
        consumption = null;
        unresolved.add(
            span(from, to)
                + "读数由 "
                + from.value().toPlainString()
                + " 回落到 "
                + to.value().toPlainString()
                + "，既无换表记录也无计数器满量程");
      }
      intervals.add(new Interval(from.at(), to.at(), consumption, !within.isEmpty(), rolledOver));
      if (consumption != null) {
        total = total.add(consumption);
      }
    }
    return new Result(List.copyOf(intervals), total, List.copyOf(unresolved));
  }

  /**
   * An interval's consumption across the meter exchanges within it (in time order): each old
   * meter's part up to its final reading, then the last new meter's part; {@code null}, with the
   * reason added to {@code unresolved}, when a part goes negative.
   */
  private static BigDecimal acrossExchanges(
      Reading from, Reading to, List<MeterChange> within, List<String> unresolved) {
    BigDecimal consumption = BigDecimal.ZERO;
    BigDecimal start = from.value();
    for (MeterChange change : within) {
      BigDecimal part = change.finalReading().subtract(start);
      if (part.signum() < 0) {
        unresolved.add(
            span(from, to)
                + "换表时旧表止码 "
                + change.finalReading().toPlainString()
                + " 小于此前读数 "
                + start.toPlainString());
        return null;
      }
      consumption = consumption.add(part);
      start = change.firstReading();
    }
    BigDecimal last = to.value().subtract(start);
    if (last.signum() < 0) {
      unresolved.add(
          span(from, to) + "读数 " + to.value().toPlainString() + " 小于新表起码 " + start.toPlainString());
      return null;
    }
    return consumption.add(last);
  }

  /** The start of an unresolved interval's reason: "from 至 to：". */
  private static String span(Reading from, Reading to) {
    return from.at() + " 至 " + to.at() + "：";
  }
}
