package cn.nhjc.province.web.common;

import cn.nhjc.province.metrology.application.MeterDto;
import cn.nhjc.province.metrology.application.MeterRefusedException;
import cn.nhjc.province.metrology.application.MeterRegistry;
import cn.nhjc.province.metrology.application.MeterVersion;
import cn.nhjc.province.metrology.application.MetrologyXlsx;
import cn.nhjc.province.metrology.domain.MeterInput;
import cn.nhjc.province.registry.application.UnreadableFileException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;

/**
 * The meter registry form of one unit (WEB-INF/includes/meter-registry.xhtml), used by the
 * enterprise's page for its own unit and by the metrology officers' page for the unit chosen: the
 * list, the form to register or change a meter, its history, the import and the export. The
 * registry service checks the role and the unit's scope.
 */
public class MeterForm implements Serializable {
  private static final long serialVersionUID = 1L;

  private final String creditCode;

  private List<MeterDto> meters;
  private Long editing;
  private List<MeterVersion> history = List.of();

  private String meterTypeCode;
  private String serialNo;
  private String name;
  private String maker;
  private String model;
  private String accuracyClass;
  private String measuringRange;
  private Integer level;
  private String structureCode;
  private String energyTypeCode;
  private List<String> collectItems = new ArrayList<>();
  private LocalDate calibratedOn;
  private Integer calibrationMonths;
  private String calibrationInstitution;
  private String certificateNo;
  private String status = "in-service";
  private BigDecimal counterCapacity;

  public MeterForm(String creditCode) {
    this.creditCode = creditCode;
  }

  public String getCreditCode() {
    return creditCode;
  }

  public List<MeterDto> meters(MeterRegistry registry) {
    if (meters == null) {
      meters = registry.meters(creditCode);
    }
    return meters;
  }

  /** Empties the form for a new meter. */
  public void blank() {
    editing = null;
    history = List.of();
    meterTypeCode = serialNo = name = maker = model = accuracyClass = measuringRange = null;
    structureCode = energyTypeCode = calibrationInstitution = certificateNo = null;
    level = null;
    calibratedOn = null;
    calibrationMonths = null;
    counterCapacity = null;
    collectItems = new ArrayList<>();
    status = "in-service";
  }

  /** Fills the form with a meter to change, and shows its history. */
  public void edit(MeterRegistry registry, long id) {
    MeterDto m = registry.meter(creditCode, id).orElse(null);
    if (m == null) {
      blank();
      return;
    }
    editing = m.id();
    meterTypeCode = m.meterTypeCode();
    serialNo = m.serialNo();
    name = m.name();
    maker = m.maker();
    model = m.model();
    accuracyClass = m.accuracyClass();
    measuringRange = m.measuringRange();
    level = m.level();
    structureCode = m.structureCode();
    energyTypeCode = m.energyTypeCode();
    collectItems = new ArrayList<>(m.collectItems());
    calibratedOn = m.calibratedOn();
    calibrationMonths = m.calibrationMonths();
    calibrationInstitution = m.calibrationInstitution();
    certificateNo = m.certificateNo();
    status = m.status();
    counterCapacity = m.counterCapacity();
    history = registry.history(creditCode, id).orElse(List.of());
  }

  /** Registers or changes the meter; a refusal is shown with its reasons, nothing stored. */
  public void save(MeterRegistry registry) {
    MeterInput input =
        new MeterInput(
            meterTypeCode,
            serialNo,
            name,
            maker,
            model,
            accuracyClass,
            measuringRange,
            level,
            structureCode,
            energyTypeCode,
            collectItems,
            calibratedOn,
            calibrationMonths,
            calibrationInstitution,
            certificateNo,
            status,
            counterCapacity);
    try {
      MeterDto saved =
          editing == null
              ? registry.create(creditCode, input)
              : registry.update(creditCode, editing, input).orElse(null);
      meters = null;
      if (saved != null) {
        edit(registry, saved.id());
        info("metrology.saved", saved.serialNo(), saved.version());
      }
    } catch (MeterRefusedException e) {
      refused(e.reasons());
    }
  }

