package cn.nhjc.province.platform.persistence;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/** The platform's schema: Flyway migrations in {@code db/migration}, in schema "energy". */
public final class SchemaMigrations {

  /** The platform's schema; the datasource puts it first on every connection's search path. */
  public static final String SCHEMA = "energy";

  private SchemaMigrations() {}

  /** Brings the schema of the given database to the newest version. */
  public static MigrateResult migrate(DataSource dataSource) {
    return Flyway.configure(SchemaMigrations.class.getClassLoader())
        .dataSource(dataSource)
        .schemas(SCHEMA)
        .defaultSchema(SCHEMA)
        .locations("classpath:db/migration")
        .load()
        .migrate();
  }
}
