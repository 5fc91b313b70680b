package cn.nhjc.province.web.ent;

import cn.nhjc.province.exchange.application.UploadLog;
import cn.nhjc.province.platform.security.CallerScope;
import cn.nhjc.province.platform.security.CurrentCaller;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The enterprise's own upload log on its portal page (ent/index.xhtml). */
@Named
@ViewScoped
public class OwnUploads implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final int SHOWN = 20;

  @EJB private UploadLog log;
  @EJB private CurrentCaller caller;

  private long total;
  private List<UploadLog.LogLine> lines = List.of();

  @PostConstruct
  void init() {
    CallerScope scope = caller.scope();
    if (scope.kind() == CallerScope.Kind.ENTERPRISE) {
      var page = log.ofUnit(scope.creditCode(), 0, SHOWN);
      total = page.total();
      lines = page.items();
    }
  }

  public long getTotal() {
    return total;
  }

  public List<UploadLog.LogLine> getLines() {
    return lines;
  }
}
