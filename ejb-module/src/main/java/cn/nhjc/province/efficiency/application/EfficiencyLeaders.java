package cn.nhjc.province.efficiency.application;

import cn.nhjc.province.monitoring.domain.StatPeriod;
import cn.nhjc.province.platform.audit.AuditActions;
import cn.nhjc.province.platform.audit.AuditTrail;
import cn.nhjc.province.platform.audit.Outcome;
import cn.nhjc.province.platform.config.PlatformSettings;
import cn.nhjc.province.platform.input.Quote;
import cn.nhjc.province.platform.persistence.SqlTimes;
import cn.nhjc.province.platform.security.Roles;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;

/**
 * Efficiency leaders (能效领跑者, docs/efficiency.md): for a year and a limit standard's indicator, the
 * units with complete data and the lowest unit-product consumption. A province official prepares a
 * list (a new version, a draft), reviews it and publishes it; each step is recorded on the list and
 * in the audit trail. Published lists are public.
 */
@Stateless
@RolesAllowed(Roles.PROVINCE_OFFICIAL)
public class EfficiencyLeaders {

  /** A list with its steps; {@code entries} empty in overviews. */
  public record LeaderList(
      long id,
      String indicator,
      String name,
      String unit,
      String productCode,
      int year,
      int version,
      String state,
      String preparedBy,
      Instant preparedAt,
      String reviewedBy,
      Instant reviewedAt,
      String publishedBy,
      Instant publishedAt,
      List<Entry> entries) {}

  /** A leader: rank, unit, its value for the year and grade. */
  public record Entry(
      int rank,
      String creditCode,
      String unitName,
      String regionCode,
      BigDecimal value,
      String grade) {}

  @PersistenceContext private EntityManager em;
  @EJB private PlatformSettings settings;
  @EJB private AuditTrail audit;
  @Resource private SessionContext context;

  /**
   * Prepares a new version of the list of an indicator (a limit standard's code) and a year, as a
   * draft: the year's units with complete data, lowest value first.
   */
  public LeaderList prepare(String indicator, int year) {
    String object = "leaders " + Quote.of(indicator) + " " + year;
    try {
      if (year < 2000 || year > Year.now().getValue()) {
        throw new IllegalArgumentException("no year " + year);
      }
      if (em.createNativeQuery("select 1 from limit_standard where product_code = ?1")
          .setParameter(1, indicator)
          .getResultList()
          .isEmpty()) {
        throw new IllegalArgumentException("no limit standard " + Quote.of(indicator));
      }
      Number version =
          (Number)
              em.createNativeQuery(
                      "select coalesce(max(version), 0) + 1 from efficiency_leader_list"
                          + " where indicator = ?1 and year = ?2")
                  .setParameter(1, indicator)
                  .setParameter(2, year)
                  .getSingleResult();
      Number id =
          (Number)
              em.createNativeQuery(
                      "insert into efficiency_leader_list (indicator, year, version, state,"
                          + " prepared_by, prepared_at) values (?1, ?2, ?3, 'draft', ?4, now())"
                          + " returning id")
                  .setParameter(1, indicator)
                  .setParameter(2, year)
                  .setParameter(3, version.intValue())
                  .setParameter(4, caller())
                  .getSingleResult();
      int entries =
          em.createNativeQuery(
                  """
                  insert into efficiency_leader_entry (list_id, rank, unit_id, credit_code,
                                                       unit_name, region_code, value, grade)
                  select ?1, row_number() over (order by i.value, u.credit_code), u.id,
                         u.credit_code, u.name, u.region_code, i.value, i.grade
                    from efficiency_unit_indicator i join key_unit u on u.id = i.unit_id
                   where i.period_type = 'Y' and i.period_start = cast(?2 as date)
                     and i.indicator = ?3 and i.complete
                   order by i.value, u.credit_code
                   limit ?4
                  """)
              .setParameter(1, id.longValue())
              .setParameter(2, StatPeriod.parse(String.valueOf(year)).start().toString())
              .setParameter(3, indicator)
              .setParameter(4, Math.max(1, settings.integer("efficiency.leaders.size")))
              .executeUpdate();
      audit.record(
          AuditActions.LEADERS_PREPARE,
          object,
          Outcome.SUCCESS,
          "version " + version + ", " + entries + " units");
      return list(id.longValue());
    } catch (RuntimeException e) {
      audit.failed(AuditActions.LEADERS_PREPARE, object, e);
      throw e;
    }
  }

  /** A draft becomes reviewed. */
  public LeaderList review(long id) {
    return step(id, "draft", "reviewed", "reviewed_by", "reviewed_at", AuditActions.LEADERS_REVIEW);
  }

  /** A reviewed list becomes published: public, and shown in the enterprise portal. */
  public LeaderList publish(long id) {
    return step(
        id, "reviewed", "published", "published_by", "published_at", AuditActions.LEADERS_PUBLISH);
  }

