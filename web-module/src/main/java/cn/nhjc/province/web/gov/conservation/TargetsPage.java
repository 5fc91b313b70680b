package cn.nhjc.province.web.gov.conservation;

import cn.nhjc.province.conservation.application.TargetDto;
import cn.nhjc.province.conservation.application.TargetInput;
import cn.nhjc.province.conservation.application.Targets;
import cn.nhjc.province.registry.application.ImportFiles;
import cn.nhjc.province.registry.application.ImportResult;
import cn.nhjc.province.registry.domain.Rejection;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.DefaultTreeNode;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.TreeNode;

/**
 * Target allocation (gov/conservation/targets.xhtml): the tree of regions with their total targets,
 * the latest revision of every target in scope, a form for a new revision, issuing a draft, and
 * import / export / template as XLSX.
 */
@Named
@ViewScoped
public class TargetsPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @EJB private Targets targets;

  private int year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
  private String level;
  private List<TargetDto> list;
  private TreeNode<String> tree;
  private ImportResult result;

  private String newLevel = "city";
  private String newHolder;
  private String newKind = "total";
  private Integer newBaseYear;
  private BigDecimal newBase;
  private BigDecimal newTarget;
  private boolean newIssue = true;

  @PostConstruct
  void init() {
    refresh();
  }

  public void refresh() {
    list = targets.list(year, level, null);
    tree = new DefaultTreeNode<>("", null);
    Map<String, TreeNode<String>> nodes = new HashMap<>();
    for (TargetDto t : targets.list(year, null, "total")) {
      if ("unit".equals(t.level())) {
        continue;
      }
      TreeNode<String> parent =
          t.allocatedBy() == null ? tree : nodes.getOrDefault(t.allocatedBy(), tree);
      TreeNode<String> node =
          new DefaultTreeNode<>(
              t.holderName() + " " + t.holderCode() + " · " + wan(t.targetValue()) + " 万吨标准煤",
              parent);
      node.setExpanded("province".equals(t.level()));
      nodes.put(t.holderCode(), node);
    }
  }

  private static String wan(BigDecimal tce) {
    return tce.movePointLeft(4).setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
  }

  public void save() {
    try {
      targets.save(
          new TargetInput(
              newLevel,
              newHolder,
              newKind,
              "annual",
              year,
              newBaseYear == null ? year - 1 : newBaseYear,
              newBase,
              newTarget,
              null,
              newIssue));
      message(FacesMessage.SEVERITY_INFO, "已保存 " + newHolder);
      refresh();
    } catch (IllegalArgumentException | EJBAccessException e) {
      message(FacesMessage.SEVERITY_ERROR, e.getMessage());
    }
  }

  public void issue(long id) {
    try {
      targets.issue(id);
      refresh();
    } catch (IllegalArgumentException | EJBAccessException e) {
      message(FacesMessage.SEVERITY_ERROR, e.getMessage());
    }
  }

  public void upload(FileUploadEvent event) {
    String name = event.getFile().getFileName();
    result = null;
    try {
      byte[] content = event.getFile().getContent();
      result =
          name.toLowerCase(Locale.ROOT).endsWith(".xlsx")
              ? targets.importXlsx(content)
              : targets.importCsv(content);
      refresh();
    } catch (IllegalArgumentException e) { // UnreadableFileException among them
      message(FacesMessage.SEVERITY_ERROR, e.getMessage());
    }
  }

  public StreamedContent getTemplate() {
    return file(targets.template(), Targets.TEMPLATE_FILE_NAME);
  }

  public StreamedContent getExport() {
    return file(targets.exportXlsx(year, level, null), "能耗双控目标-" + year + ".xlsx");
  }

  private static StreamedContent file(byte[] content, String name) {
    return DefaultStreamedContent.builder()
        .name(name)
        .contentType(ImportFiles.XLSX_MEDIA_TYPE)
        .contentLength((long) content.length)
        .stream(() -> new ByteArrayInputStream(content))
        .build();
  }

  private static void message(FacesMessage.Severity severity, String text) {
    FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
  }

  public List<TargetDto> getList() {
    return list;
  }

  public TreeNode<String> getTree() {
    return tree;
  }

  public List<Rejection> getRejected() {
    return result == null ? List.of() : result.rejected();
  }

  public ImportResult getResult() {
    return result;
  }

  public int getYear() {
    return year;
  }

  public void setYear(int year) {
    this.year = year;
  }

  public String getLevel() {
    return level;
  }

  public void setLevel(String level) {
    this.level = level == null || level.isBlank() ? null : level;
  }

  public String getNewLevel() {
    return newLevel;
  }

  public void setNewLevel(String newLevel) {
    this.newLevel = newLevel;
  }

  public String getNewHolder() {
    return newHolder;
  }

  public void setNewHolder(String newHolder) {
    this.newHolder = newHolder;
  }

  public String getNewKind() {
    return newKind;
  }

  public void setNewKind(String newKind) {
    this.newKind = newKind;
  }

  public Integer getNewBaseYear() {
    return newBaseYear;
  }

  public void setNewBaseYear(Integer newBaseYear) {
    this.newBaseYear = newBaseYear;
  }

  public BigDecimal getNewBase() {
    return newBase;
  }

  public void setNewBase(BigDecimal newBase) {
    this.newBase = newBase;
  }

  public BigDecimal getNewTarget() {
    return newTarget;
  }

  public void setNewTarget(BigDecimal newTarget) {
    this.newTarget = newTarget;
  }

  public boolean isNewIssue() {
    return newIssue;
  }

  public void setNewIssue(boolean newIssue) {
    this.newIssue = newIssue;
  }
}
