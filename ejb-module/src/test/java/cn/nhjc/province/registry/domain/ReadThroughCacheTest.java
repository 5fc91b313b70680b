package cn.nhjc.province.registry.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class ReadThroughCacheTest {
  private static final long TTL = 10_000_000_000L;

  private final ReadThroughCache<String, String> cache = new ReadThroughCache<>(100);
  private final AtomicInteger loads = new AtomicInteger();
  private String stored = "key-1";
  private final Function<String, Optional<String>> loader =
      key -> {
        loads.incrementAndGet();
        return key.equals("known") ? Optional.of(stored) : Optional.empty();
      };

  @Test
  void aKeptValueIsServedUntilItsTimeIsUp() {
    assertEquals(Optional.of("key-1"), cache.get("known", loader, TTL, 0));
    stored = "key-2";
    assertEquals(Optional.of("key-1"), cache.get("known", loader, TTL, TTL - 1));
    assertEquals(1, loads.get());
    assertEquals(Optional.of("key-2"), cache.get("known", loader, TTL, TTL));
    assertEquals(2, loads.get());
  }

  @Test
  void anInvalidationMakesTheNextReadLoad() {
    cache.get("known", loader, TTL, 0);
    stored = "key-2";
    cache.invalidate();
    assertEquals(Optional.of("key-2"), cache.get("known", loader, TTL, 1));
    assertEquals(2, loads.get());
  }

  @Test
  void aValueLoadedAcrossAnInvalidationIsHandedOutButNotKept() {
    Function<String, Optional<String>> slow =
        key -> {
          String read = stored; // read before the change is committed
          stored = "key-2";
          cache.invalidate(); // the change's commit
          return Optional.of(read);
        };
    assertEquals(Optional.of("key-1"), cache.get("known", slow, TTL, 0));
    assertEquals(0, cache.size());
    assertEquals(Optional.of("key-2"), cache.get("known", loader, TTL, 1));
  }

  @Test
  void unknownKeysAreAskedEveryTime() {
    assertEquals(Optional.empty(), cache.get("unknown", loader, TTL, 0));
    assertEquals(Optional.empty(), cache.get("unknown", loader, TTL, 1));
    assertEquals(2, loads.get());
    assertEquals(0, cache.size());
  }

  @Test
  void aTimeToLiveOfZeroKeepsNothing() {
    cache.get("known", loader, 0, 0);
    cache.get("known", loader, 0, 0);
    assertEquals(2, loads.get());
    assertEquals(0, cache.size());
  }

  @Test
  void aFullCacheStartsAfresh() {
    ReadThroughCache<Integer, Integer> small = new ReadThroughCache<>(2);
    Function<Integer, Optional<Integer>> identity = Optional::of;
    small.get(1, identity, TTL, 0);
    small.get(2, identity, TTL, 0);
    assertEquals(2, small.size());
    small.get(3, identity, TTL, 0);
    assertEquals(1, small.size());
  }
}
