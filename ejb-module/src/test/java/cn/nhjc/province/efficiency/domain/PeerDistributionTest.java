package cn.nhjc.province.efficiency.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** docs/efficiency.md, worked example 3: quartiles, median, best and percentiles of six peers. */
class PeerDistributionTest {

  private static List<BigDecimal> values(String... v) {
    return Stream.of(v).map(BigDecimal::new).toList();
  }

  private static final List<BigDecimal> SIX =
      values("112.00", "95.00", "131.00", "100.00", "120.00", "104.00");

  @Test
  void quartilesAreInterpolatedBetweenTheSortedValues() {
    PeerDistribution d = PeerDistribution.of(SIX);
    assertEquals(6, d.peers());
    assertEquals(new BigDecimal("95.00"), d.best());
    assertEquals(new BigDecimal("101.0000"), d.q1());
    assertEquals(new BigDecimal("108.0000"), d.median());
    assertEquals(new BigDecimal("118.0000"), d.q3());
    assertEquals(new BigDecimal("131.00"), d.worst());
  }

  @Test
  void percentileCountsTheWorsePeers() {
    assertEquals(
        new BigDecimal("40.00"), PeerDistribution.percentile(new BigDecimal("112.00"), SIX));
    assertEquals(
        new BigDecimal("100.00"), PeerDistribution.percentile(new BigDecimal("95.00"), SIX));
    assertEquals(
        new BigDecimal("0.00"), PeerDistribution.percentile(new BigDecimal("131.00"), SIX));
  }

  @Test
  void anEqualPeerCountsHalf() {
    List<BigDecimal> five = values("95.00", "100.00", "100.00", "112.00", "120.00");
    assertEquals(
        new BigDecimal("62.50"), PeerDistribution.percentile(new BigDecimal("100.00"), five));
    PeerDistribution d = PeerDistribution.of(five);
    assertEquals(new BigDecimal("100.0000"), d.q1());
    assertEquals(new BigDecimal("100.0000"), d.median());
    assertEquals(new BigDecimal("112.0000"), d.q3());
  }

  @Test
  void aUnitAloneHasNoPercentile() {
    assertNull(PeerDistribution.percentile(BigDecimal.TEN, List.of(BigDecimal.TEN)));
    assertNull(PeerDistribution.of(List.of()));
  }

  @Test
  void negativeValuesRankTheSameWay() {
    // converter steelmaking recovers energy: −30 is better than −12
    List<BigDecimal> v = values("-30", "-25", "-12");
    assertEquals(new BigDecimal("100.00"), PeerDistribution.percentile(new BigDecimal("-30"), v));
    assertEquals(new BigDecimal("-25.0000"), PeerDistribution.of(v).median());
  }
}
