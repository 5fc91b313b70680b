package cn.nhjc.province.exchange.application;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.nhjc.province.exchange.application.BrokerQueues.QueueState;
import org.junit.jupiter.api.Test;

class IntakeLanesTest {

  @Test
  void a_lane_whose_oldest_upload_waits_past_its_threshold_is_stalled() {
    assertTrue(IntakeLanes.stalled(new QueueState(3, 0, 0, 61_000, 3), 60_000));
    assertFalse(IntakeLanes.stalled(new QueueState(3, 0, 0, 59_000, 3), 60_000));
  }

  @Test
  void an_empty_lane_or_one_the_broker_does_not_report_is_not_stalled() {
    assertFalse(IntakeLanes.stalled(new QueueState(0, 0, 0, 0, 900), 60_000));
    assertFalse(IntakeLanes.stalled(null, 60_000));
  }
}
