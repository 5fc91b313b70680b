package cn.nhjc.province.it.incontainer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.nhjc.province.exchange.application.UploadIntake;
import cn.nhjc.province.exchange.application.UploadStorage;
import cn.nhjc.province.exchange.domain.UploadBatch;
import cn.nhjc.province.monitoring.domain.ProtocolTime;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import javax.naming.InitialContext;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** An upload put on the intake queue is consumed by the MDB and committed to PostgreSQL once. */
@ExtendWith(ArquillianExtension.class)
class IntakeIT {

  private static final String ELECTRICITY_DAILY = "00-00-0000-023300-11";

  @Deployment
  static EnterpriseArchive deployment() {
    return cn.nhjc.province.it.Deployments.platformWithTests();
  }

  private DataSource db;
  private UploadIntake intake;
  private UploadStorage store;
  private String creditCode;
  private long unitId;

  @BeforeEach
  void seedOwnUnit() throws Exception {
    InitialContext naming = new InitialContext();
    db = ServerDatabase.dataSource();
    intake = (UploadIntake) naming.lookup("java:global/platform/ejb-module/UploadIntake");
    store = (UploadStorage) naming.lookup("java:global/platform/ejb-module/UploadStorage");
    creditCode = ServerDatabase.newCreditCode("130102");
    unitId =
        ServerDatabase.listUnit(creditCode, "集成测试水泥有限公司" + creditCode.substring(8, 16), "130102");
  }

  @Test
  void message_on_the_intake_queue_is_committed_by_the_consumer() throws Exception {
    intake.enqueue(upload(UUID.randomUUID().toString(), "2026-10-01 00:00:00", "1200.5"));
    awaitPoints(2);
    assertEquals(new BigDecimal("1200.500000"), value("2026-10-01"));
  }

  @Test
  void a_second_message_with_the_same_upload_id_is_dropped_by_the_broker() throws Exception {
    String uploadId = UUID.randomUUID().toString();
    intake.enqueue(upload(uploadId, "2026-10-01 00:00:00", "100"));
    awaitPoints(2);
    intake.enqueue(upload(uploadId, "2026-10-01 00:00:00", "999"));
    intake.enqueue(upload(UUID.randomUUID().toString(), "2026-10-03 00:00:00", "300"));
    awaitPoints(4);
    assertEquals(new BigDecimal("100.000000"), value("2026-10-01"));
    assertEquals(1, receipts(uploadId));
  }

  @Test
  void storing_the_same_upload_twice_stores_its_points_once() {
    UploadBatch batch = upload(UUID.randomUUID().toString(), "2026-10-05 00:00:00", "42");
    assertEquals(2, store.storeAll(List.of(batch)).points());
    assertEquals(0, store.storeAll(List.of(batch)).points());
  }

  @Test
  void the_value_accepted_last_wins_whatever_the_order_of_storing() throws Exception {
    Instant earlier = Instant.parse("2026-11-01T01:00:00Z");
    Instant later = earlier.plusSeconds(60);
    // the later upload is stored first, the earlier one after it
    store.storeAll(List.of(single("2026-10-06 00:00:00", "20", later)));
    store.storeAll(List.of(single("2026-10-06 00:00:00", "10", earlier)));
    assertEquals(new BigDecimal("20.000000"), value("2026-10-06"));
    assertEquals(1, count("select count(*) from reading_revision where unit_id = " + unitId));
    assertEquals(
        1, count("select count(*) from reading_revision where value = 10 and unit_id = " + unitId));
  }

  @Test
  void two_values_for_one_key_in_one_batch_keep_the_earlier_as_a_revision() throws Exception {
    Instant earlier = Instant.parse("2026-11-01T02:00:00Z");
    store.storeAll(
        List.of(
            single("2026-10-07 00:00:00", "70", earlier.plusSeconds(5)),
            single("2026-10-07 00:00:00", "60", earlier)));
    assertEquals(new BigDecimal("70.000000"), value("2026-10-07"));
    assertEquals(
        1, count("select count(*) from reading_revision where value = 60 and unit_id = " + unitId));
    assertEquals(
        2, count("select count(*) from upload_log where accepted and unit_id = " + unitId));
  }

  @Test
  void a_re_sent_day_of_quarter_hours_replaces_each_stored_value_on_both_sides_of_utc_midnight()
      throws Exception {
    // a Beijing day's 96 quarter-hours span two UTC days (08:00 Beijing is UTC midnight); the
    // merge finds what is stored by one range scan per item, statType and UTC day
    Instant day = ProtocolTime.parse("2026-10-10 00:00:00");
    Instant accepted = Instant.parse("2026-11-02T01:00:00Z");
    store.storeAll(List.of(batch(quarterHours(day, 0, 96, "1"), accepted)));
    // the afternoon again with other values, and the next morning for the first time
    List<UploadBatch.Item> resent = new java.util.ArrayList<>(quarterHours(day, 48, 48, "2"));
    resent.addAll(quarterHours(day, 96, 48, "3"));
    assertEquals(96, store.storeAll(List.of(batch(resent, accepted.plusSeconds(60)))).points());
    String realtime = "select %s from reading where stat_type = 0 and unit_id = " + unitId;
    assertEquals(144, count(String.format(realtime, "count(*)")));
    assertEquals(48 * 1 + 48 * 2 + 48 * 3, count(String.format(realtime, "sum(value)::int")));
    String revisions = "select count(*) from reading_revision where stat_type = 0 and unit_id = ";
    assertEquals(48, count(revisions + unitId));
    assertEquals(48, count(revisions + unitId + " and value = 1"));
    // the same values once more: nothing changes, no revision
    assertEquals(96, store.storeAll(List.of(batch(resent, accepted.plusSeconds(120)))).points());
    assertEquals(144, count(String.format(realtime, "count(*)")));
    assertEquals(48, count(revisions + unitId));
  }

