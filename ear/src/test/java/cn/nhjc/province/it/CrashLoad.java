package cn.nhjc.province.it;

import cn.nhjc.province.it.Fep.Device;
import cn.nhjc.province.it.Fep.Item;
import cn.nhjc.province.registry.domain.CreditCodes;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The load, the bookkeeping and the comparisons of {@link CrashLoopIT}: key units of its own with
 * daily and 15-minute items, devices uploading through the real protocol, the readings every
 * acknowledged upload carried, and what the database holds.
 */
final class CrashLoad {
  static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
  private static final DateTimeFormatter STAT_DATE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
  private static final String REGION = "130102";
  private static final String PROVINCE = "130000";
  private static final String REALTIME_ELECTRICITY = TestUnits.DAILY_ELECTRICITY;
  private static final String REALTIME_GAS = TestUnits.DAILY_GAS;
  private static final int UNITS = 12;
  private static final int CATCH_UP_CLIENTS = 3;
  private static final int DAYS_PER_CATCH_UP = 7;
  private static final int SLOTS_PER_LIVE_UPLOAD = 4;

  /** How the platform is stopped. */
  enum Kill {
    WILDFLY("WildFly SIGKILL"),
    PLATFORM("WildFly and PostgreSQL SIGKILL"),
    DATABASE_THEN_WILDFLY("PostgreSQL fast stop, WildFly SIGKILL 3 s later"),
    DATABASE_RESTART("PostgreSQL fast stop, started again 5 s later; WildFly runs on");

    final String text;

    Kill(String text) {
      this.text = text;
    }
  }

  /** A reading's key, as stored. */
  record Key(long unitId, String dataCode, int statType, long epochSecond)
      implements Comparable<Key> {
    @Override
    public int compareTo(Key other) {
      int c = Long.compare(unitId, other.unitId);
      if (c == 0) {
        c = dataCode.compareTo(other.dataCode);
      }
      if (c == 0) {
        c = Integer.compare(statType, other.statType);
      }
      return c != 0 ? c : Long.compare(epochSecond, other.epochSecond);
    }
  }

  private record LoadUnit(long id, String creditCode, Device device) {}

  /** An upload as sent, with the readings it carries. */
  private record Upload(ObjectNode body, Map<Key, BigDecimal> readings) {}

  private final String jdbcUrl;
  private final String baseUrl;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  private final List<LoadUnit> units = new ArrayList<>();
  private LoadUnit probe;
  private final Map<Key, BigDecimal> acknowledged = new ConcurrentHashMap<>();
  private final ConcurrentLinkedQueue<Upload> unanswered = new ConcurrentLinkedQueue<>();
  private final AtomicInteger refused = new AtomicInteger();
  private final Map<String, Integer> refusals = new ConcurrentHashMap<>();
  private final LocalDate[] catchUpDay = new LocalDate[UNITS];
  private final AtomicInteger liveCursor = new AtomicInteger();

  CrashLoad(String jdbcUrl, String baseUrl) {
    this.jdbcUrl = jdbcUrl;
    this.baseUrl = baseUrl;
  }

  /** Lists the units, configures their items and registers their devices. */
  void seed(Random random) throws Exception {
    try (Connection db = database()) {
      for (int u = 0; u <= UNITS; u++) {
        String creditCode =
            CreditCodes.enterpriseCode(REGION, String.format("%08d", random.nextInt(90_000_000)));
        long id = insertUnit(db, creditCode);
        Device device = register(creditCode);
        LoadUnit unit = new LoadUnit(id, creditCode, device);
        if (u == UNITS) {
          probe = unit;
        } else {
          units.add(unit);
          catchUpDay[u] = LocalDate.parse("2026-10-31");
        }
      }
    }
  }

  private static long insertUnit(Connection db, String creditCode) throws SQLException {
    return TestUnits.listed(
            db,
            creditCode,
            REGION,
            new Object[][] {
              {TestUnits.DAILY_ELECTRICITY, "全厂电力（日）", "02", "3300", 1},
              {TestUnits.DAILY_GAS, "全厂天然气（日）", "01", "1500", 1},
              {REALTIME_ELECTRICITY, "全厂电力（15分钟）", "02", "3300", 0},
              {REALTIME_GAS, "全厂天然气（15分钟）", "01", "1500", 0}
            })
        .id();
  }

