package cn.nhjc.province.web.gov.admin;

import cn.nhjc.province.registry.application.ImportFiles;
import cn.nhjc.province.registry.application.ImportResult;
import cn.nhjc.province.registry.application.UnitListImport;
import cn.nhjc.province.registry.application.UnreadableFileException;
import cn.nhjc.province.registry.domain.Rejection;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;

/** The key-unit list import page (gov/admin/units-import.xhtml). */
@Named
@ViewScoped
public class UnitsImport implements Serializable {
  private static final long serialVersionUID = 1L;

  @EJB private UnitListImport unitListImport;

  private String fileName;
  private ImportResult result;

  /** Imports the uploaded file: XLSX by its extension, anything else as CSV. */
  public void upload(FileUploadEvent event) {
    UploadedFile file = event.getFile();
    fileName = file.getFileName();
    result = null;
    try {
      result =
          fileName.toLowerCase(Locale.ROOT).endsWith(".xlsx")
              ? unitListImport.importXlsx(file.getContent())
              : unitListImport.importCsv(file.getContent());
    } catch (UnreadableFileException e) {
      FacesContext.getCurrentInstance()
          .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
    }
  }

  public StreamedContent getTemplate() {
    byte[] template = unitListImport.template();
    return DefaultStreamedContent.builder()
        .name(UnitListImport.TEMPLATE_FILE_NAME)
        .contentType(ImportFiles.XLSX_MEDIA_TYPE)
        .contentLength((long) template.length)
        .stream(() -> new ByteArrayInputStream(template))
        .build();
  }

  public String getFileName() {
    return fileName;
  }

  public ImportResult getResult() {
    return result;
  }

  public List<Rejection> getRejected() {
    return result == null ? List.of() : result.rejected();
  }
}
