package cn.nhjc.province.metrology.application;

import cn.nhjc.province.metrology.domain.AccuracyClass;
import cn.nhjc.province.metrology.domain.GbRules;
import cn.nhjc.province.metrology.domain.MeterFacts;
import cn.nhjc.province.metrology.domain.MeterStatus;
import cn.nhjc.province.metrology.domain.MeteringPoint;
import cn.nhjc.province.platform.persistence.SqlTimes;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The registry's reads shared by the metrology services (native SQL over V1 and V27's tables). */
final class MeterRows {
  private MeterRows() {}

  /** The dictionary number of the JJF meter types (protocol itemIndex 15). */
  static final int METER_TYPES = 15;

  /** The setting: days before its due day within which a calibration is "expiring". */
  static final String DUE_WINDOW_SETTING = "metrology.due-window-days";

  private static final String METER_COLUMNS =
      "m.id, m.meter_type_code, coalesce(t.name, m.meter_type_code), t.attributes ->> 'energyKind',"
          + " m.serial_no, m.name, m.maker, m.model, m.accuracy_class, m.measuring_range,"
          + " m.meter_level, s.code, s.name, m.energy_type_code, e.name, m.calibrated_on,"
          + " m.calibration_months, m.calibration_due, m.calibration_institution,"
          + " m.certificate_no, m.status, m.counter_capacity, m.version, m.updated_at,"
          + " m.updated_by, (select string_agg(distinct c.data_code, ',') from meter_feed f"
          + " join collect_item c on c.id = f.collect_item_id where f.meter_id = m.id),"
          + " m.structure_id, m.unit_id";

  private static final String METER_FROM =
      " from meter m left join unit_structure s on s.id = m.structure_id"
          + " left join dictionary_entry t on t.dictionary_no = "
          + METER_TYPES
          + " and t.code = m.meter_type_code"
          + " left join energy_type e on e.code = m.energy_type_code";

  /** The meters of a unit, by level, place and serial number. */
  static List<MeterDto> metersOf(EntityManager em, long unitId, LocalDate today, int window) {
    List<?> rows =
        em.createNativeQuery(
                "select "
                    + METER_COLUMNS
                    + METER_FROM
                    + " where m.unit_id = ?1 order by m.meter_level, s.code, m.serial_no")
            .setParameter(1, unitId)
            .getResultList();
    List<MeterDto> meters = new ArrayList<>(rows.size());
    for (Object row : rows) {
      meters.add(dto((Object[]) row, today, window));
    }
    return meters;
  }

  /** One meter of a unit. */
  static Optional<MeterDto> meter(
      EntityManager em, long unitId, long meterId, LocalDate today, int window) {
    List<?> rows =
        em.createNativeQuery(
                "select " + METER_COLUMNS + METER_FROM + " where m.unit_id = ?1 and m.id = ?2")
            .setParameter(1, unitId)
            .setParameter(2, meterId)
            .getResultList();
    return rows.isEmpty()
        ? Optional.empty()
        : Optional.of(dto((Object[]) rows.get(0), today, window));
  }

  /**
   * The compliance facts of the meters of the units (of {@code key_unit u}) a condition with one
   * parameter selects, by unit id, in one statement.
   */
  static Map<Long, List<MeterFacts>> factsOfUnits(
      EntityManager em, String condition, Object parameter) {
    List<?> rows =
        em.createNativeQuery(
                "select m.id, m.serial_no, m.name, m.meter_type_code, t.attributes ->> 'energyKind',"
                    + " m.meter_level, m.energy_type_code, m.structure_id, m.accuracy_class,"
                    + " m.calibration_due, m.status, m.unit_id"
                    + " from meter m join key_unit u on u.id = m.unit_id"
                    + " left join dictionary_entry t on t.dictionary_no = "
                    + METER_TYPES
                    + " and t.code = m.meter_type_code where "
                    + condition)
            .setParameter(1, parameter)
            .getResultList();
    Map<Long, List<MeterFacts>> byUnit = new HashMap<>();
    for (Object o : rows) {
      Object[] r = (Object[]) o;
      byUnit
          .computeIfAbsent(((Number) r[11]).longValue(), k -> new ArrayList<>())
          .add(
              new MeterFacts(
                  ((Number) r[0]).longValue(),
                  (String) r[1],
                  (String) r[2],
                  (String) r[3],
                  (String) r[4],
                  ((Number) r[5]).intValue(),
                  (String) r[6],
                  r[7] == null ? null : ((Number) r[7]).longValue(),
                  (String) r[8],
                  date(r[9]),
                  MeterStatus.ofCode((String) r[10])));
    }
    return byUnit;
  }

