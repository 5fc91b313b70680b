package cn.nhjc.province.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Backs up a running platform and restores a stopped one (docs/operations.md).
 *
 * <p>A backup holds the embedded PostgreSQL's data directory, copied while the platform runs
 * between {@code pg_backup_start} and {@code pg_backup_stop}, with the WAL from the one to the
 * other, so that PostgreSQL replays it to a consistent state when started on the copy; and the
 * master key that seals the devices' keys. The broker's journal is not copied: a backup ends only
 * once every upload acknowledged before it began is stored (the readiness check's {@code
 * storedBefore}), so the database copy holds them all, and what the journal holds at that time was
 * acknowledged after the backup began.
 */
public final class PlatformBackup {

  /** What a backup says of itself, in {@code backup.properties}. */
  public record Manifest(Instant startedAt, Instant storedBefore, long deadLetters) {}

  static final String MANIFEST = "backup.properties";
  static final String CHECKSUMS = "SHA256SUMS";
  static final String DATA = "pgdata";
  static final String MASTER_KEY = "master.key";

  /** Directories whose contents PostgreSQL makes anew at start; the backup keeps them empty. */
  private static final Set<String> EMPTIED =
      Set.of(
          "pg_wal",
          "pg_replslot",
          "pg_dynshmem",
          "pg_notify",
          "pg_serial",
          "pg_snapshots",
          "pg_stat_tmp",
          "pg_subtrans");

  /** Files of a running server that a copy must not carry. */
  private static final Set<String> LEFT_OUT =
      Set.of("postmaster.pid", "postmaster.opts", "epg-lock", "pg_internal.init");

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private PlatformBackup() {}

  /**
   * Backs up the running platform into {@code target}, which must not exist or be empty.
   *
   * @param dataDirectory the embedded PostgreSQL's data directory
   * @param jdbcUrl its database (trust authentication on loopback, user {@code postgres})
   * @param readiness the node's readiness check ({@code http://localhost:9990/health/ready})
   * @param masterKey the master key file (need not exist yet: no device registered)
   * @param wait how long to wait for the uploads acknowledged before the start to be stored
   */
  public static Manifest backup(
      Path dataDirectory,
      String jdbcUrl,
      URI readiness,
      Path masterKey,
      Path target,
      Duration wait) {
    try {
      prepareTarget(target);
      Instant startedAt = Instant.now();
      try (Connection db = DriverManager.getConnection(jdbcUrl, PostgresServer.USER, "")) {
        // a temporary slot keeps every WAL segment from now until the session ends, so that a
        // checkpoint during the copy cannot recycle a segment the backup needs
        try (PreparedStatement slot =
            db.prepareStatement("select pg_create_physical_replication_slot(?, true, true)")) {
          slot.setString(1, "platform_backup_" + ProcessHandle.current().pid());
          slot.execute();
        }
        String startWal =
            single(
                db,
                "select pg_walfile_name(lsn) from pg_backup_start(?, true) lsn",
                "platform " + startedAt);
        copyData(dataDirectory, target.resolve(DATA));
        JsonNode lanes = awaitStoredBefore(readiness, startedAt, wait);
        Instant storedBefore = Instant.parse(lanes.path("storedBefore").asText());
        String stopWal;
        try (PreparedStatement stop =
                db.prepareStatement(
                    "select labelfile, spcmapfile, pg_walfile_name(lsn) from pg_backup_stop(false)");
            ResultSet row = stop.executeQuery()) {
          row.next();
          Files.writeString(target.resolve(DATA).resolve("backup_label"), row.getString(1));
          String spaces = row.getString(2);
          if (spaces != null && !spaces.isBlank()) {
            Files.writeString(target.resolve(DATA).resolve("tablespace_map"), spaces);
          }
          stopWal = row.getString(3);
        }
        Path wal = target.resolve(DATA).resolve("pg_wal");
        Files.createDirectories(wal.resolve("archive_status"));
        copyWal(dataDirectory.resolve("pg_wal"), wal, startWal, stopWal);
        if (Files.exists(masterKey)) {
          Files.copy(masterKey, target.resolve(MASTER_KEY));
        }
        Manifest manifest =
            new Manifest(startedAt, storedBefore, lanes.path("deadLetters").asLong(-1));
        writeManifest(target, manifest, startWal, stopWal);
        writeChecksums(target);
        return manifest;
      }
    } catch (IOException e) {
      throw new UncheckedIOException("the backup into " + target + " failed", e);
    } catch (SQLException e) {
      throw new IllegalStateException(
          "the backup into " + target + " failed: " + e.getMessage(), e);
    }
  }