  private Device register(String creditCode) throws Exception {
    ObjectNode request =
        Fep.JSON.createObjectNode().put("region", REGION).put("enterpriseCode", creditCode);
    JsonNode answer = Fep.JSON.readTree(post("register", request).body());
    if (!"0".equals(Fep.code(answer))) {
      throw new AssertionError("register refused: " + answer);
    }
    Fep.confirm(baseUrl, answer.path("deviceId").asText());
    return new Device(
        answer.path("deviceId").asText(), creditCode, answer.path("secretKey").asText());
  }

  /** The load under way until {@link Running#stop}. */
  final class Running {
    private final AtomicBoolean stopped = new AtomicBoolean();
    private final AtomicInteger acked = new AtomicInteger();
    private final AtomicInteger lost = new AtomicInteger();
    private final List<Thread> clients = new ArrayList<>();

    void stop() throws InterruptedException {
      stopped.set(true);
      for (Thread client : clients) {
        client.join(60_000);
      }
    }

    int acknowledged() {
      return acked.get();
    }

    int unanswered() {
      return lost.get();
    }

    private void run(java.util.function.Supplier<Upload> next, long pauseMillis) {
      while (!stopped.get()) {
        Upload upload = next.get();
        if (upload == null) {
          return;
        }
        Boolean answered = send(upload);
        if (answered == null) {
          lost.incrementAndGet();
          unanswered.add(upload);
          return; // the platform is gone; what follows waits for the restart
        }
        if (answered) {
          acked.incrementAndGet();
        } else {
          unanswered.add(upload); // refused: the device sends it again later
          sleep(500);
        }
        sleep(pauseMillis);
      }
    }
  }

  /** Starts the live client and the catch-up clients. */
  Running startLoad(long seed) {
    Running running = new Running();
    Random live = new Random(seed);
    running.clients.add(new Thread(() -> running.run(() -> nextLive(live), 150), "live"));
    for (int c = 0; c < CATCH_UP_CLIENTS; c++) {
      int client = c;
      Random values = new Random(seed + c + 1);
      running.clients.add(
          new Thread(
              () -> running.run(() -> nextCatchUp(client, values), 0), "catch-up-" + client));
    }
    running.clients.forEach(Thread::start);
    return running;
  }

  /** Yesterday's next quarter-hours of one item of a unit, in turn: the live lane. */
  private Upload nextLive(Random values) {
    int slotsPerDay = 96;
    int uploadsPerItem = slotsPerDay / SLOTS_PER_LIVE_UPLOAD;
    int n = liveCursor.getAndIncrement();
    int unit = n % UNITS;
    int rest = n / UNITS;
    if (rest >= 2 * uploadsPerItem) {
      return null; // yesterday is full
    }
    String dataCode = rest % 2 == 0 ? REALTIME_ELECTRICITY : REALTIME_GAS;
    int firstSlot = (rest / 2) * SLOTS_PER_LIVE_UPLOAD;
    LocalDateTime start = LocalDate.now(BEIJING).minusDays(1).atStartOfDay();
    List<Item> items = new ArrayList<>();
    for (int s = firstSlot; s < firstSlot + SLOTS_PER_LIVE_UPLOAD; s++) {
      items.add(quarterHour(dataCode, start.plusMinutes(15L * s), values));
    }
    return upload(units.get(unit), items);
  }

  /** A week of old days of one of the client's units, walking back: the catch-up lane. */
  private Upload nextCatchUp(int client, Random values) {
    int unit = client + CATCH_UP_CLIENTS * values.nextInt(UNITS / CATCH_UP_CLIENTS);
    LocalDate last;
    synchronized (catchUpDay) {
      last = catchUpDay[unit];
      catchUpDay[unit] = last.minusDays(DAYS_PER_CATCH_UP);
    }
    List<Item> items = new ArrayList<>();
    for (int d = DAYS_PER_CATCH_UP - 1; d >= 0; d--) {
      LocalDate day = last.minusDays(d);
      items.add(Item.daily(TestUnits.DAILY_ELECTRICITY, day.toString(), value(values)));
      items.add(Item.daily(TestUnits.DAILY_GAS, day.toString(), value(values)));
      for (int s = 0; s < 96; s++) {
        items.add(
            quarterHour(REALTIME_ELECTRICITY, day.atStartOfDay().plusMinutes(15L * s), values));
      }
    }
    return upload(units.get(unit), items);
  }

