package cn.nhjc.province.exchange.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.nhjc.province.exchange.domain.DeliveryPolicy.Outcome;
import org.junit.jupiter.api.Test;

class DeliveryPolicyTest {
  private final DeliveryPolicy policy = new DeliveryPolicy(5);

  @Test
  void an_upload_alone_is_redelivered_until_its_last_delivery_fails() {
    for (int delivery = 1; delivery < 5; delivery++) {
      assertEquals(Outcome.REDELIVER, policy.onFailure(1, delivery, true));
    }
    assertEquals(Outcome.SET_ASIDE, policy.onFailure(1, 5, true));
    assertEquals(Outcome.SET_ASIDE, policy.onFailure(1, 9, true));
  }

  @Test
  void nothing_is_set_aside_while_the_database_is_away() {
    assertEquals(Outcome.REDELIVER, policy.onFailure(1, 5, false));
    assertEquals(Outcome.REDELIVER, policy.onFailure(1, 500, false));
  }

  @Test
  void a_batch_goes_back_whole_so_that_each_upload_comes_back_alone() {
    assertEquals(Outcome.REDELIVER, policy.onFailure(64, 5, true));
  }

  @Test
  void at_least_one_delivery_is_allowed() {
    assertThrows(IllegalArgumentException.class, () -> new DeliveryPolicy(0));
  }
}
