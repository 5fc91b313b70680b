package cn.nhjc.province.exchange.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.nhjc.province.exchange.domain.Backpressure.Lane;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BackpressureTest {
  private static final boolean LIVE = true;
  private static final boolean CATCH_UP = false;
  private static final String BUSY = "平台繁忙：待入库数据积压，请 60 秒后重传";

  private static Backpressure lanes(Lane live, Lane catchUp) {
    return new Backpressure(live, catchUp, 60);
  }

  @Test
  void lanes_below_their_bounds_accept_every_upload() {
    Backpressure backpressure = lanes(Lane.reported(999, 1000), Lane.reported(19_999, 20_000));
    assertEquals(Optional.empty(), backpressure.refusal(LIVE));
    assertEquals(Optional.empty(), backpressure.refusal(CATCH_UP));
  }

  @Test
  void a_lane_at_its_bound_refuses_the_uploads_bound_for_it() {
    assertEquals(
        Optional.of(BUSY),
        lanes(Lane.reported(1000, 1000), Lane.reported(0, 20_000)).refusal(LIVE));
    assertEquals(
        Optional.of(BUSY),
        lanes(Lane.reported(0, 1000), Lane.reported(25_000, 20_000)).refusal(CATCH_UP));
  }

  @Test
  void a_catch_up_backlog_never_refuses_live_uploads() {
    Backpressure backpressure = lanes(Lane.reported(3, 1000), Lane.reported(1_000_000, 20_000));
    assertEquals(Optional.empty(), backpressure.refusal(LIVE));
    assertTrue(backpressure.refusal(CATCH_UP).isPresent());
  }

  @Test
  void a_live_backlog_does_not_refuse_catch_up_uploads() {
    Backpressure backpressure = lanes(Lane.reported(5000, 1000), Lane.reported(10, 20_000));
    assertEquals(Optional.empty(), backpressure.refusal(CATCH_UP));
    assertTrue(backpressure.refusal(LIVE).isPresent());
  }

  @Test
  void a_lane_the_broker_does_not_report_refuses_nothing() {
    Backpressure backpressure = lanes(Lane.unreported(0), Lane.unreported(0));
    assertEquals(Optional.empty(), backpressure.refusal(LIVE));
    assertEquals(Optional.empty(), backpressure.refusal(CATCH_UP));
  }

  @Test
  void before_the_lanes_are_read_every_upload_is_accepted() {
    assertEquals(Optional.empty(), Backpressure.NONE.refusal(LIVE));
    assertEquals(Optional.empty(), Backpressure.NONE.refusal(CATCH_UP));
  }

  @Test
  void a_bound_of_zero_refuses_every_upload_of_its_lane_even_an_empty_one() {
    Backpressure backpressure = lanes(Lane.reported(0, 1000), Lane.reported(0, 0));
    assertEquals(Optional.of(BUSY), backpressure.refusal(CATCH_UP));
    assertEquals(Optional.empty(), backpressure.refusal(LIVE));
  }

  @Test
  void the_refusal_names_the_retry_hint_in_seconds() {
    Backpressure backpressure = new Backpressure(Lane.reported(1, 1), Lane.reported(0, 20_000), 45);
    assertEquals(Optional.of("平台繁忙：待入库数据积压，请 45 秒后重传"), backpressure.refusal(LIVE));
  }

  @Test
  void a_negative_bound_or_a_retry_hint_under_a_second_is_refused_as_a_setting() {
    assertThrows(IllegalArgumentException.class, () -> Lane.reported(0, -1));
    assertThrows(
        IllegalArgumentException.class,
        () -> new Backpressure(Lane.unreported(1), Lane.unreported(1), 0));
  }
}
