package cn.nhjc.province.platform.notice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.nhjc.province.platform.security.CallerScope;
import cn.nhjc.province.platform.security.Roles;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NoticeAudienceTest {
  private static final String UNIT = "91130200MA0A1B2C3D";
  private static final String OTHER_UNIT = "91130100MA0A1B2C3X";

  private static final NoticeAudience PLATFORM =
      new NoticeAudience(NoticeAudience.NO_CALLER, Set.of(), CallerScope.none(), null);
  private static final NoticeAudience ENTERPRISE =
      new NoticeAudience(
          "ent-user", Set.of(Roles.ENTERPRISE_USER), CallerScope.enterprise(UNIT), null);
  private static final NoticeAudience TANGSHAN_OFFICIAL =
      new NoticeAudience(
          "ts-official", Set.of(Roles.CITY_OFFICIAL), CallerScope.city("130200"), "1302");
  private static final NoticeAudience METROLOGY =
      new NoticeAudience("officer", Set.of(Roles.METROLOGY_OFFICER), CallerScope.province(), "13");

  @Test
  void a_unit_notice_is_seen_by_that_units_users_only() {
    NoticeRecipient unit = NoticeRecipient.unit(UNIT);
    assertTrue(ENTERPRISE.sees(unit));
    assertFalse(ENTERPRISE.sees(NoticeRecipient.unit(OTHER_UNIT)));
    assertFalse(TANGSHAN_OFFICIAL.sees(unit));
    assertFalse(METROLOGY.sees(unit));
  }

  @Test
  void an_officials_notice_reaches_the_role_where_the_regions_lie_one_within_the_other() {
    // to the city officials of the whole province: every city's officials
    assertTrue(TANGSHAN_OFFICIAL.sees(NoticeRecipient.officials(Roles.CITY_OFFICIAL, "130000")));
    // about a county of Tangshan: Tangshan's officials
    assertTrue(TANGSHAN_OFFICIAL.sees(NoticeRecipient.officials(Roles.CITY_OFFICIAL, "130203")));
    // about Shijiazhuang: not Tangshan's
    assertFalse(TANGSHAN_OFFICIAL.sees(NoticeRecipient.officials(Roles.CITY_OFFICIAL, "130100")));
    // another role
    assertFalse(
        TANGSHAN_OFFICIAL.sees(NoticeRecipient.officials(Roles.METROLOGY_OFFICER, "130200")));
    assertTrue(METROLOGY.sees(NoticeRecipient.officials(Roles.METROLOGY_OFFICER, "130203")));
    assertFalse(ENTERPRISE.sees(NoticeRecipient.officials(Roles.CITY_OFFICIAL, "130000")));
  }

  @Test
  void officials_and_the_platform_send_enterprises_do_not() {
    NoticeRecipient unit = NoticeRecipient.unit(UNIT);
    assertTrue(PLATFORM.isPlatform());
    assertTrue(PLATFORM.maySend(unit));
    assertTrue(METROLOGY.maySend(unit));
    assertTrue(METROLOGY.maySend(NoticeRecipient.officials(Roles.CITY_OFFICIAL, "130000")));
    assertFalse(ENTERPRISE.isPlatform());
    assertFalse(ENTERPRISE.maySend(unit));
    assertFalse(
        new NoticeAudience("anonymous", Set.of(Roles.AUDITOR), CallerScope.none(), null)
            .maySend(unit));
  }

  @Test
  void a_city_official_sends_to_officials_within_the_city_only() {
    assertTrue(TANGSHAN_OFFICIAL.maySend(NoticeRecipient.officials(Roles.CITY_OFFICIAL, "130203")));
    assertFalse(
        TANGSHAN_OFFICIAL.maySend(NoticeRecipient.officials(Roles.CITY_OFFICIAL, "130000")));
    assertFalse(
        TANGSHAN_OFFICIAL.maySend(NoticeRecipient.officials(Roles.CITY_OFFICIAL, "130100")));
  }

  @Test
  void official_roles_keep_the_dictionary_order() {
    NoticeAudience both =
        new NoticeAudience(
            "x",
            Set.of(Roles.METROLOGY_OFFICER, Roles.PROVINCE_OFFICIAL, Roles.ENTERPRISE_USER),
            CallerScope.province(),
            "13");
    assertEquals(List.of(Roles.PROVINCE_OFFICIAL, Roles.METROLOGY_OFFICER), both.officialRoles());
  }
}
