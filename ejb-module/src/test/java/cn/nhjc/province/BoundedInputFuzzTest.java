package cn.nhjc.province;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.nhjc.province.exchange.domain.EncryptedItem;
import cn.nhjc.province.exchange.domain.PlainItem;
import cn.nhjc.province.exchange.domain.Sm4FieldCipher;
import cn.nhjc.province.exchange.domain.SupplyFigure;
import cn.nhjc.province.exchange.domain.SupplyItem;
import cn.nhjc.province.exchange.domain.SupplyRules;
import cn.nhjc.province.exchange.domain.UploadBatch;
import cn.nhjc.province.exchange.domain.UploadRefusedException;
import cn.nhjc.province.exchange.domain.UploadRequest;
import cn.nhjc.province.exchange.domain.UploadRules;
import cn.nhjc.province.exchange.domain.UploadValidator;
import cn.nhjc.province.platform.input.NumberText;
import cn.nhjc.province.platform.input.Quote;
import cn.nhjc.province.registry.application.ImportColumns;
import cn.nhjc.province.registry.application.ImportTable;
import cn.nhjc.province.registry.application.UnitListImport;
import cn.nhjc.province.registry.application.UnreadableFileException;
import cn.nhjc.province.registry.domain.ConfiguredItem;
import cn.nhjc.province.registry.domain.CreditCodes;
import cn.nhjc.province.registry.domain.Rejection;
import cn.nhjc.province.registry.domain.UnitListRules;
import cn.nhjc.province.registry.domain.UnitListRules.RegionFacts;
import cn.nhjc.province.registry.infrastructure.ImportCsv;
import cn.nhjc.province.registry.infrastructure.ImportXlsx;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The bounded-input fuzz suite: properties over what the platform reads from outside — the
 * streaming parser of {@code uploadEnergyData} bodies ({@link UploadRequest#parse}), the upload
 * validator with a configured unit and its SM4 key ({@link UploadValidator}), the supply rules, the
 * number screen ({@link NumberText}) and the quoting of refusals ({@link Quote}), and the list
 * imports ({@link ImportCsv}, {@link ImportXlsx}, then {@link UnitListRules} as {@link
 * UnitListImport} applies them). The inputs are arbitrary strings, numbers of huge length or
 * exponent, deep and odd JSON, long strings, random bytes and broken or large workbooks.
 *
 * <p>Every try asserts that
 *
 * <ul>
 *   <li>the input is answered or refused with the documented refusal — {@link
 *       UploadRefusedException} for the protocol, {@link UnreadableFileException} or a refused line
 *       for an import — and nothing else escapes (no other exception, no error);
 *   <li>it is answered within {@value #BOUND_MILLIS} ms of the calling thread's CPU time ({@link
 *       ThreadMXBean#getCurrentThreadCpuTime}, so that other processes sharing the cores do not
 *       count), the least of up to {@value #RUNS} runs when one is over (a bound that a quadratic
 *       or exponential path breaks every time, not a benchmark; the classes are warmed up first,
 *       {@link #warmUp});
 *   <li>a refusal is at most {@value #MAX_REFUSAL} characters: its own words (under 100) and a
 *       quote of at most {@value Quote#MAX_CHARS} characters of the input with its length.
 * </ul>
 *
 * <p>The inputs stay within what the platform lets in (a body of 4 MiB and 5,000 items; a list of
 * 20,000 rows, a little more to be refused), so that a try measures a path, not a size: the
 * ciphertext of a generated upload is kept to a quarter of the body ({@link #MAX_CIPHERTEXT}), a
 * CSV list of odd rows to 256 K characters, a workbook to 40 rows (some of them far down).
 *
 * <p>Time bound: the tries of each property are fixed ({@code tries} below, 5,200 in all, most of
 * them of the cheap pure readers) and each try's answer is bounded as above, so the suite is
 * bounded by its tries: 7.5 s with the warm-up and the generation of the inputs (POI writing the
 * workbooks the largest part) on two cores, 15 s while other builds shared them (2026-12-07).
 */
class BoundedInputFuzzTest {
  static final long BOUND_MILLIS = 100;
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  static final int RUNS = 5;
  static final int MAX_REFUSAL = 200;

  /** The protocol's limits as the platform sets them by default. */
  private static final int MAX_BODY_BYTES = 4 * 1024 * 1024;

  private static final int MAX_ITEMS = 5_000;

  /**
   * The ciphertext of one generated upload: a quarter of the body limit. Decrypting is linear in
   * it, about 40 ms of one core for a whole 4 MiB body (2026-12-07), and a try would measure that
   * rather than a slow path.
   */
  private static final int MAX_CIPHERTEXT = MAX_BODY_BYTES / 4;

  private static final Instant NOW = Instant.parse("2026-11-28T02:00:00Z"); // 10:00 Beijing
  private static final DateTimeFormatter PROTOCOL_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  private static final String ELECTRICITY = "00-00-0000-023300-11";
  private static final String GAS_BOUGHT = "00-00-0000-011500-10";
  private static final String KILN_ELECTRICITY = "01-01-0101-023300-11";
  private static final List<String> DATA_CODES =
      List.of(ELECTRICITY, GAS_BOUGHT, KILN_ELECTRICITY, "00-00-0000-029900-11");

  private static final Sm4FieldCipher CIPHER =
      Sm4FieldCipher.ofHexKey("7c7ab08b3d934268996faf7eb5e0342d");
  private static final Sm4FieldCipher OTHER_KEY =
      Sm4FieldCipher.ofHexKey("00112233445566778899aabbccddeeff");

  /** A cement plant's collect items, as the registry configures them, and the dictionaries. */
  private static final UploadValidator VALIDATOR =
      new UploadValidator(
          new UploadRules(
              MAX_ITEMS,
              15,
              Duration.ofMinutes(10),
              Set.of("01", "02"),
              Set.of("01", "02"),
              Set.of("3300", "1500"),
              Set.of("10", "11"),
              Set.of(1, 2, 3, 4, 5, 6, 7),
              Set.of(1, 2, 3, 4)),
          List.of(
              new ConfiguredItem(ELECTRICITY, 0, BigDecimal.ZERO, new BigDecimal("5000")),
              new ConfiguredItem(ELECTRICITY, 1, BigDecimal.ZERO, new BigDecimal("412345")),
              new ConfiguredItem(ELECTRICITY, 2, null, null),
              new ConfiguredItem(GAS_BOUGHT, 1, BigDecimal.ZERO, new BigDecimal("90000")),
              new ConfiguredItem(GAS_BOUGHT, 2, null, null),
              new ConfiguredItem(KILN_ELECTRICITY, 0, BigDecimal.ZERO, new BigDecimal("2500"))));

  private static final String LISTED = "91130271170000011R";
  private static final SupplyRules SUPPLY =
      new SupplyRules(
          MAX_ITEMS,
          Duration.ofMinutes(10),
          Set.of("3300"),
          Map.of(LISTED, 7L, "91130102100000019X", 8L));

  private static final Map<String, RegionFacts> REGIONS =
      Map.of(
          "130000", new RegionFacts("河北省", "province", false, null),
          "130100", new RegionFacts("石家庄市", "city", false, null),
          "130102", new RegionFacts("长安区", "county", false, null),
          "130171", new RegionFacts("石家庄高新技术产业开发区", "county", true, "130172"),
          "130172", new RegionFacts("石家庄高新区", "county", false, null));
  private static final UnitListRules UNIT_LIST =
      new UnitListRules(
          "130000",
          code -> Optional.ofNullable(REGIONS.get(code)),
          Set.of("C", "C30", "C301", "C3011", "D4411")::contains);

  /** A decimal as the screen's grammar has it, with an exponent of any length: the oracle. */
  private static final Pattern DECIMAL =
      Pattern.compile("[+-]?(?:[0-9]+\\.?[0-9]*|\\.[0-9]+)(?:[eE]([+-]?[0-9]+))?");

  private static final Pattern INTEGER = Pattern.compile("[+-]?[0-9]+");

  // ---------------------------------------------------------------- the bounds of every answer

  /** Each target over a few hundred ordinary inputs, so that no try pays for loading classes. */
  @BeforeContainer
  static void warmUp() {
    Random random = new Random(1);
    for (int i = 0; i < 300; i++) {
      List<PlainItem> items = new ArrayList<>();
      for (int n = 0; n < 20; n++) {
        items.add(plain(ELECTRICITY, String.valueOf(random.nextInt(5000)), quarter(n)));
      }
      try {
        VALIDATOR.validate(encrypt(items, random, 0, MAX_BODY_BYTES), CIPHER, NOW);
        UploadRequest.parse(uploadBody(items)).items(MAX_ITEMS);
        NumberText.storable(random.nextInt() + "." + random.nextInt(1000) + "e" + (i % 20));
      } catch (UploadRefusedException e) {
        // the warm-up's inputs are fine; a refusal would be seen by the properties
      }
    }
    for (int i = 0; i < 20; i++) {
      try {
        checked(ImportXlsx::read, workbook(random, 20, false));
      } catch (UnreadableFileException e) {
        // a wrong header or a row too far down, as the properties see them too
      }
      try {
        checked(ImportCsv::read, csv(random, 200, true));
      } catch (UnreadableFileException e) {
        // as above
      }
    }
  }

  /** Nothing is refused: a pure reading answers every text. */
  private static final class NoRefusal extends RuntimeException {
    private static final long serialVersionUID = 1L;
  }

  /**
   * The outcome of one answer, timed in the thread's CPU time: what the call returned, or the
   * refusal it threw, which must be of the documented type and short. An answer over the bound is
   * asked again, up to {@value #RUNS} runs in all, and the least counts: a pause (the collector, a
   * compilation) is not a slow path, which is slow every time. Every target is free of side
   * effects.
   */
  private static Object answer(Class<? extends RuntimeException> refusal, Supplier<?> call) {
    long fastest = Long.MAX_VALUE;
    Object outcome = null;
    for (int run = 0; run < RUNS && fastest >= BOUND_MILLIS * 1_000_000; run++) {
      long start = THREADS.getCurrentThreadCpuTime();
      outcome = once(refusal, call);
      fastest = Math.min(fastest, THREADS.getCurrentThreadCpuTime() - start);
    }
    long millis = fastest / 1_000_000;
    assertTrue(millis < BOUND_MILLIS, () -> "answered in " + millis + " ms of CPU at the least");
    if (outcome instanceof RuntimeException e) {
      assertShort(e.getMessage());
    }
    return outcome;
  }

  private static Object once(Class<? extends RuntimeException> refusal, Supplier<?> call) {
    try {
      return call.get();
    } catch (RuntimeException e) {
      if (!refusal.isInstance(e)) {
        throw new AssertionError("escaped: " + e, e);
      }
      return e;
    }
  }

  private static void assertShort(String refusal) {
    assertTrue(
        refusal != null && refusal.length() <= MAX_REFUSAL,
        () -> "refusal of " + (refusal == null ? "null" : refusal.length()) + " characters");
  }

  // ---------------------------------------------------------------- numbers and quotes

  @Property(tries = 2_000)
  void the_number_screen_reads_what_bigdecimal_reads_within_its_bounds(
      @ForAll("numberTexts") String text) {
    NumberText.Reading reading =
        (NumberText.Reading) answer(NoRefusal.class, () -> NumberText.storable(text));
    if (NumberText.screen(text) == null) {
      // the text is within the bounds: BigDecimal reads it in no time, and agrees
      BigDecimal exact = new BigDecimal(text).setScale(6, RoundingMode.HALF_UP);
      if (exact.precision() - exact.scale() > 14) {
        assertEquals(NumberText.Fault.OUT_OF_RANGE, reading.fault());
      } else {
        assertEquals(exact, reading.value());
      }
    } else {
      assertNull(reading.value());
    }
    Matcher decimal = DECIMAL.matcher(text);
    if (text.length() <= NumberText.MAX_LENGTH && decimal.matches()) {
      boolean within =
          decimal.group(1) == null
              || new BigInteger(decimal.group(1)).abs().compareTo(BigInteger.valueOf(99)) <= 0;
      assertEquals(within, NumberText.screen(text) == null, text);
    } else {
      assertTrue(NumberText.screen(text) != null, text);
    }
  }

  @Property(tries = 1_000)
  void integer_codes_are_read_as_parseint_reads_ascii_digits(@ForAll("numberTexts") String text) {
    OptionalInt value = (OptionalInt) answer(NoRefusal.class, () -> NumberText.integer(text));
    if (text.length() <= NumberText.MAX_LENGTH && INTEGER.matcher(text).matches()) {
      OptionalInt expected;
      try {
        expected = OptionalInt.of(Integer.parseInt(text));
      } catch (NumberFormatException e) {
        expected = OptionalInt.empty();
      }
      assertEquals(expected, value);
    } else {
      assertEquals(OptionalInt.empty(), value);
    }
  }

  @Property(tries = 500)
  void a_quote_is_short_and_begins_as_the_text(@ForAll("texts") String text) {
    String quote = (String) answer(NoRefusal.class, () -> Quote.of(text));
    assertTrue(quote.length() <= Quote.MAX_CHARS + 24, quote);
    if (text.length() <= Quote.MAX_CHARS) {
      assertEquals(text, quote);
    } else {
      assertTrue(quote.startsWith(text.substring(0, Quote.MAX_CHARS - 1)));
      assertTrue(quote.endsWith("（共 " + text.length() + " 个字符）"));
    }
  }

  // ---------------------------------------------------------------- the protocol

  @Property(tries = 200)
  void the_upload_parser_answers_any_body(@ForAll("bodies") byte[] body) {
    Object parsed = answer(UploadRefusedException.class, () -> UploadRequest.parse(body));
    if (parsed instanceof UploadRequest request) {
      answer(UploadRefusedException.class, request::deviceId);
      answer(UploadRefusedException.class, request::enterpriseCode);
      Object items = answer(UploadRefusedException.class, () -> request.items(MAX_ITEMS));
      if (items instanceof List<?> list) {
        assertTrue(list.size() <= MAX_ITEMS);
      }
    }
  }

  @Property(tries = 500)
  void the_validator_answers_any_items_in_clear(@ForAll("plainUploads") List<PlainItem> items) {
    Object outcome =
        answer(UploadRefusedException.class, () -> VALIDATOR.validatePlain(items, NOW));
    assertStorable(outcome);
  }

  @Property(tries = 300)
  void the_validator_answers_any_encrypted_items(
      @ForAll("encryptedUploads") List<EncryptedItem> items) {
    Object outcome =
        answer(UploadRefusedException.class, () -> VALIDATOR.validate(items, CIPHER, NOW));
    assertStorable(outcome);
  }

  @Property(tries = 20)
  void the_validator_answers_the_largest_uploads(
      @ForAll("largestUploads") List<EncryptedItem> items) {
    Object outcome =
        answer(UploadRefusedException.class, () -> VALIDATOR.validate(items, CIPHER, NOW));
    assertStorable(outcome);
  }

  private static void assertStorable(Object outcome) {
    if (outcome instanceof List<?> accepted) {
      for (Object item : accepted) {
        BigDecimal value = ((UploadBatch.Item) item).value();
        assertEquals(6, value.scale());
        assertTrue(value.precision() - value.scale() <= 14, value::toPlainString);
      }
    }
  }

  @Property(tries = 500)
  void the_supply_rules_answer_any_request(@ForAll("supplyRequests") List<SupplyItem> items) {
    Object outcome = answer(UploadRefusedException.class, () -> SUPPLY.validate(items, NOW));
    if (outcome instanceof List<?> figures) {
      for (Object figure : figures) {
        BigDecimal amount = ((SupplyFigure) figure).amount();
        assertTrue(amount.signum() >= 0 && amount.scale() == 6, amount::toPlainString);
      }
    }
  }

  // ---------------------------------------------------------------- imports

  @Property(tries = 100)
  void the_csv_import_answers_any_file(@ForAll("csvFiles") byte[] file) {
    imported(answer(UnreadableFileException.class, () -> checked(ImportCsv::read, file)));
  }

  @Property(tries = 80)
  void the_xlsx_import_answers_any_file(@ForAll("xlsxFiles") byte[] file) {
    imported(answer(UnreadableFileException.class, () -> checked(ImportXlsx::read, file)));
  }

  private interface Reader {
    ImportTable read(byte[] content, ImportColumns columns);
  }

  /** The file read as a key-unit list and its lines checked, as the list import does. */
  private static List<Rejection> checked(Reader reader, byte[] file) {
    ImportTable table = reader.read(file, ImportColumns.UNIT_LIST);
    List<Rejection> rejected = new ArrayList<>(table.malformed());
    rejected.addAll(UNIT_LIST.check(UnitListImport.rows(table)).rejected());
    return rejected;
  }

  private static void imported(Object outcome) {
    if (outcome instanceof List<?> rejected) {
      for (Object rejection : rejected) {
        assertShort(((Rejection) rejection).reason());
      }
    }
  }

  // ---------------------------------------------------------------- texts

  /** Long texts of one character or a few, up to a million characters. */
  private static Arbitrary<String> longTexts() {
    return Arbitraries.randomValue(
        random -> {
          int length = random.nextInt(4) == 0 ? random.nextInt(1_000_000) : random.nextInt(5_000);
          String unit = List.of("9", "1", "数", "x", " ", "0.", "e9", "😀").get(random.nextInt(8));
          return unit.repeat(Math.max(1, length / unit.length()));
        });
  }

  @Provide
  Arbitrary<String> texts() {
    return anyTexts();
  }

  private static Arbitrary<String> anyTexts() {
    return Arbitraries.frequencyOf(
        Tuple.of(4, Arbitraries.strings().ofMaxLength(80)),
        Tuple.of(2, Arbitraries.strings().withChars("0123456789+-.eE ,").ofMaxLength(40)),
        Tuple.of(1, longTexts()));
  }

  /** Decimals as written and miswritten: huge exponents, huge lengths, words, whitespace. */
  @Provide
  Arbitrary<String> numberTexts() {
    return numbers();
  }

  private static Arbitrary<String> numbers() {
    Arbitrary<String> significands =
        Arbitraries.frequencyOf(
            Tuple.of(
                3, Arbitraries.strings().withChars("0123456789").ofMinLength(1).ofMaxLength(30)),
            Tuple.of(
                3, Arbitraries.strings().withChars("0123456789.").ofMinLength(1).ofMaxLength(70)),
            Tuple.of(
                1, Arbitraries.of("0", "-0", "+0", ".5", "5.", "1", "99999999999999.9999995")));
    Arbitrary<String> signs = Arbitraries.of("", "+", "-");
    Arbitrary<String> exponents =
        Arbitraries.oneOf(
            Arbitraries.integers().between(-120, 120).map(String::valueOf),
            Arbitraries.longs().map(String::valueOf),
            Arbitraries.of("20000000", "-20000000", "2147483648", "+0099", "000000000000000000100"),
            Arbitraries.strings().withChars("0123456789").ofMinLength(1).ofMaxLength(40));
    Arbitrary<String> written =
        Combinators.combine(
                signs,
                significands,
                Arbitraries.of("", "e", "E", "e+", "E-"),
                exponents,
                Arbitraries.integers().between(0, 3))
            .as(
                (sign, significand, mark, exponent, form) ->
                    form == 0 || mark.isEmpty()
                        ? sign + significand
                        : sign + significand + mark + exponent.replaceFirst("^[+-]", ""));
    return Arbitraries.frequencyOf(
        Tuple.of(6, written),
        Tuple.of(
            1,
            Arbitraries.of(
                "NaN",
                "Infinity",
                "-Infinity",
                "1e20000000",
                "1e-20000000",
                " 1",
                "1 ",
                "１２３",
                "0x1F",
                "1_000",
                "",
                "e",
                ".",
                "1e",
                "--1",
                "1.2.3")),
        Tuple.of(2, anyTexts()));
  }

  // ---------------------------------------------------------------- protocol bodies

  @Provide
  Arbitrary<byte[]> bodies() {
    return Arbitraries.frequencyOf(
        Tuple.of(2, randomBytes(64 * 1024)),
        Tuple.of(1, randomBytes(MAX_BODY_BYTES)),
        Tuple.of(2, anyTexts().map(text -> text.getBytes(StandardCharsets.UTF_8))),
        Tuple.of(2, deepJson()),
        Tuple.of(5, oddUploads()));
  }

  private static Arbitrary<byte[]> randomBytes(int maxLength) {
    return Arbitraries.randomValue(
        random -> {
          byte[] bytes = new byte[random.nextInt(maxLength + 1)];
          random.nextBytes(bytes);
          return bytes;
        });
  }

  /** Arrays and objects nested up to a million deep, closed or not, within the body limit. */
  private static Arbitrary<byte[]> deepJson() {
    return Arbitraries.randomValue(
        random -> {
          int depth = random.nextInt(4) == 0 ? random.nextInt(1_000_000) : random.nextInt(3_000);
          String open = List.of("[", "{\"data\":", "{\"a\":[").get(random.nextInt(3));
          String close = open.equals("[") ? "]" : open.equals("{\"data\":") ? "}" : "]}";
          StringBuilder json = new StringBuilder("{\"deviceId\":\"d\",\"data\":");
          json.append(open.repeat(depth)).append(random.nextBoolean() ? "1" : "\"x\"");
          if (random.nextBoolean()) {
            json.append(close.repeat(depth)).append('}');
          }
          byte[] bytes = json.toString().getBytes(StandardCharsets.UTF_8);
          return bytes.length <= MAX_BODY_BYTES
              ? bytes
              : java.util.Arrays.copyOf(bytes, MAX_BODY_BYTES);
        });
  }

  /**
   * Upload requests whose values are anything JSON has: strings of any text, huge numbers, null,
   * nested values, unknown and repeated fields, up to 6,000 items; sometimes cut short or with a
   * byte changed.
   */
  private static Arbitrary<byte[]> oddUploads() {
    return Arbitraries.randomValue(
        random -> {
          StringBuilder json = new StringBuilder("{");
          json.append("\"deviceId\":").append(jsonValue(random)).append(',');
          json.append("\"enterpriseCode\":").append(jsonValue(random)).append(',');
          if (random.nextInt(5) == 0) {
            json.append("\"data\":").append(jsonValue(random)).append(',');
          }
          json.append("\"data\":[");
          int items = random.nextInt(10) == 0 ? random.nextInt(6_001) : random.nextInt(20);
          for (int i = 0; i < items && json.length() < MAX_BODY_BYTES; i++) {
            if (i > 0) {
              json.append(',');
            }
            if (random.nextInt(20) == 0) {
              json.append(jsonValue(random));
              continue;
            }
            json.append('{');
            List<String> fields = new ArrayList<>(EncryptedItem.FIELDS);
            if (random.nextInt(4) == 0) {
              fields.remove(random.nextInt(fields.size()));
            }
            if (random.nextInt(4) == 0) {
              fields.add(random.nextBoolean() ? "extra" : fields.get(0));
            }
            for (int f = 0; f < fields.size(); f++) {
              json.append(f == 0 ? "" : ",").append(jsonString(fields.get(f))).append(':');
              json.append(random.nextInt(4) == 0 ? jsonValue(random) : jsonString(hex(random, 32)));
            }
            json.append('}');
          }
          json.append("]}");
          byte[] bytes = json.toString().getBytes(StandardCharsets.UTF_8);
          if (bytes.length > MAX_BODY_BYTES) {
            bytes = java.util.Arrays.copyOf(bytes, MAX_BODY_BYTES);
          }
          if (random.nextInt(5) == 0 && bytes.length > 0) {
            bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
          }
          if (random.nextInt(5) == 0) {
            bytes = java.util.Arrays.copyOf(bytes, random.nextInt(bytes.length + 1));
          }
          return bytes;
        });
  }

  /** A JSON value of any kind. */
  private static String jsonValue(Random random) {
    return switch (random.nextInt(9)) {
      case 0 -> "null";
      case 1 -> random.nextBoolean() ? "true" : "false";
      case 2 -> "1e" + (random.nextInt(40_000_000) - 20_000_000);
      case 3 -> "9".repeat(1 + random.nextInt(100_000));
      case 4 -> "{\"a\":[" + jsonString(text(random)) + ",{}]}";
      case 5 -> "[" + "[".repeat(random.nextInt(50)) + "]".repeat(random.nextInt(50)) + "]";
      case 6 -> jsonString("x".repeat(random.nextInt(300_000)));
      default -> jsonString(text(random));
    };
  }

  private static String text(Random random) {
    StringBuilder text = new StringBuilder();
    int length = random.nextInt(40);
    for (int i = 0; i < length; i++) {
      text.append((char) (random.nextBoolean() ? 32 + random.nextInt(95) : random.nextInt(0xFFFF)));
    }
    return text.toString();
  }

  private static String jsonString(String text) {
    StringBuilder json = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\\') {
        json.append('\\').append(c);
      } else if (c < 0x20 || Character.isSurrogate(c)) {
        json.append(String.format("\\u%04x", (int) c));
      } else {
        json.append(c);
      }
    }
    return json.append('"').toString();
  }

  private static String hex(Random random, int digits) {
    StringBuilder hex = new StringBuilder();
    for (int i = 0; i < digits; i++) {
      hex.append(Character.forDigit(random.nextInt(16), 16));
    }
    return hex.toString();
  }

  /** A body of the items encrypted, as a device sends it. */
  private static byte[] uploadBody(List<PlainItem> items) {
    StringBuilder json =
        new StringBuilder("{\"deviceId\":\"d\",\"enterpriseCode\":\"").append(LISTED);
    json.append("\",\"data\":[");
    for (int i = 0; i < items.size(); i++) {
      PlainItem item = items.get(i);
      json.append(i == 0 ? "{" : ",{");
      List<String> values =
          List.of(
              item.dataCode(),
              item.dataValue(),
              item.inputType(),
              item.statType(),
              item.statDate(),
              "2026-11-28 09:00:00",
              item.scope(),
              item.valid());
      for (int f = 0; f < values.size(); f++) {
        json.append(f == 0 ? "" : ",").append(jsonString(EncryptedItem.FIELDS.get(f)));
        json.append(':').append(jsonString(CIPHER.encrypt(values.get(f))));
      }
      json.append('}');
    }
    return json.append("]}").toString().getBytes(StandardCharsets.UTF_8);
  }

  // ---------------------------------------------------------------- upload items

  private static String quarter(int back) {
    return LocalDateTime.of(2026, 11, 28, 9, 45).minusMinutes(15L * back).format(PROTOCOL_TIME);
  }

  private static PlainItem plain(String dataCode, String value, String statDate) {
    return new PlainItem(dataCode, value, "4", "0", statDate, "1", "1");
  }

  /** A field that is mostly what a device sends, often not. */
  private static Arbitrary<String> field(Arbitrary<String> usual) {
    return Arbitraries.frequencyOf(Tuple.of(6, usual), Tuple.of(1, fuzz()));
  }

  private static Arbitrary<String> fuzz() {
    return Arbitraries.frequencyOf(
        Tuple.of(3, Arbitraries.strings().ofMaxLength(40)),
        Tuple.of(2, numbers()),
        Tuple.of(1, longTexts()));
  }

  private static Arbitrary<String> statDates() {
    Arbitrary<LocalDateTime> times =
        Arbitraries.frequencyOf(
            Tuple.of(
                4,
                Arbitraries.integers()
                    .between(0, 4 * 24 * 400)
                    .map(q -> LocalDateTime.of(2026, 11, 28, 9, 45).minusMinutes(15L * q))),
            Tuple.of(
                2,
                Arbitraries.integers()
                    .between(0, 800)
                    .map(d -> LocalDateTime.of(2026, 11, 28, 0, 0).minusDays(d))),
            Tuple.of(
                1,
                Arbitraries.integers()
                    .between(-2, 60)
                    .map(m -> LocalDateTime.of(2026, 11, 1, 0, 0).minusMonths(m))),
            Tuple.of(
                1,
                Arbitraries.longs()
                    .between(-2_000_000_000L, 2_000_000_000L)
                    .map(s -> LocalDateTime.of(1991, 4, 14, 2, 15).plusSeconds(s))));
    return times.map(t -> t.format(PROTOCOL_TIME));
  }

  private static Arbitrary<String> values() {
    return Arbitraries.frequencyOf(
        Tuple.of(
            4,
            Arbitraries.bigDecimals()
                .between(new BigDecimal("-1000"), new BigDecimal("500000"))
                .ofScale(3)
                .map(BigDecimal::toPlainString)),
        Tuple.of(
            1,
            Arbitraries.of(
                "1e20000000",
                "1e-20000000",
                "99999999999999.9999995",
                "-0",
                "1E+5",
                "NaN",
                "9".repeat(100_000))));
  }

  @Provide
  Arbitrary<List<PlainItem>> plainUploads() {
    return plainItems()
        .list()
        .ofMinSize(0)
        .ofMaxSize(40)
        .filter(
            items ->
                withinBody(
                    items.stream()
                        .flatMap(
                            i ->
                                java.util.stream.Stream.of(
                                    i.dataCode(),
                                    i.dataValue(),
                                    i.inputType(),
                                    i.statType(),
                                    i.statDate(),
                                    i.scope(),
                                    i.valid()))));
  }

  /** Whether texts fit in a request body of the protocol's limit (as UTF-16, near enough). */
  private static boolean withinBody(java.util.stream.Stream<String> texts) {
    return texts.mapToLong(String::length).sum() <= MAX_BODY_BYTES;
  }

  private static Arbitrary<PlainItem> plainItems() {
    return Combinators.combine(
            field(Arbitraries.of(DATA_CODES)),
            field(values()),
            field(Arbitraries.of("1", "4", "6", "7", "9")),
            field(Arbitraries.of("0", "1", "2", "3")),
            field(statDates()),
            field(Arbitraries.of("1", "2", "4", "5")),
            field(Arbitraries.of("0", "1", "2")))
        .as(PlainItem::new);
  }

  @Provide
  Arbitrary<List<EncryptedItem>> encryptedUploads() {
    return Combinators.combine(plainUploads(), Arbitraries.longs().map(Random::new))
        .as((items, random) -> encrypt(items, random, 10, MAX_CIPHERTEXT));
  }

  /**
   * Uploads of the most items a request may carry within the body limit, every value one of the
   * costly texts (the longest that 5,000 items can carry in 4 MiB) or an ordinary one, with faults
   * sprinkled in or not.
   */
  @Provide
  Arbitrary<List<EncryptedItem>> largestUploads() {
    return Combinators.combine(
            Arbitraries.of("1e20000000", "1e-20000000", "9".repeat(150), "12.5", "-0"),
            Arbitraries.integers().between(MAX_ITEMS - 10, MAX_ITEMS),
            Arbitraries.longs().map(Random::new))
        .as(
            (value, count, random) -> {
              List<PlainItem> items = new ArrayList<>(count);
              for (int i = 0; i < count; i++) {
                items.add(plain(ELECTRICITY, value, quarter(i)));
              }
              return encrypt(items, random, random.nextBoolean() ? 0 : 1, MAX_BODY_BYTES);
            });
  }

  /**
   * The items encrypted field by field with the unit's key, at most {@code maxCiphertext}
   * characters of ciphertext in all (a field beyond it is sent short); about {@code
   * faultsPerThousand} fields in a thousand are spoiled (another key, odd hex, not hex, empty,
   * huge).
   */
  private static List<EncryptedItem> encrypt(
      List<PlainItem> items, Random random, int faultsPerThousand, long maxCiphertext) {
    List<EncryptedItem> sealed = new ArrayList<>(items.size());
    Map<String, String> ciphertexts = new java.util.HashMap<>();
    long budget = maxCiphertext;
    for (PlainItem item : items) {
      String[] fields = {
        item.dataCode(),
        item.dataValue(),
        item.inputType(),
        item.statType(),
        item.statDate(),
        "2026-11-28 09:00:00",
        item.scope(),
        item.valid()
      };
      for (int f = 0; f < fields.length; f++) {
        String hex = ciphertexts.computeIfAbsent(fields[f], CIPHER::encrypt);
        if (budget - hex.length() < 0) {
          // the body limit: a field that no longer fits is sent short
          hex = CIPHER.encrypt(fields[f].substring(0, Math.min(fields[f].length(), 16)));
        }
        if (random.nextInt(1000) < faultsPerThousand) {
          hex =
              switch (random.nextInt(5)) {
                case 0 -> OTHER_KEY.encrypt(fields[f]);
                case 1 -> hex + "0";
                case 2 -> "zz" + hex.substring(2);
                case 3 -> "";
                default -> "ab".repeat(random.nextInt((int) Math.max(1, budget / 4)));
              };
        }
        budget -= hex.length();
        fields[f] = hex;
      }
      sealed.add(
          new EncryptedItem(
              fields[0], fields[1], fields[2], fields[3], fields[4], fields[5], fields[6],
              fields[7]));
    }
    return sealed;
  }

  @Provide
  Arbitrary<List<SupplyItem>> supplyRequests() {
    Arbitrary<SupplyItem> items =
        Combinators.combine(
                field(Arbitraries.of(LISTED, "91130102100000019X", "91130102100000019")),
                field(Arbitraries.of("3300", "1500")),
                field(Arbitraries.of("1", "2", "0")),
                field(statDates()),
                field(values()))
            .as(SupplyItem::new);
    return items
        .list()
        .ofMinSize(0)
        .ofMaxSize(40)
        .filter(
            list ->
                withinBody(
                    list.stream()
                        .flatMap(
                            i ->
                                java.util.stream.Stream.of(
                                    i.creditCode(),
                                    i.energyTypeCode(),
                                    i.statType(),
                                    i.statDate(),
                                    i.value()))));
  }

  // ---------------------------------------------------------------- import files

  @Provide
  Arbitrary<byte[]> csvFiles() {
    return Arbitraries.frequencyOf(
        Tuple.of(1, randomBytes(256 * 1024)),
        Tuple.of(1, anyTexts().map(text -> text.getBytes(StandardCharsets.UTF_8))),
        Tuple.of(
            5,
            Arbitraries.randomValue(
                random ->
                    random.nextInt(10) == 0
                        ? csv(random, ImportTable.MAX_ROWS + 1 + random.nextInt(20), false)
                        : csv(random, 300, true))));
  }

  /**
   * A list in CSV: a header of the list's columns (sometimes a wrong one), then up to {@code
   * maxRows} rows of codes, names and {@code odd} texts, quoted or not, with stray quotes, commas
   * and line breaks, up to 256 K characters; or not {@code odd}: {@code maxRows} short plain rows.
   */
  private static byte[] csv(Random random, int maxRows, boolean odd) {
    List<String> header = new ArrayList<>(ImportColumns.UNIT_LIST.names());
    java.util.Collections.shuffle(header, random);
    if (random.nextInt(10) == 0) {
      header.set(random.nextInt(header.size()), cell(random));
    }
    StringBuilder csv = new StringBuilder(random.nextBoolean() ? "\uFEFF" : "");
    csv.append(String.join(",", header)).append(random.nextBoolean() ? "\r\n" : "\n");
    int rows = odd ? random.nextInt(maxRows + 1) : maxRows;
    for (int r = 0; r < rows && (!odd || csv.length() < 256 * 1024); r++) {
      int fields = odd && random.nextInt(20) == 0 ? random.nextInt(400) : header.size();
      for (int f = 0; f < fields; f++) {
        String cell = odd ? cell(random) : List.of("A", "130102", "某厂", "").get(random.nextInt(4));
        csv.append(f == 0 ? "" : ",");
        csv.append(random.nextInt(4) == 0 ? '"' + cell.replace("\"", "\"\"") + '"' : cell);
      }
      csv.append(random.nextInt(10) == 0 ? "\r" : "\n");
    }
    return csv.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static String cell(Random random) {
    return switch (random.nextInt(10)) {
      case 0 ->
          CreditCodes.enterpriseCode("130102", String.format("%08d", random.nextInt(1_000_000)));
      case 1 -> List.of("130102", "130171", "130100", "370676", "1301020").get(random.nextInt(5));
      case 2 -> List.of("C3011", "3011", "c30", "X9999").get(random.nextInt(4));
      case 3 -> List.of("province", "市级", "国家", "", "county").get(random.nextInt(5));
      case 4 -> "某".repeat(random.nextInt(2_000));
      case 5 -> "\"" + text(random) + "\n" + text(random);
      default -> text(random).replace("\u0000", "");
    };
  }

  @Provide
  Arbitrary<byte[]> xlsxFiles() {
    return Arbitraries.frequencyOf(
        Tuple.of(1, randomBytes(64 * 1024)),
        Tuple.of(1, Arbitraries.randomValue(BoundedInputFuzzTest::zipOfJunk)),
        Tuple.of(4, Arbitraries.randomValue(random -> workbook(random, 40, false))),
        Tuple.of(2, Arbitraries.randomValue(random -> workbook(random, 40, true))));
  }

  /** A zip of parts with workbook names and random content, some of it highly compressible. */
  private static byte[] zipOfJunk(Random random) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      List<String> names =
          List.of(
              "[Content_Types].xml",
              "_rels/.rels",
              "xl/workbook.xml",
              "xl/_rels/workbook.xml.rels",
              "xl/worksheets/sheet1.xml",
              "xl/sharedStrings.xml");
      for (String name : names) {
        if (random.nextInt(4) == 0) {
          continue;
        }
        zip.putNextEntry(new ZipEntry(name));
        byte[] content = new byte[random.nextInt(64 * 1024)];
        if (random.nextBoolean()) {
          random.nextBytes(content);
        }
        zip.write(content);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /**
   * A workbook of a list: a header (sometimes wrong), rows of codes, names and odd texts, numbers,
   * booleans and formulas, some rows far down; {@code spoiled}: then a byte changed or the file
   * cut.
   */
  private static byte[] workbook(Random random, int maxRows, boolean spoiled) {
    byte[] bytes;
    try (Workbook workbook = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      if (random.nextInt(20) != 0) {
        Sheet sheet = workbook.createSheet("名单");
        Row header = sheet.createRow(0);
        List<String> names = new ArrayList<>(ImportColumns.UNIT_LIST.names());
        java.util.Collections.shuffle(names, random);
        if (random.nextInt(10) == 0) {
          names.set(random.nextInt(names.size()), cell(random));
        }
        for (int c = 0; c < names.size(); c++) {
          header.createCell(c).setCellValue(names.get(c));
        }
        int rows = random.nextInt(maxRows + 1);
        for (int r = 0; r < rows; r++) {
          int index =
              random.nextInt(30) == 0 ? random.nextInt(ImportTable.MAX_ROWS + 50) + 1 : r + 1;
          Row row = sheet.getRow(index) == null ? sheet.createRow(index) : sheet.getRow(index);
          int cells = random.nextInt(15) == 0 ? random.nextInt(40) : names.size();
          for (int c = 0; c < cells; c++) {
            int column = random.nextInt(50) == 0 ? random.nextInt(16_000) : c;
            switch (random.nextInt(8)) {
              case 0 -> row.createCell(column).setCellValue(random.nextDouble() * 1e15);
              case 1 -> row.createCell(column).setCellValue(random.nextBoolean());
              case 2 ->
                  row.createCell(column)
                      .setCellFormula(List.of("1+1", "A1&B1", "SUM(A1:A3)").get(random.nextInt(3)));
              default -> row.createCell(column).setCellValue(cell(random));
            }
          }
        }
      }
      workbook.write(out);
      bytes = out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (spoiled && bytes.length > 0) {
      if (random.nextBoolean()) {
        bytes[random.nextInt(bytes.length)] ^= (byte) (1 + random.nextInt(255));
      } else {
        bytes = java.util.Arrays.copyOf(bytes, random.nextInt(bytes.length));
      }
    }
    return bytes;
  }
}
