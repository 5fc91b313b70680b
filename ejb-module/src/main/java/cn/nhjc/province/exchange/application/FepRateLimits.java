package cn.nhjc.province.exchange.application;

import cn.nhjc.province.exchange.domain.RateLimitedException;
import cn.nhjc.province.exchange.domain.TokenBuckets;
import cn.nhjc.province.platform.config.PlatformSettings;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

/**
 * The front-end processor's rate limits, per remote address ({@code
 * exchange.rate.address-per-minute}) and per registered device ({@code
 * exchange.rate.device-per-minute}), kept in this node's memory: a cluster's limit is the sum of
 * its nodes'. A refused request costs no database write.
 */
@Singleton
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class FepRateLimits {
  private static final int MAX_KEYS = 100_000;

  @EJB private PlatformSettings settings;

  private final TokenBuckets addresses = new TokenBuckets(MAX_KEYS);
  private final TokenBuckets devices = new TokenBuckets(MAX_KEYS);

  /**
   * Admits one request from {@code remote}.
   *
   * @throws RateLimitedException when the address has sent more than its limit
   */
  public void admitAddress(String remote) {
    int perMinute = settings.integer("exchange.rate.address-per-minute");
    int retry;
    synchronized (addresses) {
      retry = addresses.take(remote == null ? "" : remote, perMinute, System.nanoTime());
    }
    if (retry > 0) {
      throw new RateLimitedException(retry);
    }
  }

  /**
   * Admits one request of the registered device of the unit with this id (a unit has one device).
   *
   * @throws RateLimitedException when the device has sent more than its limit
   */
  public void admitDevice(long unitId) {
    int perMinute = settings.integer("exchange.rate.device-per-minute");
    int retry;
    synchronized (devices) {
      retry = devices.take(Long.toString(unitId), perMinute, System.nanoTime());
    }
    if (retry > 0) {
      throw new RateLimitedException(retry);
    }
  }
}
