package cn.nhjc.province.registry.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** A key energy-consuming unit (重点用能单位) on the province's list. */
@Entity
@Table(name = "key_unit")
public class KeyUnit {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "credit_code", nullable = false, unique = true, length = 18)
  private String creditCode;

  @Column(nullable = false, length = 128)
  private String name;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "region_code")
  private Region region;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "industry_code")
  private Industry industry;

  @Column(name = "economic_type_code", length = 3)
  private String economicTypeCode;

  @Column(name = "unit_level", nullable = false, length = 16)
  private String unitLevel;

  @Column(name = "annual_tce", precision = 14, scale = 2)
  private BigDecimal annualTce;

  @Column(precision = 9, scale = 6)
  private BigDecimal latitude;

  @Column(precision = 9, scale = 6)
  private BigDecimal longitude;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected KeyUnit() {}

  public Long getId() {
    return id;
  }

  public String getCreditCode() {
    return creditCode;
  }

  public String getName() {
    return name;
  }

  public Region getRegion() {
    return region;
  }

  public Industry getIndustry() {
    return industry;
  }

  public String getEconomicTypeCode() {
    return economicTypeCode;
  }

  public String getUnitLevel() {
    return unitLevel;
  }

  public BigDecimal getAnnualTce() {
    return annualTce;
  }

  public BigDecimal getLatitude() {
    return latitude;
  }

  public BigDecimal getLongitude() {
    return longitude;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
