package cn.nhjc.province.efficiency.application;

import java.math.BigDecimal;

/**
 * One precomputed indicator of a unit in a period (table efficiency_unit_indicator).
 *
 * @param indicator a limit standard's code, {@code product:<item>}, {@code intensity-output},
 *     {@code intensity-value-added} or {@code reported:<item>}
 * @param kind {@code product}, {@code intensity} or {@code reported}
 * @param peerGroup the distribution it is ranked in; {@code null}: not ranked
 * @param grade the limit grade's code; {@code null} without a standard
 * @param policyLevel the policy level's code; {@code null} when not placed
 * @param savingTce tce saved at the advanced value; {@code null} without a standard
 * @param complete whether the unit passed the data-quality rule for the period
 * @param percentile among the complete units of the peer group; {@code null} when left out or alone
 * @param peers the complete units of the peer group
 */
public record IndicatorRow(
    long unitId,
    String indicator,
    String kind,
    String itemCode,
    String peerGroup,
    BigDecimal value,
    BigDecimal output,
    String grade,
    String policyLevel,
    BigDecimal savingTce,
    boolean complete,
    BigDecimal percentile,
    Integer peers) {

  public IndicatorRow ranked(BigDecimal percentile, int peers) {
    return new IndicatorRow(
        unitId,
        indicator,
        kind,
        itemCode,
        peerGroup,
        value,
        output,
        grade,
        policyLevel,
        savingTce,
        complete,
        percentile,
        peers);
  }
}
