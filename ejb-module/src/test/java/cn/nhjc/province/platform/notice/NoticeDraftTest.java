package cn.nhjc.province.platform.notice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.nhjc.province.platform.security.Roles;
import org.junit.jupiter.api.Test;

class NoticeDraftTest {

  @Test
  void a_draft_is_stripped_and_keeps_its_recipient() {
    NoticeDraft draft =
        new NoticeDraft(
            "calibration-expired",
            NoticeSeverity.WARNING,
            "  计量器具检定已过期 ",
            "电能表 E-001 的检定有效期至 2026-11-30",
            "metrology",
            "42",
            NoticeRecipient.unit("91130200MA0A1B2C3D"));
    assertEquals("计量器具检定已过期", draft.title());
    assertEquals("91130200MA0A1B2C3D", draft.recipient().unitCreditCode());
    assertNull(draft.recipient().regionPrefix());
  }

  @Test
  void blank_or_overlong_fields_are_refused() {
    NoticeRecipient unit = NoticeRecipient.unit("91130200MA0A1B2C3D");
    assertThrows(
        IllegalArgumentException.class,
        () -> new NoticeDraft(" ", NoticeSeverity.INFO, "t", "b", "metrology", "1", unit));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new NoticeDraft(
                "general", NoticeSeverity.INFO, "t".repeat(201), "b", "metrology", "1", unit));
    assertThrows(
        IllegalArgumentException.class,
        () -> new NoticeDraft("general", NoticeSeverity.INFO, "t", "b", "metrology", null, unit));
  }

  @Test
  void recipients_are_a_unit_or_the_officials_of_a_role_in_a_region() {
    assertEquals("1302", NoticeRecipient.officials(Roles.CITY_OFFICIAL, "130200").regionPrefix());
    assertEquals("13", NoticeRecipient.officials(Roles.METROLOGY_OFFICER, "130000").regionPrefix());
    assertThrows(IllegalArgumentException.class, () -> NoticeRecipient.unit("not-a-code"));
    assertThrows(
        IllegalArgumentException.class,
        () -> NoticeRecipient.officials(Roles.ENTERPRISE_USER, "130200"));
    assertThrows(
        IllegalArgumentException.class, () -> NoticeRecipient.officials(Roles.CITY_OFFICIAL, "13"));
    assertThrows(
        IllegalArgumentException.class,
        () -> new NoticeRecipient("91130200MA0A1B2C3D", Roles.CITY_OFFICIAL, "130200"));
  }

  @Test
  void severities_read_their_stored_codes() {
    for (NoticeSeverity severity : NoticeSeverity.values()) {
      assertEquals(severity, NoticeSeverity.ofCode(severity.code()));
    }
    assertEquals("critical", NoticeSeverity.CRITICAL.code());
    assertThrows(IllegalArgumentException.class, () -> NoticeSeverity.ofCode("urgent"));
  }
}
