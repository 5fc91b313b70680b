package cn.nhjc.province.registry.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A division of the GB/T 2260 / NBS statistical division code list. */
@Entity
@Table(name = "region")
public class Region {
  @Id
  @Column(length = 6)
  private String code;

  @Column(nullable = false, length = 64)
  private String name;

  @Column(nullable = false, length = 8)
  private String level;

  @Column(name = "parent_code", length = 6)
  private String parentCode;

  /** A code of an earlier edition, kept for units registered with it. */
  @Column(nullable = false)
  private boolean retired;

  @Column(name = "successor_code", length = 6)
  private String successorCode;

  protected Region() {}

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  public String getLevel() {
    return level;
  }

  public String getParentCode() {
    return parentCode;
  }

  public boolean isRetired() {
    return retired;
  }

  public String getSuccessorCode() {
    return successorCode;
  }
}