  /**
   * Restores a backup for a platform that is stopped: checks every file against the backup's
   * checksums, moves the present data directory and master key aside (never deletes them), and puts
   * the backup's in their place. PostgreSQL replays the backup's WAL when it next starts.
   */
  public static Manifest restore(Path backup, Path dataDirectory, Path masterKey) {
    try {
      Manifest manifest = readManifest(backup);
      verifyChecksums(backup);
      if (Files.exists(dataDirectory.resolve("postmaster.pid"))) {
        long pid =
            Long.parseLong(
                Files.readAllLines(dataDirectory.resolve("postmaster.pid")).get(0).trim());
        if (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
          throw new IllegalStateException(
              "PostgreSQL runs on "
                  + dataDirectory
                  + " (pid "
                  + pid
                  + "): stop the platform first");
        }
      }
      String suffix = "-before-restore-" + System.currentTimeMillis();
      if (Files.exists(dataDirectory)) {
        Files.move(
            dataDirectory, dataDirectory.resolveSibling(dataDirectory.getFileName() + suffix));
      }
      copyTree(backup.resolve(DATA), dataDirectory);
      Files.setPosixFilePermissions(dataDirectory, PosixFilePermissions.fromString("rwx------"));
      Path key = backup.resolve(MASTER_KEY);
      if (Files.exists(key)) {
        if (Files.exists(masterKey) && Files.mismatch(key, masterKey) != -1) {
          Files.move(masterKey, masterKey.resolveSibling(masterKey.getFileName() + suffix));
        }
        Files.createDirectories(masterKey.toAbsolutePath().getParent());
        Files.copy(key, masterKey, StandardCopyOption.REPLACE_EXISTING);
        Files.setPosixFilePermissions(masterKey, PosixFilePermissions.fromString("rw-------"));
      }
      return manifest;
    } catch (IOException e) {
      throw new UncheckedIOException("the restore from " + backup + " failed", e);
    }
  }

  private static void prepareTarget(Path target) throws IOException {
    if (Files.isDirectory(target)) {
      try (Stream<Path> present = Files.list(target)) {
        if (present.findAny().isPresent()) {
          throw new FileAlreadyExistsException(target + " is not empty");
        }
      }
    }
    Files.createDirectories(target);
  }

  private static String single(Connection db, String sql, String parameter) throws SQLException {
    try (PreparedStatement query = db.prepareStatement(sql)) {
      query.setString(1, parameter);
      try (ResultSet row = query.executeQuery()) {
        row.next();
        return row.getString(1);
      }
    }
  }

  /**
   * Copies a running server's data directory: files change and vanish during the copy, which the
   * WAL replay mends; the contents of {@link #EMPTIED} directories and {@link #LEFT_OUT} files are
   * left out, the directories themselves kept.
   */
  private static void copyData(Path from, Path to) throws IOException {
    List<Path> sources;
    try (Stream<Path> files = Files.walk(from)) {
      sources = files.toList();
    }
    for (Path source : sources) {
      Path relative = from.relativize(source);
      Path target = to.resolve(relative.toString());
      boolean emptied =
          relative.getNameCount() > 1 && EMPTIED.contains(relative.getName(0).toString());
      if (emptied) {
        continue; // not even a directory: a replication slot's would be taken for a slot
      }
      if (Files.isDirectory(source)) {
        Files.createDirectories(target);
        continue;
      }
      String name = source.getFileName().toString();
      if (LEFT_OUT.contains(name) || name.startsWith("pgsql_tmp")) {
        continue;
      }
      try {
        Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
      } catch (NoSuchFileException e) {
        // dropped while copying (a temporary or rewritten relation); the WAL knows
      }
    }
  }

