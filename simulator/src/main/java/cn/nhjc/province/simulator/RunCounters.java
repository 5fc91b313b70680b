package cn.nhjc.province.simulator;

import java.util.concurrent.atomic.LongAdder;

/** What happened to uploads since the last summary line; shared by all unit threads. */
final class RunCounters {

  final LongAdder accepted = new LongAdder();
  final LongAdder refused = new LongAdder();
  final LongAdder failed = new LongAdder();
  final LongAdder pointsSent = new LongAdder();

  /** The summary of the period and a fresh start for the next one. */
  String drain() {
    return String.format(
        "uploads ok %d refused %d failed %d | points sent %d",
        accepted.sumThenReset(),
        refused.sumThenReset(),
        failed.sumThenReset(),
        pointsSent.sumThenReset());
  }
}
