package cn.nhjc.province.registry.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A class of GB/T 4754-2017 (section, division, group or class). */
@Entity
@Table(name = "industry")
public class Industry {
  @Id
  @Column(length = 5)
  private String code;

  @Column(nullable = false, length = 128)
  private String name;

  @Column(nullable = false, length = 8)
  private String level;

  @Column(name = "parent_code", length = 5)
  private String parentCode;

  protected Industry() {}

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
}