  /**
   * Waits until the platform has stored every upload it acknowledged before {@code startedAt}.
   *
   * @return the readiness check's {@code intake-lanes} data
   */
  private static JsonNode awaitStoredBefore(URI readiness, Instant startedAt, Duration wait)
      throws IOException {
    long deadline = System.nanoTime() + wait.toNanos();
    String last = "no answer";
    while (true) {
      try {
        HttpResponse<String> answer =
            HTTP.send(
                HttpRequest.newBuilder(readiness).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
        for (JsonNode check : new ObjectMapper().readTree(answer.body()).path("checks")) {
          JsonNode data = check.path("data");
          if ("intake-lanes".equals(check.path("name").asText()) && data.has("storedBefore")) {
            last = "stored before " + data.path("storedBefore").asText();
            if (!Instant.parse(data.path("storedBefore").asText()).isBefore(startedAt)) {
              return data;
            }
          }
        }
      } catch (IOException e) {
        last = e.toString();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted", e);
      }
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException(
            "the uploads acknowledged before "
                + startedAt
                + " were not all stored within "
                + wait
                + " ("
                + last
                + "); no backup was made");
      }
      sleep(500);
    }
  }

  /** Copies the WAL segments of the backup's timeline from the start's to the stop's. */
  private static void copyWal(Path from, Path to, String startWal, String stopWal)
      throws IOException {
    String timeline = startWal.substring(0, 8);
    List<Path> segments;
    try (Stream<Path> files = Files.list(from)) {
      segments =
          files
              .filter(f -> f.getFileName().toString().matches("[0-9A-F]{24}"))
              .filter(f -> f.getFileName().toString().startsWith(timeline))
              .filter(f -> f.getFileName().toString().compareTo(startWal) >= 0)
              .filter(f -> f.getFileName().toString().compareTo(stopWal) <= 0)
              .sorted()
              .toList();
    }
    if (segments.isEmpty()
        || !segments.get(0).getFileName().toString().equals(startWal)
        || !segments.get(segments.size() - 1).getFileName().toString().equals(stopWal)) {
      throw new IOException(
          "the WAL from " + startWal + " to " + stopWal + " is not all in " + from);
    }
    for (Path segment : segments) {
      Files.copy(segment, to.resolve(segment.getFileName().toString()));
    }
  }

  private static void writeManifest(Path target, Manifest manifest, String startWal, String stopWal)
      throws IOException {
    Properties properties = new Properties();
    properties.setProperty("startedAt", manifest.startedAt().toString());
    properties.setProperty("storedBefore", manifest.storedBefore().toString());
    properties.setProperty("deadLetters", String.valueOf(manifest.deadLetters()));
    properties.setProperty("walFrom", startWal);
    properties.setProperty("walTo", stopWal);
    properties.setProperty("postgres", PostgresServer.binariesMajor());
    try (var out = Files.newBufferedWriter(target.resolve(MANIFEST))) {
      properties.store(out, "platform backup");
    }
  }

  static Manifest readManifest(Path backup) throws IOException {
    Properties properties = new Properties();
    try (var in = Files.newBufferedReader(backup.resolve(MANIFEST))) {
      properties.load(in);
    }
    String made = properties.getProperty("postgres");
    if (!PostgresServer.binariesMajor().equals(made)) {
      throw new IllegalStateException(
          "the backup was made by PostgreSQL "
              + made
              + "; this platform runs PostgreSQL "
              + PostgresServer.binariesMajor());
    }
    return new Manifest(
        Instant.parse(properties.getProperty("startedAt")),
        Instant.parse(properties.getProperty("storedBefore")),
        Long.parseLong(properties.getProperty("deadLetters")));
  }

  private static void writeChecksums(Path target) throws IOException {
    StringBuilder lines = new StringBuilder();
    for (Map.Entry<String, String> file : checksums(target).entrySet()) {
      lines.append(file.getValue()).append("  ").append(file.getKey()).append('\n');
    }
    Files.writeString(target.resolve(CHECKSUMS), lines);
  }