  private LeaderList step(
      long id, String from, String to, String byColumn, String atColumn, String action) {
    String object = "leader list " + id;
    try {
      int changed =
          em.createNativeQuery(
                  "update efficiency_leader_list set state = ?1, "
                      + byColumn
                      + " = ?2, "
                      + atColumn
                      + " = now() where id = ?3 and state = ?4")
              .setParameter(1, to)
              .setParameter(2, caller())
              .setParameter(3, id)
              .setParameter(4, from)
              .executeUpdate();
      if (changed == 0) {
        throw new IllegalArgumentException(
            "no " + from + " leader list " + id + " (only a " + from + " list can be " + to + ")");
      }
      LeaderList list = list(id);
      audit.record(
          action,
          object,
          Outcome.SUCCESS,
          list.indicator() + " " + list.year() + " v" + list.version());
      return list;
    } catch (RuntimeException e) {
      audit.failed(action, object, e);
      throw e;
    }
  }

  /** Every list of a year, newest version first per indicator, without entries. */
  public List<LeaderList> lists(int year) {
    List<LeaderList> lists = new ArrayList<>();
    for (Object id :
        em.createNativeQuery(
                "select id from efficiency_leader_list where year = ?1"
                    + " order by indicator, version desc")
            .setParameter(1, year)
            .getResultList()) {
      lists.add(list(((Number) id).longValue()));
    }
    return lists;
  }

  /**
   * The published lists for the API's signed-in callers: every person's role and the city
   * platforms; an energy supplier's machine account uses the supply API alone.
   */
  @RolesAllowed({
    Roles.PROVINCE_OFFICIAL,
    Roles.CITY_OFFICIAL,
    Roles.SUPERVISOR,
    Roles.METROLOGY_OFFICER,
    Roles.ENTERPRISE_USER,
    Roles.PLATFORM_ADMIN,
    Roles.CITY_PLATFORM,
    Roles.AUDITOR
  })
  public List<LeaderList> publishedForApi(String product, Integer year) {
    return published(product, year);
  }

  /**
   * The published lists (the latest published version of each indicator), of a product (dictionary
   * 10 code, or all when {@code null}) and a year (or all years when {@code null}). Public.
   */
  @PermitAll
  public List<LeaderList> published(String product, Integer year) {
    List<LeaderList> lists = new ArrayList<>();
    for (Object id :
        em.createNativeQuery(
                """
                select distinct on (l.indicator, l.year) l.id
                  from efficiency_leader_list l join limit_standard s on s.product_code = l.indicator
                 where l.state = 'published'
                   and (cast(?1 as varchar) is null or s.product_item_code = ?1)
                   and (cast(?2 as integer) is null or l.year = ?2)
                 order by l.indicator, l.year desc, l.version desc
                """)
            .setParameter(1, product == null || product.isBlank() ? null : product.trim())
            .setParameter(2, year)
            .getResultList()) {
      lists.add(list(((Number) id).longValue()));
    }
    return lists;
  }

  private LeaderList list(long id) {
    List<?> rows =
        em.createNativeQuery(
                """
                select l.id, l.indicator, s.product_name || ' ' || s.indicator, s.unit,
                       s.product_item_code, l.year, l.version, l.state, l.prepared_by,
                       l.prepared_at, l.reviewed_by, l.reviewed_at, l.published_by, l.published_at
                  from efficiency_leader_list l join limit_standard s on s.product_code = l.indicator
                 where l.id = ?1
                """)
            .setParameter(1, id)
            .getResultList();
    if (rows.isEmpty()) {
      throw new IllegalArgumentException("no leader list " + id);
    }
    Object[] c = (Object[]) rows.get(0);
    List<Entry> entries = new ArrayList<>();
    for (Object row :
        em.createNativeQuery(
                "select rank, credit_code, unit_name, region_code, value, grade"
                    + " from efficiency_leader_entry where list_id = ?1 order by rank")
            .setParameter(1, id)
            .getResultList()) {
      Object[] e = (Object[]) row;
      entries.add(
          new Entry(
              ((Number) e[0]).intValue(),
              (String) e[1],
              (String) e[2],
              (String) e[3],
              (BigDecimal) e[4],
              (String) e[5]));
    }
    return new LeaderList(
        ((Number) c[0]).longValue(),
        (String) c[1],
        (String) c[2],
        (String) c[3],
        (String) c[4],
        ((Number) c[5]).intValue(),
        ((Number) c[6]).intValue(),
        (String) c[7],
        (String) c[8],
        SqlTimes.instant(c[9]),
        (String) c[10],
        SqlTimes.instant(c[11]),
        (String) c[12],
        SqlTimes.instant(c[13]),
        entries);
  }

  private String caller() {
    return context.getCallerPrincipal().getName();
  }
}
