package cn.nhjc.province.web.common;

import cn.nhjc.province.efficiency.application.EfficiencyLeaders;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;

/** The published efficiency leader lists, on the public page and in the enterprise portal. */
@Named
@RequestScoped
public class PublishedLeaders {

  @EJB private EfficiencyLeaders leaders;

  private List<EfficiencyLeaders.LeaderList> lists = List.of();

  @PostConstruct
  void init() {
    lists = leaders.published(null, null);
  }

  public List<EfficiencyLeaders.LeaderList> getLists() {
    return lists;
  }
}
