package cn.nhjc.province.platform.persistence;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.integrator.spi.Integrator;

/**
 * Applies the Flyway migrations while Hibernate builds the session factory, before Hibernate
 * validates the mapping against the schema. The schema is owned by the migrations alone; Hibernate
 * only validates ({@code hibernate.hbm2ddl.auto=validate}). Transactions an older platform left
 * prepared are finished first ({@link PreparedTransactions}).
 */
public class FlywayIntegrator implements Integrator {

  public static final String DATASOURCE = "java:jboss/datasources/EnergyDS";

  @Override
  public void integrate(
      Metadata metadata,
      BootstrapContext bootstrapContext,
      SessionFactoryImplementor sessionFactory) {
    DataSource dataSource = lookup();
    // an orphan's locks would stop the migrations and the intake alike
    PreparedTransactions.commitOrphans(dataSource);
    SchemaMigrations.migrate(dataSource);
  }

  @Override
  public void disintegrate(
      SessionFactoryImplementor sessionFactory,
      org.hibernate.service.spi.SessionFactoryServiceRegistry serviceRegistry) {
    // migrations are not undone when the session factory closes
  }

  private static DataSource lookup() {
    try {
      return (DataSource) new InitialContext().lookup(DATASOURCE);
    } catch (NamingException e) {
      throw new IllegalStateException("datasource " + DATASOURCE + " is not bound", e);
    }
  }
}
