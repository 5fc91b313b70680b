package cn.nhjc.province.registry.application;

/**
 * Reads imported lists out of uploaded files, and writes the empty template: what the list and
 * device imports need of file formats. Implemented in infrastructure.
 */
public interface ImportFiles {

  /** The media type of an XLSX workbook, the format of uploaded lists and of the template. */
  String XLSX_MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  /**
   * Reads a list from CSV: UTF-8 (a BOM allowed), a header line with the columns, RFC 4180 quoting.
   *
   * @throws UnreadableFileException if the file is not UTF-8 or its header lacks a column
   */
  ImportTable readCsv(byte[] content, ImportColumns columns);

  /**
   * Reads a list from the first sheet of an XLSX workbook, row 1 the header.
   *
   * @throws UnreadableFileException if the content is not an XLSX workbook or its header lacks a
   *     column
   */
  ImportTable readXlsx(byte[] content, ImportColumns columns);

  /** An XLSX workbook with the columns' header row and nothing else. */
  byte[] xlsxTemplate(ImportColumns columns);
}