  /** Imports an XLSX workbook: all lines, or none with every refused line shown. */
  public void importFile(MeterRegistry registry, UploadedFile file) {
    try {
      int taken = registry.importXlsx(creditCode, file.getContent());
      meters = null;
      info("metrology.imported", file.getFileName(), taken);
    } catch (MeterRefusedException e) {
      refused(e.reasons());
    } catch (UnreadableFileException e) {
      refused(List.of(e.getMessage()));
    }
  }

  public StreamedContent template(MeterRegistry registry) {
    return download(registry.template(), MeterRegistry.TEMPLATE_FILE_NAME);
  }

  public StreamedContent export(MeterRegistry registry) {
    return download(registry.metersXlsx(creditCode), "计量器具台账-" + creditCode + ".xlsx");
  }

  /** A metrology workbook as a download of that name. */
  public static StreamedContent download(byte[] workbook, String fileName) {
    return DefaultStreamedContent.builder()
        .name(fileName)
        .contentType(MetrologyXlsx.MEDIA_TYPE)
        .contentLength((long) workbook.length)
        .stream(() -> new ByteArrayInputStream(workbook))
        .build();
  }

  private static void refused(List<String> reasons) {
    FacesContext faces = FacesContext.getCurrentInstance();
    for (String reason : reasons) {
      faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, reason, null));
    }
  }

  private static void info(String key, Object... parameters) {
    FacesContext faces = FacesContext.getCurrentInstance();
    ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "msg");
    faces.addMessage(
        null,
        new FacesMessage(
            FacesMessage.SEVERITY_INFO,
            java.text.MessageFormat.format(bundle.getString(key), parameters),
            null));
  }

  public Long getEditing() {
    return editing;
  }

  public List<MeterVersion> getHistory() {
    return history;
  }

  public String getMeterTypeCode() {
    return meterTypeCode;
  }

  public void setMeterTypeCode(String v) {
    meterTypeCode = v;
  }

  public String getSerialNo() {
    return serialNo;
  }

  public void setSerialNo(String v) {
    serialNo = v;
  }

  public String getName() {
    return name;
  }

  public void setName(String v) {
    name = v;
  }

  public String getMaker() {
    return maker;
  }

  public void setMaker(String v) {
    maker = v;
  }

  public String getModel() {
    return model;
  }

  public void setModel(String v) {
    model = v;
  }

  public String getAccuracyClass() {
    return accuracyClass;
  }

  public void setAccuracyClass(String v) {
    accuracyClass = v;
  }

  public String getMeasuringRange() {
    return measuringRange;
  }

  public void setMeasuringRange(String v) {
    measuringRange = v;
  }

  public Integer getLevel() {
    return level;
  }

  public void setLevel(Integer v) {
    level = v;
  }

  public String getStructureCode() {
    return structureCode;
  }

  public void setStructureCode(String v) {
    structureCode = v;
  }

  public String getEnergyTypeCode() {
    return energyTypeCode;
  }

  public void setEnergyTypeCode(String v) {
    energyTypeCode = v;
  }

  public List<String> getCollectItems() {
    return collectItems;
  }

  public void setCollectItems(List<String> v) {
    collectItems = v == null ? new ArrayList<>() : new ArrayList<>(v);
  }

  public LocalDate getCalibratedOn() {
    return calibratedOn;
  }

  public void setCalibratedOn(LocalDate v) {
    calibratedOn = v;
  }

  public Integer getCalibrationMonths() {
    return calibrationMonths;
  }

  public void setCalibrationMonths(Integer v) {
    calibrationMonths = v;
  }

  public String getCalibrationInstitution() {
    return calibrationInstitution;
  }

  public void setCalibrationInstitution(String v) {
    calibrationInstitution = v;
  }

  public String getCertificateNo() {
    return certificateNo;
  }

  public void setCertificateNo(String v) {
    certificateNo = v;
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String v) {
    status = v;
  }

  public BigDecimal getCounterCapacity() {
    return counterCapacity;
  }

  public void setCounterCapacity(BigDecimal v) {
    counterCapacity = v;
  }
}
