package cn.nhjc.province.monitoring.application.statistics;

import cn.nhjc.province.platform.config.PlatformSettings;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** The dictionaries that figures are assembled with: products, limit standards, mix groups. */
@Stateless
@PermitAll
public class StatisticsReference {

  private static final int PRODUCTS = 10;

  @PersistenceContext private EntityManager em;
  @EJB private PlatformSettings settings;

  public FigureRows.Reference reference() {
    List<FigureRows.Product> products = new ArrayList<>();
    for (Object row :
        em.createNativeQuery(
                "select code, name, coalesce(attributes ->> 'unit', '') from dictionary_entry"
                    + " where dictionary_no = ?1 order by code")
            .setParameter(1, PRODUCTS)
            .getResultList()) {
      Object[] c = (Object[]) row;
      products.add(new FigureRows.Product((String) c[0], (String) c[1], (String) c[2]));
    }
    List<FigureRows.Standard> standards = new ArrayList<>();
    for (Object row :
        em.createNativeQuery(
                "select product_code, product_item_code, standard, indicator, unit, basis,"
                    + " numerator_unit, grade1, grade2, grade3 from limit_standard"
                    + " where product_item_code is not null order by product_code")
            .getResultList()) {
      Object[] c = (Object[]) row;
      standards.add(
          new FigureRows.Standard(
              (String) c[0],
              (String) c[1],
              (String) c[2],
              (String) c[3],
              (String) c[4],
              (String) c[5],
              (String) c[6],
              (BigDecimal) c[7],
              (BigDecimal) c[8],
              (BigDecimal) c[9]));
    }
    List<FigureRows.MixGroup> groups = new ArrayList<>();
    for (Object row :
        em.createNativeQuery("select code, name from energy_mix_group order by ord")
            .getResultList()) {
      Object[] c = (Object[]) row;
      groups.add(new FigureRows.MixGroup((String) c[0], (String) c[1]));
    }
    return new FigureRows.Reference(
        products,
        standards,
        groups,
        settings.text("accounting.economic-output-value").trim(),
        settings.text("accounting.economic-value-added").trim(),
        settings.text("accounting.electricity-energy-type").trim());
  }
}