  private static Item quarterHour(String dataCode, LocalDateTime at, Random values) {
    return new Item(dataCode, value(values), "4", "0", at.format(STAT_DATE), "1", "1");
  }

  private static String value(Random values) {
    return String.valueOf(1 + values.nextInt(5000));
  }

  private Upload upload(LoadUnit unit, List<Item> items) {
    Map<Key, BigDecimal> readings = new LinkedHashMap<>();
    for (Item item : items) {
      long epoch = LocalDateTime.parse(item.statDate(), STAT_DATE).atZone(BEIJING).toEpochSecond();
      readings.put(
          new Key(unit.id(), item.dataCode(), Integer.parseInt(item.statType()), epoch),
          new BigDecimal(item.value()));
    }
    return new Upload(Fep.upload(unit.device(), items.toArray(Item[]::new)), readings);
  }

  /**
   * Sends an upload.
   *
   * @return true when acknowledged, false when refused, null when no answer came
   */
  private Boolean send(Upload upload) {
    HttpResponse<String> response;
    try {
      response = post("uploadEnergyData", upload.body());
    } catch (Exception e) {
      return null;
    }
    JsonNode answer;
    try {
      answer = Fep.JSON.readTree(response.body());
    } catch (Exception e) {
      return null;
    }
    if (response.statusCode() == 200 && "0".equals(Fep.code(answer))) {
      acknowledged.putAll(upload.readings());
      return true;
    }
    refusals.merge("HTTP " + response.statusCode() + " " + Fep.message(answer), 1, Integer::sum);
    refused.incrementAndGet();
    return false;
  }

  private HttpResponse<String> post(String operation, JsonNode body) throws Exception {
    return Fep.post(baseUrl, operation, Fep.JSON.writeValueAsString(body));
  }

  /**
   * Waits until the node's readiness check is up.
   *
   * @return milliseconds from the kill
   */
  long awaitReady(int portOffset, Duration timeout, long killedAt) throws Exception {
    URI ready = URI.create("http://localhost:" + (9990 + portOffset) + "/health/ready");
    long deadline = System.nanoTime() + timeout.toNanos();
    String last = "";
    while (System.nanoTime() < deadline) {
      try {
        HttpResponse<String> answer =
            http.send(
                HttpRequest.newBuilder(ready).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() == 200) {
          return (System.nanoTime() - killedAt) / 1_000_000;
        }
        last = answer.body();
      } catch (java.io.IOException e) {
        last = e.toString();
      }
      Thread.sleep(200);
    }
    throw new AssertionError("not ready within " + timeout + ": " + last);
  }

  /**
   * Sends a new daily value of yesterday for the probe unit and waits until the province's total of
   * yesterday changes.
   *
   * @return milliseconds from the acknowledgement to the change
   */
  long liveValueReachesProvince(int round) throws Exception {
    String yesterday = LocalDate.now(BEIJING).minusDays(1).toString();
    BigDecimal before = provinceTotal(yesterday);
    Upload upload =
        upload(
            probe,
            List.of(
                Item.daily(TestUnits.DAILY_ELECTRICITY, yesterday, String.valueOf(1000 + round))));
    Boolean answered = send(upload);
    if (!Boolean.TRUE.equals(answered)) {
      throw new AssertionError("the probe's live upload was not acknowledged");
    }
    acknowledged.keySet().removeAll(upload.readings().keySet()); // the probe is not load
    long sent = System.nanoTime();
    long deadline = sent + Duration.ofSeconds(60).toNanos();
    while (System.nanoTime() < deadline) {
      BigDecimal now = provinceTotal(yesterday);
      if (now != null && (before == null || now.compareTo(before) != 0)) {
        return (System.nanoTime() - sent) / 1_000_000;
      }
      Thread.sleep(50);
    }
    throw new AssertionError("a live value did not reach the province's total within 60 s");
  }

