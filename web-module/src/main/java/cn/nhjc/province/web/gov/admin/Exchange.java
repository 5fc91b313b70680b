package cn.nhjc.province.web.gov.admin;

import cn.nhjc.province.exchange.application.DeadLetters;
import cn.nhjc.province.exchange.application.IntakeLanes;
import cn.nhjc.province.exchange.application.UploadLog;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The data-exchange administration page (gov/admin/exchange.xhtml): the intake lanes (refreshed
 * every 5 s, with an alarm for a stalled lane), dead letters, upload log.
 */
@Named
@ViewScoped
public class Exchange implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final int LOG_LINES = 100;

  @EJB private UploadLog log;
  @EJB private DeadLetters deadLetters;
  @EJB private IntakeLanes intakeLanes;

  private String creditCode;
  private String outcome = "";
  private long logTotal;
  private List<UploadLog.LogLine> logLines;
  private List<DeadLetters.DeadLetter> letters;
  private List<IntakeLanes.LaneStatus> lanes;

  @PostConstruct
  void init() {
    refresh();
  }

  public void refresh() {
    Boolean accepted = outcome.isEmpty() ? null : Boolean.valueOf(outcome);
    var page = log.all(creditCode, accepted, 0, LOG_LINES);
    logTotal = page.total();
    logLines = page.items();
    letters = deadLetters.list();
    refreshLanes();
  }

  public void refreshLanes() {
    lanes = intakeLanes.lanesForOperators();
  }

  public List<IntakeLanes.LaneStatus> getLanes() {
    return lanes;
  }

  /** The alarm of a stalled lane, in the page's language. */
  public String stalledText(IntakeLanes.LaneStatus lane) {
    FacesContext faces = FacesContext.getCurrentInstance();
    String pattern =
        faces.getApplication().getResourceBundle(faces, "msg").getString("exchange.laneStalled");
    return java.text.MessageFormat.format(
        pattern, lane.oldestAgeMillis() / 1000, lane.maxAgeMillis() / 1000);
  }

  public void replay(String messageId) {
    act(() -> deadLetters.replay(messageId), messageId);
  }

  public void discard(String messageId) {
    act(() -> deadLetters.discard(messageId), messageId);
  }

  private void act(Runnable action, String messageId) {
    try {
      action.run();
      message(FacesMessage.SEVERITY_INFO, messageId);
    } catch (RuntimeException e) {
      message(FacesMessage.SEVERITY_ERROR, messageId + ": " + e.getMessage());
    }
    refresh();
  }

  private static void message(FacesMessage.Severity severity, String text) {
    FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
  }

  public String getCreditCode() {
    return creditCode;
  }

  public void setCreditCode(String creditCode) {
    this.creditCode = creditCode;
  }

  public String getOutcome() {
    return outcome;
  }

  public void setOutcome(String outcome) {
    this.outcome = outcome == null ? "" : outcome;
  }

  public long getLogTotal() {
    return logTotal;
  }

  public List<UploadLog.LogLine> getLogLines() {
    return logLines;
  }

  public List<DeadLetters.DeadLetter> getLetters() {
    return letters;
  }
}
