package cn.nhjc.province.exchange.domain;

import java.util.HashMap;
import java.util.Map;

/**
 * Token buckets by key (a remote address, a device): each holds at most {@code perMinute} tokens,
 * refills at {@code perMinute} a minute, and a request takes one. At most {@code maxKeys} buckets
 * are kept; when more are needed, the full ones (keys not seen for a minute or more) are dropped
 * first, then the older half, so that a flood of new keys costs bounded memory (a dropped key
 * starts with a full bucket). Not thread-safe: the caller serializes.
 */
public final class TokenBuckets {
  private static final long MINUTE_NANOS = 60_000_000_000L;

  private final int maxKeys;
  private final Map<String, Bucket> buckets = new HashMap<>();

  private static final class Bucket {
    double tokens;
    long refilledAt;
  }

  public TokenBuckets(int maxKeys) {
    this.maxKeys = maxKeys;
  }

  /**
   * Takes a token for {@code key} at {@code nowNanos}.
   *
   * @param perMinute the bucket's size and refill rate; 0 or less: no limit
   * @return 0 when a token was taken, or else the whole seconds after which one will be there
   */
  public int take(String key, int perMinute, long nowNanos) {
    if (perMinute <= 0) {
      return 0;
    }
    Bucket bucket = buckets.get(key);
    if (bucket == null) {
      if (buckets.size() >= maxKeys) {
        evict(nowNanos);
      }
      bucket = new Bucket();
      bucket.tokens = perMinute;
      bucket.refilledAt = nowNanos;
      buckets.put(key, bucket);
    }
    refill(bucket, perMinute, nowNanos);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return 0;
    }
    double missing = 1 - bucket.tokens;
    return (int) Math.max(1, Math.ceil(missing * 60.0 / perMinute));
  }

  /** How many keys are kept. */
  public int size() {
    return buckets.size();
  }

  private static void refill(Bucket bucket, int perMinute, long nowNanos) {
    long elapsed = Math.max(0, nowNanos - bucket.refilledAt);
    bucket.tokens =
        Math.min(perMinute, bucket.tokens + (double) elapsed * perMinute / MINUTE_NANOS);
    bucket.refilledAt = nowNanos;
  }

  private void evict(long nowNanos) {
    buckets.values().removeIf(bucket -> nowNanos - bucket.refilledAt >= MINUTE_NANOS);
    if (buckets.size() >= maxKeys) {
      long[] times = buckets.values().stream().mapToLong(b -> b.refilledAt).sorted().toArray();
      long median = times[times.length / 2];
      buckets.values().removeIf(bucket -> bucket.refilledAt < median);
    }
    if (buckets.size() >= maxKeys) {
      buckets.clear();
    }
  }
}