  private BigDecimal provinceTotal(String day) throws SQLException {
    try (Connection db = database();
        PreparedStatement query =
            db.prepareStatement(
                "select tce from group_period_total where dim = 'R' and code = ?"
                    + " and period_type = 'D' and period_start = cast(? as date)")) {
      query.setString(1, PROVINCE);
      query.setString(2, day);
      try (ResultSet row = query.executeQuery()) {
        return row.next() ? row.getBigDecimal(1) : null;
      }
    }
  }

  /**
   * Sends again, as a device re-sends (补传), every upload whose answer never came.
   *
   * @return how many
   */
  int resendUnanswered() throws InterruptedException {
    int resent = 0;
    for (int attempt = 0; attempt < 20 && !unanswered.isEmpty(); attempt++) {
      List<Upload> waiting = new ArrayList<>();
      for (Upload upload = unanswered.poll(); upload != null; upload = unanswered.poll()) {
        waiting.add(upload);
      }
      for (Upload upload : waiting) {
        if (Boolean.TRUE.equals(send(upload))) {
          resent++;
        } else {
          unanswered.add(upload);
        }
      }
      if (!unanswered.isEmpty()) {
        Thread.sleep(1000);
      }
    }
    if (!unanswered.isEmpty()) {
      throw new AssertionError(unanswered.size() + " uploads still not acknowledged");
    }
    return resent;
  }

  /**
   * Waits until as many readings of the load's units are stored as were acknowledged.
   *
   * @return milliseconds waited
   */
  long awaitStored(Duration timeout) throws Exception {
    long start = System.nanoTime();
    long deadline = start + timeout.toNanos();
    while (System.nanoTime() < deadline && storedReadings() < acknowledged.size()) {
      Thread.sleep(100);
    }
    return (System.nanoTime() - start) / 1_000_000;
  }

  private long storedReadings() throws SQLException {
    return single("select count(*) from reading where unit_id = any(?)");
  }

  /** The readings acknowledged so far, in key order. */
  TreeMap<Key, BigDecimal> acknowledgedSoFar() {
    return new TreeMap<>(acknowledged);
  }

  /** How many of the given readings are not stored, or stored with another value. */
  long notStored(Map<Key, BigDecimal> readings) throws SQLException {
    Map<Key, BigDecimal> stored = new java.util.HashMap<>();
    try (Connection db = database();
        PreparedStatement query =
            db.prepareStatement(
                "select unit_id, data_code, stat_type, extract(epoch from stat_date)::bigint, value"
                    + " from reading where unit_id = any(?)")) {
      query.setArray(1, db.createArrayOf("int8", unitIds()));
      try (ResultSet row = query.executeQuery()) {
        while (row.next()) {
          stored.put(
              new Key(row.getLong(1), row.getString(2), row.getInt(3), row.getLong(4)),
              row.getBigDecimal(5));
        }
      }
    }
    return readings.entrySet().stream()
        .filter(
            r ->
                stored.get(r.getKey()) == null
                    || stored.get(r.getKey()).compareTo(r.getValue()) != 0)
        .count();
  }

  /** What was acknowledged against what is stored. */
  record Check(
      long expectedReadings,
      long storedReadings,
      String expectedChecksum,
      String storedChecksum,
      long storedUploads,
      long receipts,
      long uploadsStoredTwice,
      long revisions,
      long prepared,
      int refused) {}

  /** The refusals' messages and how often each came, since the last call. */
  Map<String, Integer> takeRefusals() {
    Map<String, Integer> taken = new TreeMap<>(refusals);
    refusals.clear();
    refused.set(0);
    return taken;
  }

