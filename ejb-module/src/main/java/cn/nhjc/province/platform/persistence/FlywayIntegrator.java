package cn.nhjc.province.platform.persistence;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.integrator.spi.Integrator;

/**
 * Applies the Flyway migrations while Hibernate builds the session factory, before Hibernate
 * validates the mapping against the schema. The schema is owned by the migrations alone; Hibernate
 * only validates ({@code hibernate.hbm2ddl.auto=validate}).
 */
public class FlywayIntegrator implements Integrator {

  public static final String DATASOURCE = "java:jboss/datasources/EnergyDS";

  /** The platform's schema; the datasource puts it first on every connection's search path. */
  public static final String SCHEMA = "energy";

  @Override
  public void integrate(
      Metadata metadata,
      BootstrapContext bootstrapContext,
      SessionFactoryImplementor sessionFactory) {
    migrate(lookup());
  }

  @Override
  public void disintegrate(
      SessionFactoryImplementor sessionFactory,
      org.hibernate.service.spi.SessionFactoryServiceRegistry serviceRegistry) {
    // migrations are not undone when the session factory closes
  }

  /** Brings the schema of the given database to the newest version. */
  public static void migrate(DataSource dataSource) {
    Flyway.configure(FlywayIntegrator.class.getClassLoader())
        .dataSource(dataSource)
        .schemas(SCHEMA)
        .defaultSchema(SCHEMA)
        .locations("classpath:db/migration")
        .load()
        .migrate();
  }

  private static DataSource lookup() {
    try {
      return (DataSource) new InitialContext().lookup(DATASOURCE);
    } catch (NamingException e) {
      throw new IllegalStateException("datasource " + DATASOURCE + " is not bound", e);
    }
  }
}
