package cn.nhjc.province.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import cn.nhjc.province.it.AccessMatrix.Caller;
import cn.nhjc.province.it.AccessMatrix.Cell;
import cn.nhjc.province.it.AccessMatrix.Row;
import cn.nhjc.province.monitoring.domain.StatPeriod;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/**
 * The access matrix: every operation of /api/v1 (as the served OpenAPI document lists them) and
 * every page of the web module, called as anonymous, as each role's demo account, as the official
 * of another city and as the user of another unit, answers as the table {@value #TABLE} says. The
 * table's first lines explain its columns and cells. An operation or page without a row, a row
 * whose operation or page is gone, and every answer that differs from its cell are collected, then
 * reported together in one failure.
 */
class AccessMatrixIT extends PlatformClientTest {
  static final String TABLE = "/security/access-matrix.txt";
  private static final String SOURCE = "ear/src/test/resources" + TABLE;

  /** ent.demo's unit, the object of the rows ({unit}), in 唐山 (county 130271). */
  private static final String OWN_UNIT = "91130271170000011R";

  /** ent.other's unit: another unit of the demo province (the seed's unit 26, also in 唐山). */
  private static final String OTHER_UNIT = "91130227900000268M";

  private static final String OWN_CITY = "130200";
  private static final String LOGIN = "http://localhost:" + PlatformServicesSession.KEYCLOAK_PORT;
  private static final Set<String> METHODS = Set.of("get", "post", "put", "delete", "patch");

  /** Folders of the webapp that hold no page of their own. */
  private static final Set<String> NOT_PAGES = Set.of("WEB-INF", "META-INF", "resources", "error");

