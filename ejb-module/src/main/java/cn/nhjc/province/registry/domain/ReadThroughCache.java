package cn.nhjc.province.registry.domain;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * A read-through cache of values that change rarely and are read on every request, such as a
 * device's key. An entry lives at most {@code ttl}; {@link #invalidate} drops every entry at once.
 * A value loaded while an invalidation happened is handed out but not kept, so that a load that
 * read the old state just before a change cannot outlive the change. Absent values are not kept (an
 * unknown key asks the loader every time). Thread safe.
 *
 * @param <K> the key
 * @param <V> the value
 */
public final class ReadThroughCache<K, V> {

  private record Entry<V>(V value, long loadedAtNanos) {}

  private final ConcurrentHashMap<K, Entry<V>> entries = new ConcurrentHashMap<>();
  private final AtomicLong generation = new AtomicLong();
  private final int maxEntries;

  /**
   * @param maxEntries when this many are kept, the next load starts afresh
   */
  public ReadThroughCache(int maxEntries) {
    this.maxEntries = maxEntries;
  }

  /**
   * The value for a key: the kept one if it is younger than {@code ttlNanos}, otherwise what the
   * loader reads now.
   *
   * @param ttlNanos how long a loaded value may be used; 0 or less: always load
   * @param nowNanos the time of asking ({@link System#nanoTime})
   */
  public Optional<V> get(K key, Function<K, Optional<V>> loader, long ttlNanos, long nowNanos) {
    Entry<V> entry = entries.get(key);
    if (entry != null && nowNanos - entry.loadedAtNanos() < ttlNanos) {
      return Optional.of(entry.value());
    }
    long before = generation.get();
    Optional<V> loaded = loader.apply(key);
    if (loaded.isEmpty() || ttlNanos <= 0) {
      entries.remove(key);
      return loaded;
    }
    if (entries.size() >= maxEntries) {
      entries.clear();
    }
    entries.put(key, new Entry<>(loaded.get(), nowNanos));
    if (generation.get() != before) {
      // an invalidation ran while loading: the value may predate it
      entries.remove(key);
    }
    return loaded;
  }

  /** Drops every kept value; loads running now hand out what they read but keep nothing. */
  public void invalidate() {
    generation.incrementAndGet();
    entries.clear();
  }

  /** The number of values kept. */
  public int size() {
    return entries.size();
  }
}
