package cn.nhjc.province.web.gov.efficiency;

import cn.nhjc.province.efficiency.application.EfficiencyLeaders;
import cn.nhjc.province.monitoring.domain.StatPeriod;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * Leader-list management for province officials (gov/efficiency/leaders.xhtml): prepare a list of a
 * limit standard's indicator for a year, review it, publish it.
 */
@Named
@ViewScoped
public class LeaderManagement implements Serializable {
  private static final long serialVersionUID = 1L;

  @EJB private EfficiencyLeaders leaders;
  @EJB private cn.nhjc.province.efficiency.application.Efficiency efficiency;

  private int year;
  private String indicator;
  private List<EfficiencyLeaders.LeaderList> lists = new ArrayList<>();
  private List<String> indicators = new ArrayList<>();

  @PostConstruct
  void init() {
    year = StatPeriod.lastCompleteMonth().getYear() - 1;
    indicators = efficiency.standards();
    read();
  }

  private void read() {
    lists = leaders.lists(year);
  }

  public void show() {
    read();
  }

  public void prepare() {
    act(() -> leaders.prepare(indicator, year));
  }

  public void review(long id) {
    act(() -> leaders.review(id));
  }

  public void publish(long id) {
    act(() -> leaders.publish(id));
  }

  private void act(Runnable action) {
    EfficiencyPage.refusalShown(action);
    read();
  }

  public List<EfficiencyLeaders.LeaderList> getLists() {
    return lists;
  }

  public List<String> getIndicators() {
    return indicators;
  }

  public List<Integer> getYears() {
    int last = StatPeriod.lastCompleteMonth().getYear();
    return List.of(last, last - 1, last - 2);
  }

  public int getYear() {
    return year;
  }

  public void setYear(int year) {
    this.year = year;
  }

  public String getIndicator() {
    return indicator;
  }

  public void setIndicator(String indicator) {
    this.indicator = indicator;
  }
}
