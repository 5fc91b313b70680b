package cn.nhjc.province.platform.audit;

import cn.nhjc.province.platform.config.PlatformConfig;
import cn.nhjc.province.platform.security.KeycloakAdminApi;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Takes the identity provider's sign-in events into the audit trail: every {@link
 * PlatformConfig#auditImportIntervalSeconds} (60 s) it asks Keycloak's admin API for the events of
 * {@link KeycloakEvents#TYPES} since the last imported one, as the confidential client {@link
 * PlatformConfig#auditClientId} (a service account with the realm-management role {@code
 * view-events}), and appends each as a record. Each event is taken once: its id is the record's
 * external id, which the trail keeps unique; the mark of the newest imported event ({@code
 * audit_import_mark}) says where the next run starts, a minute earlier, so that an event Keycloak
 * stored late is not passed over. Keycloak keeps events for the realm's {@code eventsExpiration}
 * (30 days): a platform that cannot reach it for longer loses those in between. When Keycloak does
 * not answer, a warning is logged (once, until it answers again) and the next run tries again.
 */
@Singleton
@Startup
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class KeycloakEventImport {
  static final String SOURCE = "keycloak";

  /** How far before the newest imported event a run reads again. */
  static final long OVERLAP_MILLIS = 60_000;

  static final int PAGE_SIZE = 100;

  private static final Logger LOG = Logger.getLogger(KeycloakEventImport.class.getName());

  @Resource private TimerService timers;
  @Inject private PlatformConfig config;
  @EJB private AuditStore store;

  private final AtomicBoolean running = new AtomicBoolean();
  private volatile boolean failing;

  @PostConstruct
  void schedule() {
    long seconds = config.auditImportIntervalSeconds();
    if (seconds <= 0) {
      LOG.info("the import of sign-in events into the audit trail is off on this node");
      return;
    }
    timers.createIntervalTimer(seconds * 1000, seconds * 1000, new TimerConfig(null, false));
  }

  @Timeout
  void run() {
    if (!running.compareAndSet(false, true)) {
      return; // the run before is still going
    }
    try {
      int imported = importNew();
      if (failing) {
        LOG.info("the identity provider's sign-in events are read again");
        failing = false;
      }
      if (imported > 0) {
        LOG.fine(imported + " sign-in events taken into the audit trail");
      }
    } catch (IOException | RuntimeException e) {
      if (!failing) {
        LOG.log(
            Level.WARNING,
            "the identity provider's sign-in events cannot be read ("
                + e
                + "); the audit trail takes them as soon as it answers, tried again every "
                + config.auditImportIntervalSeconds()
                + " s");
        failing = true;
      } else {
        LOG.log(Level.FINE, "the sign-in events still cannot be read", e);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      running.set(false);
    }
  }

  /** Imports the events since the mark; how many records it appended. */
  int importNew() throws IOException, InterruptedException {
    long from =
        store
            .mark(SOURCE)
            .map(mark -> Math.max(0, mark.lastTime().toEpochMilli() - OVERLAP_MILLIS))
            .orElse(0L);
    KeycloakAdminApi admin =
        new KeycloakAdminApi(
            config.identityProviderUrl(), config.auditClientId(), config.auditClientSecret());
    int imported = 0;
    for (int first = 0; ; first += PAGE_SIZE) {
      List<KeycloakEvents.Event> page =
          KeycloakEvents.parse(admin.get(KeycloakEvents.eventsQuery(from, first, PAGE_SIZE)));
      KeycloakEvents.Event newest = null;
      for (KeycloakEvents.Event event : page) {
        if (store.append(event.toEntry()).isPresent()) {
          imported++;
        }
        if (newest == null || event.time() >= newest.time()) {
          newest = event;
        }
      }
      if (newest != null) {
        store.saveMark(
            SOURCE,
            new AuditStore.ImportMark(Instant.ofEpochMilli(newest.time()), newest.externalId()));
      }
      if (page.size() < PAGE_SIZE) {
        return imported;
      }
    }
  }
}
