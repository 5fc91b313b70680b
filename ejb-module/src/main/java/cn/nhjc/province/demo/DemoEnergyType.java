package cn.nhjc.province.demo;

import java.math.BigDecimal;

/** An energy type of the dictionary with its unit and the coefficient in force (kgce per unit). */
public record DemoEnergyType(
    String code, String name, String energyClassCode, String unit, BigDecimal kgcePerUnit) {

  public static final String ELECTRICITY = "3300";

  /** Coal and coal products (0100–0899) are bought by the ton and weighed on belt scales. */
  public boolean isCoal() {
    return code.compareTo("0100") >= 0 && code.compareTo("0900") < 0;
  }

  public boolean isElectricity() {
    return code.equals(ELECTRICITY);
  }
}