  /** Tokens live 900 s in the realm: one older than this is fetched again. */
  private static final Duration TOKEN_AGE = Duration.ofMinutes(10);

  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(5))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The columns' accounts (the README's demo accounts), by user name. */
  private static final Map<String, String> PASSWORDS = passwords();

  private final List<String> failures = new ArrayList<>();
  private final Map<String, String> tokens = new LinkedHashMap<>();
  private final Map<String, Instant> fetched = new LinkedHashMap<>();

  @Test
  void every_operation_and_page_answers_every_caller_as_the_table_says() throws Exception {
    AccessMatrix matrix = AccessMatrix.parse(table());
    failures.addAll(matrix.errors());
    assertTrue(matrix.callers().stream().anyMatch(Caller::anonymous), "a column for anonymous");

    Set<String> served = new TreeSet<>(operations());
    Set<String> pages = pages();
    assertTrue(pages.contains("GET /gov/index.xhtml"), "the pages of the web module: " + pages);
    served.addAll(pages);
    for (String key : served) {
      if (!matrix.keys().contains(key)) {
        failures.add("no row for " + key + ": add one");
      }
    }
    for (Row row : matrix.rows()) {
      if (!served.contains(row.key())) {
        failures.add(
            "line " + row.line() + ": " + row.key() + " is no longer served: remove the row");
      }
    }

    Map<String, List<Pattern>> foreign = foreignMarkers();
    Map<String, String> values = placeholders();
    List<Caller> callers = new ArrayList<>();
    for (Caller caller : matrix.callers()) {
      if (caller.anonymous() || signIn(caller)) {
        callers.add(caller);
      }
    }
    int calls = 0;
    for (Row row : matrix.rows()) {
      if (!served.contains(row.key())) {
        continue;
      }
      String request = fill(row, values);
      if (request == null) {
        continue;
      }
      for (Caller caller : callers) {
        Cell cell = row.cells().get(caller.name());
        if (cell == null) {
          continue; // the cell's own error is listed already
        }
        Answer answer = call(row, request, caller);
        calls++;
        if (answer == null) {
          continue;
        }
        String wrong = mismatch(cell, caller, row, answer, foreign.get(caller.name()));
        if (wrong != null) {
          failures.add(
              "line "
                  + row.line()
                  + ": "
                  + row.method()
                  + " "
                  + request
                  + " as "
                  + caller
                  + ": "
                  + cell
                  + " expected, "
                  + wrong);
        }
      }
    }
    System.out.printf(
        "AccessMatrixIT: %d rows, %d callers, %d calls%n",
        matrix.rows().size(), callers.size(), calls);
    if (!failures.isEmpty()) {
      fail(
          failures.size()
              + " differences from "
              + SOURCE
              + " (its first lines explain the table):\n  "
              + String.join("\n  ", failures));
    }
  }

  /** What a call answered: status, Location and the body as text (an XLSX workbook's XML). */
  record Answer(int status, String location, String text) {}

  /**
   * Why the answer is not what the cell says; {@code null} when it is.
   *
   * @param markers what must not appear in a 2xx answer to a caller of another scope
   */
  private static String mismatch(
      Cell cell, Caller caller, Row row, Answer answer, List<Pattern> markers) {
    int status = answer.status();
    boolean toLogin = (status == 302 || status == 303) && answer.location().startsWith(LOGIN);
    String got =
        "answered "
            + status
            + (toLogin ? " to " + answer.location() : "")
            + ": "
            + excerpt(answer.text());
    switch (cell.kind()) {
      case ALLOW -> {
        if (status == 401 || status == 403 || toLogin || status >= 500) {
          return got;
        }
        return cell.status() != null && status != cell.status() ? got : null;
      }
      case DENY -> {
        if (!caller.anonymous()) {
          return status == 403 ? null : got;
        }
        return (row.page() ? toLogin : status == 401) ? null : got;
      }
      case SCOPE -> {
        if (markers == null) {
          return "but the test knows no other scope for " + caller;
        }
        if (status != cell.status()) {
          return got;
        }
        if (status >= 200 && status < 300) {
          for (Pattern marker : markers) {
            Matcher found = marker.matcher(answer.text());
            if (found.find()) {
              return "answered " + status + " with " + found.group() + " of the other scope";
            }
          }
        }
        return null;
      }
      case STATUS -> {
        return status == cell.status() ? null : got;
      }
      default -> throw new IllegalStateException(cell.toString());
    }
  }

  private Answer call(Row row, String request, Caller caller) {
    try {
      String token = caller.anonymous() ? null : token(caller);
      HttpRequest.Builder builder =
          HttpRequest.newBuilder(URI.create(Api.BASE + request))
              .timeout(Duration.ofSeconds(60))
              // without a token, Accept decides between the API's 401 and the login redirect;
              // with one, any type: reports and the list template are XLSX
              .header(
                  "Accept", row.page() ? "text/html" : token == null ? "application/json" : "*/*")
              .method(
                  row.method(),
                  row.contentType() == null
                      ? HttpRequest.BodyPublishers.noBody()
                      : HttpRequest.BodyPublishers.ofString(row.body(), StandardCharsets.UTF_8));
      if (row.contentType() != null) {
        builder.header("Content-Type", row.contentType());
      }
      if (token != null) {
        builder.header("Authorization", "Bearer " + token);
      }
      HttpResponse<byte[]> response =
          HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
      return new Answer(
          response.statusCode(),
          response.headers().firstValue("Location").orElse(""),
          text(response.body()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (Exception e) {
      failures.add(
          "line " + row.line() + ": " + row.method() + " " + request + " as " + caller + ": " + e);
      return null;
    }
  }

  /**
   * Gets the caller's first token. An account the realm refuses is a failure, unless the column is
   * optional: then it is skipped. A refusal is tried again twice, a minute apart: KeycloakRealmIT
   * locks the metrology account for a minute with wrong passwords.
   */
  private boolean signIn(Caller caller) throws Exception {
    String password = PASSWORDS.get(caller.name());
    if (password == null) {
      failures.add("caller " + caller + ": no account of that name among the demo accounts");
      return false;
    }
    int attempts = caller.optional() ? 1 : 3;
    HttpResponse<String> response = null;
    for (int attempt = 1; attempt <= attempts; attempt++) {
      response = Api.tokenRequest(caller.name(), password);
      if (response.statusCode() == 200) {
        tokens.put(caller.name(), Api.json(response).path("access_token").asText());
        fetched.put(caller.name(), Instant.now());
        return true;
      }
      if (attempt < attempts) {
        Thread.sleep(Duration.ofSeconds(65).toMillis());
      }
    }
    if (caller.optional()) {
      System.out.printf(
          "AccessMatrixIT: optional caller %s skipped, no token: %s%n", caller, response.body());
    } else {
      failures.add("caller " + caller + ": no token: " + response.body());
    }
    return false;
  }

  private String token(Caller caller) throws Exception {
    if (Duration.between(fetched.get(caller.name()), Instant.now()).compareTo(TOKEN_AGE) > 0) {
      tokens.put(caller.name(), Api.token(caller.name(), PASSWORDS.get(caller.name())));
      fetched.put(caller.name(), Instant.now());
    }
    return tokens.get(caller.name());
  }

  /** Every path × method of /api/v1 in the served OpenAPI document, as "GET /api/v1/units". */
  private static Set<String> operations() throws Exception {
    HttpResponse<String> response = Api.get("/openapi?format=JSON", null, "application/json");
    assertEquals(200, response.statusCode(), response.body());
    JsonNode document = JSON.readTree(response.body());
    Set<String> operations = new TreeSet<>();
    for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields();
        paths.hasNext(); ) {
      Map.Entry<String, JsonNode> path = paths.next();
      if (!path.getKey().startsWith("/api/v1")) {
        continue;
      }
      for (Iterator<String> methods = path.getValue().fieldNames(); methods.hasNext(); ) {
        String method = methods.next();
        if (METHODS.contains(method)) {
          operations.add(Row.key(method.toUpperCase(), path.getKey()));
        }
      }
    }
    assertTrue(operations.size() > 20, "the document lists the API: " + operations);
    return operations;
  }

  /** Every page of the web module's sources, as "GET /gov/index.xhtml". */
  private static Set<String> pages() throws IOException {
    String configured = System.getProperty("platform.webapp.dir");
    Path webapp =
        configured != null
            ? Path.of(configured)
            : Path.of(System.getProperty("basedir", "."), "..", "web-module/src/main/webapp");
    assertTrue(Files.isDirectory(webapp), "the web module's pages are at " + webapp);
    Set<String> pages = new TreeSet<>();
    try (Stream<Path> files = Files.walk(webapp)) {
      for (Path file : files.toList()) {
        Path relative = webapp.relativize(file);
        if (file.toString().endsWith(".xhtml")
            && !NOT_PAGES.contains(relative.getName(0).toString())) {
          pages.add(Row.key("GET", "/" + relative.toString().replace('\\', '/')));
        }
      }
    }
    return pages;
  }

  /** The values of the requests' placeholders. */
  private static Map<String, String> placeholders() {
    YearMonth month = StatPeriod.lastCompleteMonth();
    return Map.of(
        "{unit}", OWN_UNIT,
        "{city}", OWN_CITY,
        "{month}", month.toString(),
        "{year}", String.valueOf(month.getYear()),
        "{monthStart}", month.atDay(1).toString(),
        "{monthEnd}", month.atEndOfMonth().toString());
  }

  /** The row's request with its placeholders filled in; {@code null} (listed) if one is unknown. */
  private String fill(Row row, Map<String, String> values) {
    String request = row.request();
    for (Map.Entry<String, String> value : values.entrySet()) {
      request = request.replace(value.getKey(), value.getValue());
    }
    if (request.contains("{")) {
      failures.add("line " + row.line() + ": an unknown placeholder in " + row.request());
      return null;
    }
    return request;
  }

  /**
   * What a caller acting on another scope's objects must never see: for ent.other, ent.demo's unit;
   * for city.shijiazhuang, 唐山's units (credit codes 911302…, names 唐山…有限公司), its counties' codes as
   * values (1302xx but the city's own 130200, which requests name) and ent.demo's unit.
   */
  private static Map<String, List<Pattern>> foreignMarkers() throws Exception {
    String ownName = unitName(OWN_UNIT);
    assertNotNull(ownName, "ent.demo's unit " + OWN_UNIT + " is in the demo province");
    assertNotNull(
        unitName(OTHER_UNIT),
        "ent.other's unit " + OTHER_UNIT + " is in the demo province (its unit 26)");
    return Map.of(
        Api.Accounts.OTHER_ENTERPRISE[0],
        List.of(Pattern.compile(Pattern.quote(OWN_UNIT)), Pattern.compile(Pattern.quote(ownName))),
        Api.Accounts.SHIJIAZHUANG[0],
        List.of(
            Pattern.compile("911302\\d{2}[0-9A-Z]{10}"),
            Pattern.compile("唐山[^\\s<>\"',;:]{1,20}?有限(责任)?公司"),
            Pattern.compile("(?<=[\">])1302(?!00)\\d{2}(?=[\"<])"),
            Pattern.compile(Pattern.quote(OWN_UNIT)),
            Pattern.compile(Pattern.quote(ownName))));
  }

  private static String unitName(String creditCode) throws Exception {
    try (Connection db = PlatformServicesSession.database();
        PreparedStatement query =
            db.prepareStatement("select name from key_unit where credit_code = ?")) {
      query.setString(1, creditCode);
      try (ResultSet row = query.executeQuery()) {
        return row.next() ? row.getString(1) : null;
      }
    }
  }

  private static List<String> table() throws IOException {
    try (InputStream in = AccessMatrixIT.class.getResourceAsStream(TABLE)) {
      assertNotNull(in, TABLE + " on the test class path");
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    }
  }

  /** The body as text; of a ZIP (an XLSX workbook), its XML parts one after another. */
  static String text(byte[] body) {
    if (body.length < 4 || body[0] != 'P' || body[1] != 'K') {
      return new String(body, StandardCharsets.UTF_8);
    }
    // read by the central directory: the report's entries carry their sizes there only
    StringBuilder text = new StringBuilder();
    try {
      Path file = Files.createTempFile("matrix", ".xlsx");
      try {
        Files.write(file, body);
        try (ZipFile zip = new ZipFile(file.toFile())) {
          for (ZipEntry entry : Collections.list(zip.entries())) {
            if (entry.getName().endsWith(".xml")) {
              try (InputStream in = zip.getInputStream(entry)) {
                text.append(new String(in.readAllBytes(), StandardCharsets.UTF_8)).append('\n');
              }
            }
          }
        }
      } finally {
        Files.deleteIfExists(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text.toString();
  }

  private static String excerpt(String text) {
    String flat = text.replaceAll("\\s+", " ").strip();
    return flat.length() <= 160 ? flat : flat.substring(0, 160) + "…";
  }

  private static Map<String, String> passwords() {
    Map<String, String> passwords = new LinkedHashMap<>();
    for (String[] account :
        List.of(
            Api.Accounts.PROVINCE,
            Api.Accounts.TANGSHAN,
            Api.Accounts.SHIJIAZHUANG,
            Api.Accounts.SUPERVISOR,
            Api.Accounts.METROLOGY,
            Api.Accounts.ADMIN,
            Api.Accounts.ENTERPRISE,
            Api.Accounts.OTHER_ENTERPRISE,
            Api.Accounts.SUPPLIER_POWER,
            Api.Accounts.SUPPLIER_GAS,
            Api.Accounts.CITY_PLATFORM_TANGSHAN,
            Api.Accounts.AUDITOR)) {
      passwords.put(account[0], account[1]);
    }
    return passwords;
  }
}