  Check check() throws Exception {
    TreeMap<Key, BigDecimal> expected = new TreeMap<>(acknowledged);
    MessageDigest md5 = MessageDigest.getInstance("MD5");
    boolean first = true;
    for (Map.Entry<Key, BigDecimal> reading : expected.entrySet()) {
      Key key = reading.getKey();
      String line =
          (first ? "" : "\n")
              + key.unitId()
              + "|"
              + key.dataCode()
              + "|"
              + key.statType()
              + "|"
              + key.epochSecond()
              + "|"
              + reading.getValue().stripTrailingZeros().toPlainString();
      md5.update(line.getBytes(StandardCharsets.UTF_8));
      first = false;
    }
    String stored;
    try (Connection db = database();
        PreparedStatement query =
            db.prepareStatement(
                "select coalesce(md5(string_agg(unit_id || '|' || data_code || '|' || stat_type"
                    + " || '|' || extract(epoch from stat_date)::bigint || '|'"
                    + " || trim_scale(value)::text, E'\\n'"
                    + " order by unit_id, data_code, stat_type, stat_date)), md5(''))"
                    + " from reading where unit_id = any(?)")) {
      query.setArray(1, db.createArrayOf("int8", unitIds()));
      try (ResultSet row = query.executeQuery()) {
        row.next();
        stored = row.getString(1);
      }
    }
    return new Check(
        expected.size(),
        storedReadings(),
        HexFormat.of().formatHex(md5.digest()),
        stored,
        single("select count(*) from upload_log where accepted and unit_id = any(?)"),
        single("select count(*) from intake_receipt where unit_id = any(?)"),
        single(
            "select count(*) from (select upload_id from upload_log where accepted"
                + " and unit_id = any(?) group by upload_id having count(*) > 1) twice"),
        single("select count(*) from reading_revision where unit_id = any(?)"),
        single(
            "select count(*) from pg_prepared_xacts where database = current_database()"
                + " and cardinality(?::bigint[]) >= 0"),
        refused.get());
  }

  private Long[] unitIds() {
    return units.stream().map(LoadUnit::id).toArray(Long[]::new);
  }

  private long single(String sql) throws SQLException {
    try (Connection db = database();
        PreparedStatement query = db.prepareStatement(sql)) {
      query.setArray(1, db.createArrayOf("int8", unitIds()));
      try (ResultSet row = query.executeQuery()) {
        row.next();
        return row.getLong(1);
      }
    }
  }

  private Connection database() throws SQLException {
    Connection db = DriverManager.getConnection(jdbcUrl, "postgres", "");
    try (Statement sql = db.createStatement()) {
      sql.execute("set search_path to energy, public");
    }
    return db;
  }

  private static void sleep(long millis) {
    if (millis <= 0) {
      return;
    }
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** One kill and what followed it. */
  record Round(
      int round,
      Kill kill,
      long loadMillis,
      int acknowledged,
      int unanswered,
      int resent,
      long deployedMillis,
      long readyMillis,
      long drainMillis,
      long freshnessMillis,
      Check check,
      Map<String, Integer> refusals) {}

  static String markdown(List<Round> rounds) {
    StringBuilder table = new StringBuilder();
    table.append(
        "| # | kill | load before the kill (ms) | uploads acknowledged | unanswered, sent again"
            + " | readings acknowledged / stored | checksum equal | stored twice | prepared left"
            + " | deployed after (s) | ready after (s) | backlog stored (ms) | live value in the"
            + " province's total (ms) | refused meanwhile |\n");
    table.append("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
    for (Round r : rounds) {
      table.append(
          String.format(
              "| %d | %s | %d | %d | %d, %d | %d / %d | %s | %d | %d | %.1f | %.1f | %d | %d | %s |%n",
              r.round(),
              r.kill().text,
              r.loadMillis(),
              r.acknowledged(),
              r.unanswered(),
              r.resent(),
              r.check().expectedReadings(),
              r.check().storedReadings(),
              r.check().expectedChecksum().equals(r.check().storedChecksum()) ? "yes" : "NO",
              r.check().uploadsStoredTwice(),
              r.check().prepared(),
              r.deployedMillis() / 1000.0,
              r.readyMillis() / 1000.0,
              r.drainMillis(),
              r.freshnessMillis(),
              r.refusals().values().stream().mapToInt(Integer::intValue).sum()));
    }
    return table.toString();
  }
}
