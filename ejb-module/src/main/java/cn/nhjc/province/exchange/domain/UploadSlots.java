package cn.nhjc.province.exchange.domain;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The uploads the front-end processor works on at once. An upload takes a slot for the time it is
 * read, decrypted, checked and handed to its lane. When none is free it joins a line of bounded
 * length and waits a bounded time: an upload that finds the line full, or whose wait runs out, is
 * refused with a retry hint instead of waiting in the web server's queue until the sender times
 * out. The line's bound is what keeps the answers prompt under overload: a refusal of an upload
 * that finds the line full takes no time, so the web server's threads are not held waiting, while
 * the line absorbs the short bursts of a load the slots can carry. The number of slots can change
 * while uploads hold them: a smaller number takes effect as slots are given back. Thread safe.
 */
public final class UploadSlots {

  /** A taken slot; closing it gives it back (once). */
  public interface Slot extends AutoCloseable {
    @Override
    void close();
  }

  private static final class Pool extends Semaphore {
    Pool(int permits) {
      super(permits, true);
    }

    void shrink(int by) {
      reducePermits(by);
    }
  }

  private final Pool pool;
  private final AtomicInteger waiting = new AtomicInteger();
  private int size;

  /**
   * @param size the slots, at least 1
   */
  public UploadSlots(int size) {
    if (size < 1) {
      throw new IllegalArgumentException("at least one upload slot: " + size);
    }
    this.size = size;
    this.pool = new Pool(size);
  }

  /**
   * Takes a free slot, or waits for one at most {@code waitMillis} when fewer than {@code
   * maxWaiting} uploads wait already.
   *
   * @return the slot, or null when the line was full or no slot came free in time
   */
  public Slot take(long waitMillis, int maxWaiting) throws InterruptedException {
    if (!pool.tryAcquire()) {
      if (waiting.incrementAndGet() > maxWaiting) {
        waiting.decrementAndGet();
        return null;
      }
      try {
        if (!pool.tryAcquire(Math.max(0, waitMillis), TimeUnit.MILLISECONDS)) {
          return null;
        }
      } finally {
        waiting.decrementAndGet();
      }
    }
    return new Slot() {
      private boolean returned;

      @Override
      public synchronized void close() {
        if (!returned) {
          returned = true;
          pool.release();
        }
      }
    };
  }

  /** Changes the number of slots; uploads holding slots keep them. */
  public synchronized void resize(int newSize) {
    if (newSize < 1) {
      throw new IllegalArgumentException("at least one upload slot: " + newSize);
    }
    if (newSize > size) {
      pool.release(newSize - size);
    } else if (newSize < size) {
      pool.shrink(size - newSize);
    }
    size = newSize;
  }

  public synchronized int size() {
    return size;
  }

  /** The uploads waiting for a slot now. */
  public int waiting() {
    return waiting.get();
  }

  /** The slots free now (negative while a shrink waits for slots to be given back). */
  public int free() {
    return pool.availablePermits();
  }
}
