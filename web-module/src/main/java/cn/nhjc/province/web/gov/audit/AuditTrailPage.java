package cn.nhjc.province.web.gov.audit;

import cn.nhjc.province.platform.audit.AuditActions;
import cn.nhjc.province.platform.audit.AuditEvent;
import cn.nhjc.province.platform.audit.AuditQuery;
import cn.nhjc.province.platform.audit.AuditTrail;
import cn.nhjc.province.platform.audit.ChainVerification;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The auditor's page (gov/audit/index.xhtml): the audit trail, newest first, filtered by account,
 * action and time, and the verification of its chain. The same data as {@code /api/v1/audit}.
 */
@Named("auditTrail")
@ViewScoped
public class AuditTrailPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @EJB private AuditTrail trail;

  private String actor;
  private String action;
  private String from;
  private String to;
  private AuditQuery query = AuditQuery.ALL;
  private ChainVerification verification;

  private final LazyDataModel<AuditEvent> records =
      new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
          return (int) Math.min(Integer.MAX_VALUE, trail.count(query));
        }

        @Override
        public List<AuditEvent> load(
            int first,
            int pageSize,
            Map<String, SortMeta> sortBy,
            Map<String, FilterMeta> filterBy) {
          return trail.find(query, first / pageSize, pageSize).items();
        }

        @Override
        public String getRowKey(AuditEvent event) {
          return Long.toString(event.id());
        }
      };

  /** Applies the filters; a malformed time is shown as the page's message. */
  public void search() {
    try {
      query = AuditQuery.parse(actor, action, from, to);
    } catch (IllegalArgumentException e) {
      FacesContext.getCurrentInstance()
          .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
    }
  }

  /** Verifies the chain of the whole trail. */
  public void verify() {
    verification = trail.verify();
  }

  public LazyDataModel<AuditEvent> getRecords() {
    return records;
  }

  public List<String> getActions() {
    return AuditActions.ALL;
  }

  public ChainVerification getVerification() {
    return verification;
  }

  public String getActor() {
    return actor;
  }

  public void setActor(String actor) {
    this.actor = actor;
  }

  public String getAction() {
    return action;
  }

  public void setAction(String action) {
    this.action = action;
  }

  public String getFrom() {
    return from;
  }

  public void setFrom(String from) {
    this.from = from;
  }

  public String getTo() {
    return to;
  }

  public void setTo(String to) {
    this.to = to;
  }
}