  @Test
  void a_batch_of_new_and_re_sent_uploads_stores_the_new_and_revises_the_re_sent()
      throws Exception {
    // new readings are inserted plainly; one stored reading among them makes the whole batch merge
    Instant accepted = Instant.parse("2026-11-03T01:00:00Z");
    store.storeAll(List.of(single("2026-10-12 00:00:00", "5", accepted)));
    UploadBatch resent = single("2026-10-12 00:00:00", "6", accepted.plusSeconds(60));
    UploadBatch fresh = single("2026-10-13 00:00:00", "7", accepted.plusSeconds(60));
    assertEquals(2, store.storeAll(List.of(fresh, resent)).points());
    assertEquals(new BigDecimal("6.000000"), value("2026-10-12"));
    assertEquals(new BigDecimal("7.000000"), value("2026-10-13"));
    assertEquals(
        1, count("select count(*) from reading_revision where value = 5 and unit_id = " + unitId));
    assertEquals(
        3, count("select count(*) from upload_log where accepted and unit_id = " + unitId));
    // and a batch of new readings only is stored without a revision
    UploadBatch later = single("2026-10-14 00:00:00", "8", accepted.plusSeconds(120));
    assertEquals(1, store.storeAll(List.of(later)).points());
    assertEquals(new BigDecimal("8.000000"), value("2026-10-14"));
    assertEquals(3, points());
    assertEquals(1, count("select count(*) from reading_revision where unit_id = " + unitId));
  }

  @Test
  void an_upload_naming_one_reading_twice_is_returned_unstored_and_the_others_are_stored()
      throws Exception {
    Instant accepted = Instant.parse("2026-11-04T01:00:00Z");
    UploadBatch.Item first =
        new UploadBatch.Item(
            ELECTRICITY_DAILY,
            1,
            ProtocolTime.parse("2026-10-20 00:00:00"),
            BigDecimal.ONE,
            1,
            1,
            false);
    UploadBatch twice = batch(List.of(first, first), accepted);
    UploadBatch good = single("2026-10-21 00:00:00", "21", accepted);
    UploadStorage.StoreResult result = store.storeAll(List.of(twice, good));
    assertEquals(1, result.points());
    assertEquals(1, result.unstorable().size());
    assertEquals(twice, result.unstorable().get(0).batch());
    assertEquals(
        "the upload holds a reading (dataCode, statType, statDate) twice",
        result.unstorable().get(0).reason());
    assertEquals(1, points());
    assertEquals(new BigDecimal("21.000000"), value("2026-10-21"));
    // not claimed: a replay from the dead letters is judged again, not skipped as stored
    assertEquals(0, receipts(twice.uploadId()));
  }

  /**
   * {@code count} quarter-hour values from slot {@code first} of a day on (beyond 95: the next
   * day).
   */
  private static List<UploadBatch.Item> quarterHours(
      Instant day, int first, int count, String value) {
    List<UploadBatch.Item> items = new java.util.ArrayList<>();
    for (int slot = first; slot < first + count; slot++) {
      items.add(
          new UploadBatch.Item(
              ELECTRICITY_DAILY,
              0,
              day.plus(Duration.ofMinutes(15L * slot)),
              new BigDecimal(value),
              1,
              1,
              false));
    }
    return items;
  }

  /** A device's upload of this test's unit, accepted at {@code at}. */
  private UploadBatch batch(List<UploadBatch.Item> items, Instant at) {
    return new UploadBatch(UUID.randomUUID().toString(), creditCode, "device", at, items);
  }

  private UploadBatch single(String day, String value, Instant acceptedAt) {
    return batch(
        List.of(
            new UploadBatch.Item(
                ELECTRICITY_DAILY, 1, ProtocolTime.parse(day), new BigDecimal(value), 1, 1, false)),
        acceptedAt);
  }

  /** Two daily electricity values: the given day and the day after (days 01–08 of a month). */
  private UploadBatch upload(String uploadId, String firstDay, String value) {
    Instant first = ProtocolTime.parse(firstDay);
    return new UploadBatch(
        uploadId,
        creditCode,
        "it",
        Instant.now(),
        List.of(
            new UploadBatch.Item(ELECTRICITY_DAILY, 1, first, new BigDecimal(value), 1, 1, false),
            new UploadBatch.Item(
                ELECTRICITY_DAILY,
                1,
                first.plus(Duration.ofDays(1)),
                new BigDecimal(value),
                1,
                1,
                false)));
  }

  private void awaitPoints(int expected) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (points() < expected && System.nanoTime() < deadline) {
      Thread.sleep(200);
    }
    assertEquals(expected, points());
  }

  private int points() throws Exception {
    return count("select count(*) from reading where unit_id = " + unitId);
  }

  private int receipts(String uploadId) throws Exception {
    return count("select count(*) from intake_receipt where message_id = '" + uploadId + "'");
  }

  private int count(String sql) throws Exception {
    return (int) ServerDatabase.count(sql);
  }

  private BigDecimal value(String day) throws Exception {
    try (Connection connection = db.getConnection();
        PreparedStatement query =
            connection.prepareStatement(
                "select value from reading where unit_id = ? and data_code = ? and stat_type = 1"
                    + " and stat_date = cast(? as timestamp) at time zone 'Asia/Shanghai'")) {
      query.setLong(1, unitId);
      query.setString(2, ELECTRICITY_DAILY);
      query.setString(3, day + " 00:00:00");
      try (ResultSet result = query.executeQuery()) {
        result.next();
        return result.getBigDecimal(1);
      }
    }
  }
}
