package cn.nhjc.province.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PostgresServerTest {
  @TempDir Path var;

  private List<Path> entries() throws IOException {
    try (Stream<Path> files = Files.list(var)) {
      return files.toList();
    }
  }

  @Test
  void knows_the_major_version_it_was_built_with() {
    assertTrue(PostgresServer.binariesMajor().matches("\\d+"), PostgresServer.binariesMajor());
  }

  @Test
  void sets_a_data_directory_of_another_major_aside_with_its_files() throws IOException {
    Path data = Files.createDirectories(var.resolve("pgdata"));
    Files.writeString(data.resolve("PG_VERSION"), "9\n");
    Files.writeString(data.resolve("postgresql.conf"), "# kept");
    PostgresServer.setAsideOlderMajor(data);
    assertFalse(Files.exists(data));
    Path aside = entries().get(0);
    assertTrue(aside.getFileName().toString().startsWith("pgdata-9-"), aside.toString());
    assertEquals("# kept", Files.readString(aside.resolve("postgresql.conf")));
  }

  @Test
  void leaves_a_directory_of_its_own_major_or_a_new_one_alone() throws IOException {
    Path data = Files.createDirectories(var.resolve("pgdata"));
    PostgresServer.setAsideOlderMajor(data);
    Files.writeString(data.resolve("PG_VERSION"), PostgresServer.binariesMajor() + "\n");
    PostgresServer.setAsideOlderMajor(data);
    assertEquals(List.of(data), entries());
    PostgresServer.setAsideOlderMajor(var.resolve("missing"));
    assertEquals(List.of(data), entries());
  }
}
