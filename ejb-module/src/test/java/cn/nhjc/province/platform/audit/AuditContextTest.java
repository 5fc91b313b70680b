package cn.nhjc.province.platform.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class AuditContextTest {

  @Test
  void a_nested_dispatch_gives_back_the_outer_address_and_the_request_leaves_none() {
    String outer = AuditContext.enter("203.0.113.7");
    assertNull(outer);
    String inner = AuditContext.enter("203.0.113.8"); // e.g. the error page's dispatch
    assertEquals("203.0.113.8", AuditContext.source());
    AuditContext.leave(inner);
    assertEquals("203.0.113.7", AuditContext.source());
    AuditContext.leave(outer);
    assertNull(AuditContext.source());
  }
}
