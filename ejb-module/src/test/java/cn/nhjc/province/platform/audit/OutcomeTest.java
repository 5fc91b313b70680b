package cn.nhjc.province.platform.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.ejb.ApplicationException;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import org.junit.jupiter.api.Test;

class OutcomeTest {

  @ApplicationException
  static final class RuleBroken extends RuntimeException {
    private static final long serialVersionUID = 1L;

    RuleBroken(String message) {
      super(message);
    }
  }

  @Test
  void the_callers_errors_are_refusals_also_inside_ejb_wrappers() {
    assertEquals(Outcome.REFUSED, Outcome.of(new IllegalArgumentException("bad period")));
    assertEquals(
        Outcome.REFUSED,
        Outcome.of(new EJBException(new EJBException(new IllegalArgumentException("bad")))));
    assertEquals(Outcome.REFUSED, Outcome.of(new EJBAccessException("denied")));
    assertEquals(Outcome.REFUSED, Outcome.of(new RuleBroken("already registered")));
    assertEquals(
        "bad period",
        Outcome.describe(new EJBException(new IllegalArgumentException("bad period"))));
  }

  @Test
  void faults_are_failures_described_by_their_class_and_message() {
    Exception fault = new EJBException(new IllegalStateException("the broker is away"));
    assertEquals(Outcome.FAILED, Outcome.of(fault));
    assertEquals("IllegalStateException: the broker is away", Outcome.describe(fault));
    assertEquals("NullPointerException", Outcome.describe(new NullPointerException()));
  }

  @Test
  void codes_are_the_stored_words() {
    for (Outcome outcome : Outcome.values()) {
      assertEquals(outcome, Outcome.ofCode(outcome.code()));
    }
    assertEquals("refused", Outcome.REFUSED.code());
    assertThrows(IllegalArgumentException.class, () -> Outcome.ofCode("SUCCESS"));
  }
}