  private static void verifyChecksums(Path backup) throws IOException {
    Map<String, String> expected = new TreeMap<>();
    for (String line : Files.readAllLines(backup.resolve(CHECKSUMS))) {
      expected.put(line.substring(66), line.substring(0, 64));
    }
    Map<String, String> found = checksums(backup);
    if (!expected.equals(found)) {
      Set<String> files = new java.util.TreeSet<>(expected.keySet());
      files.addAll(found.keySet());
      files.removeIf(file -> java.util.Objects.equals(expected.get(file), found.get(file)));
      throw new IllegalStateException(
          "the backup in "
              + backup
              + " is damaged; these files differ from its checksums: "
              + files);
    }
  }

  /** SHA-256 of every file of a backup but the checksum list, by path relative to it. */
  private static Map<String, String> checksums(Path backup) throws IOException {
    Map<String, String> sums = new TreeMap<>();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(backup)) {
      files = walk.filter(Files::isRegularFile).toList();
    }
    for (Path file : files) {
      String name = backup.relativize(file).toString();
      if (!name.equals(CHECKSUMS)) {
        sums.put(name, sha256(file));
      }
    }
    return sums;
  }

  private static String sha256(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      byte[] buffer = new byte[1 << 16];
      for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
        digest.update(buffer, 0, n);
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path source : files.toList()) {
        Path target = to.resolve(from.relativize(source).toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(target);
        } else {
          Files.copy(source, target);
        }
      }
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  /**
   * {@code backup DIR} or {@code restore DIR}, for the platform {@code ./run.sh} runs: the work
   * folder {@code PLATFORM_VAR} (default {@code var/}), the embedded PostgreSQL on {@code
   * PLATFORM_PG_PORT} (default 15432), the readiness check at {@code PLATFORM_HEALTH_URL} (default
   * {@code http://localhost:9990/health/ready}); a backup waits up to {@code PLATFORM_BACKUP_WAIT}
   * seconds (default 600) for the uploads acknowledged before it to be stored.
   */
  public static void main(String[] args) {
    if (args.length != 3 || !Set.of("backup", "restore").contains(args[1])) {
      System.err.println("usage: ./run.sh backup DIR | ./run.sh restore DIR");
      System.exit(2);
    }
    Path root = Path.of(args[0]).toAbsolutePath().normalize();
    Path work =
        Path.of(Main.setting("PLATFORM_VAR", root.resolve("var").toString())).toAbsolutePath();
    Path directory = Path.of(args[2]).toAbsolutePath();
    Path pgdata = work.resolve("pgdata");
    Path masterKey = work.resolve("wildfly/data/platform/master.key");
    if (System.getenv("DB_URL") != null && !System.getenv("DB_URL").isBlank()) {
      System.err.println(
          "DB_URL names an external database: back it up with PostgreSQL's own tools"
              + " (docs/operations.md); this command backs up the embedded one");
      System.exit(2);
    }
    if (args[1].equals("backup")) {
      int port = Integer.parseInt(Main.setting("PLATFORM_PG_PORT", "15432"));
      Manifest made =
          backup(
              pgdata,
              "jdbc:postgresql://localhost:" + port + "/" + PostgresServer.DATABASE,
              URI.create(Main.setting("PLATFORM_HEALTH_URL", "http://localhost:9990/health/ready")),
              masterKey,
              directory,
              Duration.ofSeconds(Long.parseLong(Main.setting("PLATFORM_BACKUP_WAIT", "600"))));
      System.out.printf(
          "[platform] backed up into %s: every upload acknowledged before %s is in it%n",
          directory, made.storedBefore());
      if (made.deadLetters() > 0) {
        System.out.printf(
            "[platform] %d dead letters wait on /gov/admin/exchange.xhtml; they are not in the"
                + " database, so not in the backup: replay or discard them%n",
            made.deadLetters());
      }
    } else {
      Manifest restored = restore(directory, pgdata, masterKey);
      System.out.printf(
          "[platform] restored the backup begun at %s into %s; every upload acknowledged before %s"
              + " is in it. Start the platform with ./run.sh%n",
          restored.startedAt(), pgdata, restored.storedBefore());
    }
  }
}
