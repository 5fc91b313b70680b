package cn.nhjc.province.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CsvTest {

  @Test
  void reads_quoted_fields_with_commas_quotes_and_a_bom() {
    List<Map<String, String>> rows = Csv.read("\uFEFFcode,name\r\n1,\"a, \"\"b\"\"\"\n2,plain\n");
    assertEquals(2, rows.size());
    assertEquals("a, \"b\"", rows.get(0).get("name"));
    assertEquals("plain", rows.get(1).get("name"));
  }

  @Test
  void a_row_with_the_wrong_number_of_fields_is_an_error() {
    assertThrows(IllegalArgumentException.class, () -> Csv.read("a,b\n1,2,3\n"));
  }

  @Test
  void every_reference_file_loads_with_its_header() {
    for (String file :
        List.of("regions.csv", "industries.csv", "energy_types.csv", "limit_standards.csv")) {
      assertEquals(false, Csv.readResource("db/reference/" + file).isEmpty(), file + " has rows");
    }
  }

  @Test
  void records_know_the_line_they_start_on() {
    List<Csv.Record> records = Csv.parseRecords("h1,h2\r\n\"a\nb\",1\n\nc,2");
    assertEquals(List.of(1, 2, 4, 5), records.stream().map(Csv.Record::line).toList());
    assertEquals(List.of("a\nb", "1"), records.get(1).fields());
  }
}