  /** The metering points of the units a condition selects (by unit id): energy items' nodes. */
  static Map<Long, List<MeteringPoint>> pointsOfUnits(
      EntityManager em, String condition, Object parameter) {
    List<?> rows =
        em.createNativeQuery(
                "select distinct c.unit_id, c.structure_id, c.scope, c.energy_type_code"
                    + " from collect_item c join key_unit u on u.id = c.unit_id"
                    + " join energy_type e on e.code = c.energy_type_code"
                    + " where c.energy_class_code in ('01', '02', '03')"
                    + " and c.energy_type_code <> '0000' and "
                    + condition)
            .setParameter(1, parameter)
            .getResultList();
    Map<Long, List<MeteringPoint>> byUnit = new HashMap<>();
    for (Object o : rows) {
      Object[] r = (Object[]) o;
      byUnit
          .computeIfAbsent(((Number) r[0]).longValue(), k -> new ArrayList<>())
          .add(
              new MeteringPoint(
                  r[1] == null ? null : ((Number) r[1]).longValue(),
                  MeteringPoint.levelOfScope(((Number) r[2]).intValue()),
                  (String) r[3]));
    }
    return byUnit;
  }

  /** The GB 17167 rules of the reference tables (V28). */
  static GbRules rules(EntityManager em) {
    Map<String, String> categoryOf = new HashMap<>();
    for (Object o :
        em.createNativeQuery(
                "select energy_type_code, category_code from gb17167_energy_type"
                    + " where category_code is not null")
            .getResultList()) {
      Object[] r = (Object[]) o;
      categoryOf.put((String) r[0], (String) r[1]);
    }
    Map<String, String> names = new LinkedHashMap<>();
    for (Object o :
        em.createNativeQuery("select code, name from gb17167_category").getResultList()) {
      Object[] r = (Object[]) o;
      names.put((String) r[0], (String) r[1]);
    }
    Map<String, GbRules.RateRule> rates = new HashMap<>();
    for (Object o :
        em.createNativeQuery(
                "select category_code, meter_level, required_rate, source"
                    + " from gb17167_configuration_rate")
            .getResultList()) {
      Object[] r = (Object[]) o;
      int level = ((Number) r[1]).intValue();
      rates.put(
          GbRules.rateKey((String) r[0], level),
          new GbRules.RateRule((String) r[0], level, (BigDecimal) r[2], (String) r[3]));
    }
    Map<String, GbRules.AccuracyRule> accuracy = new HashMap<>();
    for (Object o :
        em.createNativeQuery(
                "select meter_kind, category_code, meter_level, required_class, source"
                    + " from gb17167_accuracy")
            .getResultList()) {
      Object[] r = (Object[]) o;
      int level = ((Number) r[2]).intValue();
      accuracy.put(
          GbRules.accuracyKey((String) r[0], (String) r[1], level),
          new GbRules.AccuracyRule(
              (String) r[0],
              (String) r[1],
              level,
              AccuracyClass.parse((String) r[3]),
              (String) r[4]));
    }
    return new GbRules(categoryOf, names, rates, accuracy);
  }

  static String calibrationState(LocalDate due, LocalDate today, int window) {
    if (due == null) {
      return "none";
    }
    if (due.isBefore(today)) {
      return "expired";
    }
    return due.isAfter(today.plusDays(window)) ? "valid" : "expiring";
  }

  private static MeterDto dto(Object[] r, LocalDate today, int window) {
    LocalDate due = date(r[17]);
    String feeds = (String) r[25];
    return new MeterDto(
        ((Number) r[0]).longValue(),
        (String) r[1],
        (String) r[2],
        (String) r[3],
        (String) r[4],
        (String) r[5],
        (String) r[6],
        (String) r[7],
        (String) r[8],
        (String) r[9],
        ((Number) r[10]).intValue(),
        (String) r[11],
        (String) r[12],
        (String) r[13],
        (String) r[14],
        feeds == null ? List.of() : Arrays.stream(feeds.split(",")).sorted().toList(),
        date(r[15]),
        r[16] == null ? null : ((Number) r[16]).intValue(),
        due,
        (String) r[18],
        (String) r[19],
        (String) r[20],
        (BigDecimal) r[21],
        ((Number) r[22]).intValue(),
        SqlTimes.instant(r[23]),
        (String) r[24],
        calibrationState(due, today, window));
  }

  static LocalDate date(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof LocalDate day) {
      return day;
    }
    return ((java.sql.Date) value).toLocalDate();
  }
}
