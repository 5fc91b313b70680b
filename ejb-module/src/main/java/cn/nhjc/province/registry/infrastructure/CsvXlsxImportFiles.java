package cn.nhjc.province.registry.infrastructure;

import cn.nhjc.province.registry.application.ImportColumns;
import cn.nhjc.province.registry.application.ImportFiles;
import cn.nhjc.province.registry.application.ImportTable;
import jakarta.enterprise.context.ApplicationScoped;

/** {@link ImportFiles} by {@link ImportCsv} and {@link ImportXlsx} (Apache POI). */
@ApplicationScoped
public class CsvXlsxImportFiles implements ImportFiles {

  @Override
  public ImportTable readCsv(byte[] content, ImportColumns columns) {
    return ImportCsv.read(content, columns);
  }

  @Override
  public ImportTable readXlsx(byte[] content, ImportColumns columns) {
    return ImportXlsx.read(content, columns);
  }

  @Override
  public byte[] xlsxTemplate(ImportColumns columns) {
    return ImportXlsx.template(columns);
  }
}
