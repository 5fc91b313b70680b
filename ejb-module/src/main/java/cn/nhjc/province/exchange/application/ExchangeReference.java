package cn.nhjc.province.exchange.application;

import cn.nhjc.province.exchange.domain.UploadRules;
import cn.nhjc.province.platform.config.PlatformSettings;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;
import javax.sql.DataSource;

/**
 * The dictionaries and settings the front-end processor checks uploads against and hands out with
 * {@code downloadBaseData}. Cached for a minute: uploads arrive by the thousand, dictionaries
 * change a few times a year.
 */
@Singleton
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ExchangeReference {
  static final long REFRESH_MILLIS = 60_000;

  /** energyClassCode values whose TTTT is an energy type of dictionary 8. */
  private static final Set<String> ENERGY_TYPED_CLASSES = Set.of("01", "02", "05", "06");

  @Resource(lookup = "java:jboss/datasources/EnergyDS")
  private DataSource dataSource;

  @EJB private PlatformSettings settings;

  private volatile Cached cached;

  private record Cached(UploadRules rules, int dicVersion, long loadedAt) {}

  public UploadRules rules() {
    return current().rules();
  }

  public int dicVersion() {
    return current().dicVersion();
  }

  private Cached current() {
    Cached now = cached;
    if (now == null || System.currentTimeMillis() - now.loadedAt() > REFRESH_MILLIS) {
      now = load();
      cached = now;
    }
    return now;
  }

  private Cached load() {
    try (Connection db = dataSource.getConnection()) {
      UploadRules rules =
          new UploadRules(
              settings.integer("exchange.max-items"),
              settings.integer("exchange.realtime-minutes"),
              Duration.ofMinutes(settings.integer("exchange.future-tolerance-minutes")),
              codes(db, "select code from dictionary_entry where dictionary_no = 7", s -> s),
              ENERGY_TYPED_CLASSES,
              codes(db, "select code from energy_type", s -> s),
              codes(db, "select code from dictionary_entry where dictionary_no = 14", s -> s),
              codes(
                  db,
                  "select code from dictionary_entry where dictionary_no = 6",
                  Integer::valueOf),
              codes(
                  db,
                  "select code from dictionary_entry where dictionary_no = 102",
                  Integer::valueOf));
      int version;
      try (ResultSet row =
          db.createStatement()
              .executeQuery("select coalesce(max(version), 1) from dictionary_version")) {
        row.next();
        version = row.getInt(1);
      }
      return new Cached(rules, version, System.currentTimeMillis());
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the exchange dictionaries", e);
    }
  }

  private static <T> Set<T> codes(Connection db, String query, Function<String, T> parse)
      throws SQLException {
    Set<T> codes = new HashSet<>();
    try (ResultSet rows = db.createStatement().executeQuery(query)) {
      while (rows.next()) {
        codes.add(parse.apply(rows.getString(1).trim()));
      }
    }
    return Set.copyOf(codes);
  }

  /**
   * One dictionary as {@code downloadBaseData} hands it out (protocol §5 numbering): every entry
   * with {@code code} and {@code name}, all values strings.
   */
  public JsonArray dictionary(int itemIndex) {
    String query =
        switch (itemIndex) {
          case 1 ->
              "select code, name, parent_code as \"parentCode\", level from region order by code";
          case 2 ->
              "select code, name, parent_code as \"parentCode\", level from industry order by code";
          case 8 ->
              "select t.code, t.name, t.unit as \"collectUnit\","
                  + " c.kgce_per_unit::text as \"collectRatio\", t.energy_class_code as"
                  + " \"energyClassCode\" from energy_type t left join lateral (select kgce_per_unit"
                  + " from energy_coefficient where energy_type_code = t.code and valid_from <="
                  + " (now() at time zone 'Asia/Shanghai')::date order by valid_from desc limit 1) c"
                  + " on true order by t.code";
          default ->
              "select code, name from dictionary_entry where dictionary_no = ? order by code";
        };
    JsonArrayBuilder entries = Json.createArrayBuilder();
    try (Connection db = dataSource.getConnection();
        PreparedStatement sql = db.prepareStatement(query)) {
      if (query.contains("?")) {
        sql.setInt(1, itemIndex);
      }
      try (ResultSet rows = sql.executeQuery()) {
        int columns = rows.getMetaData().getColumnCount();
        while (rows.next()) {
          JsonObjectBuilder entry = Json.createObjectBuilder();
          for (int c = 1; c <= columns; c++) {
            String value = rows.getString(c);
            entry.add(rows.getMetaData().getColumnLabel(c), value == null ? "" : value);
          }
          entries.add(entry);
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read dictionary " + itemIndex, e);
    }
    return entries.build();
  }
}
