package cn.nhjc.province.registry.application;

import cn.nhjc.province.platform.config.PlatformSettings;
import cn.nhjc.province.registry.domain.ReadThroughCache;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.Optional;
import java.util.function.Function;

/**
 * Registered devices with their keys opened, kept for the front-end processor, which needs one on
 * every request: without it, every upload costs a query and the opening of its sealed key
 * (docs/benchmarks.md, "What we tried", 2026-12-06). Kept for at most {@code
 * exchange.device-cache-ms}. Whatever changes a device's key or its unit's configuration version
 * calls {@link #invalidate} in its transaction, which drops the kept devices at once and again
 * after the commit, so that on this node the change applies to the next request; other nodes of a
 * cluster see it within the setting.
 */
@Singleton
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class DeviceKeyCache {
  private static final int MAX_DEVICES = 50_000;

  @EJB private PlatformSettings settings;
  @Resource private TransactionSynchronizationRegistry transactions;

  private final ReadThroughCache<String, DeviceRegistry.DeviceKey> devices =
      new ReadThroughCache<>(MAX_DEVICES);

  /** The device, as kept or read by {@code loader} (a query in the caller's bean). */
  public Optional<DeviceRegistry.DeviceKey> find(
      String deviceId, Function<String, Optional<DeviceRegistry.DeviceKey>> loader) {
    long ttlNanos = settings.integer("exchange.device-cache-ms") * 1_000_000L;
    return devices.get(deviceId, loader, ttlNanos, System.nanoTime());
  }

  /** Drops the kept devices at once and, in a transaction, once more when it completes. */
  public void invalidate() {
    devices.invalidate();
    if (transactions.getTransactionStatus() == Status.STATUS_ACTIVE) {
      transactions.registerInterposedSynchronization(
          new Synchronization() {
            @Override
            public void beforeCompletion() {}

            @Override
            public void afterCompletion(int status) {
              devices.invalidate();
            }
          });
    }
  }
}
