package cn.nhjc.province.efficiency.application;

import cn.nhjc.province.efficiency.domain.PeerDistribution;

/**
 * A peer group's distribution in a period (table efficiency_distribution).
 *
 * @param distribution of the complete units; {@code null} when none is complete
 * @param excluded units of the group left out because their data failed the quality rule
 */
public record DistributionRow(
    String peerGroup, String indicator, PeerDistribution distribution, int excluded) {

  public int peers() {
    return distribution == null ? 0 : distribution.peers();
  }
}
