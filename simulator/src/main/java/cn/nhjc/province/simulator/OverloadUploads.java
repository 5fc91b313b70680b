package cn.nhjc.province.simulator;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The overload run's uploads, made while it runs: upload <i>k</i> is the whole day (15-minute and
 * daily values) of unit <i>k</i> mod <i>U</i>, <i>k</i> / <i>U</i> days before the newest day, so
 * that no two uploads carry the same reading. Producer threads encrypt ahead of the senders into a
 * small queue. Remembers which uploads were acknowledged (an upload answered twice, after a lost
 * answer, counts once).
 */
final class OverloadUploads implements AutoCloseable {

  /** One upload: its number, whose it is, which day, its body and its item count. */
  record Upload(long index, String creditCode, LocalDate day, byte[] body, int items) {}

  private static final int PRODUCERS = 2;
  private static final int AHEAD = 64;

  private final List<ProvisionedUnit> units;
  private final LocalDate newestDay;
  private final LocalDateTime uploadDate;
  private final BlockingQueue<Upload> ready = new ArrayBlockingQueue<>(AHEAD);
  private final AtomicLong nextIndex = new AtomicLong();
  private final List<Thread> producers = new ArrayList<>();
  private final Map<Long, Integer> acknowledged = new ConcurrentHashMap<>();
  private final AtomicLong acknowledgedPoints = new AtomicLong();
  private final AtomicLong starvedNanos = new AtomicLong();
  private volatile boolean closed;

  OverloadUploads(List<ProvisionedUnit> units, LocalDate newestDay, LocalDateTime uploadDate) {
    if (units.isEmpty()) {
      throw new IllegalArgumentException("no unit to upload for");
    }
    this.units = List.copyOf(units);
    this.newestDay = newestDay;
    this.uploadDate = uploadDate;
    for (int i = 0; i < PRODUCERS; i++) {
      Thread producer = new Thread(this::produce, "overload-generator-" + i);
      producer.setDaemon(true);
      producers.add(producer);
      producer.start();
    }
  }

  private void produce() {
    Map<String, UploadEncoder> encoders = new HashMap<>();
    Map<String, ReadingGenerator> generators = new HashMap<>();
    try {
      while (!closed) {
        long index = nextIndex.getAndIncrement();
        ProvisionedUnit unit = units.get((int) (index % units.size()));
        String code = unit.unit().creditCode();
        LocalDate day = newestDay.minusDays(index / units.size());
        ReadingGenerator generator =
            generators.computeIfAbsent(code, c -> new ReadingGenerator(c, unit.config().items()));
        List<Reading> readings =
            new ArrayList<>(
                generator.realtime(day.atStartOfDay(), day.plusDays(1).atStartOfDay(), uploadDate));
        readings.addAll(generator.daily(day, uploadDate));
        if (readings.size() > UploadEncoder.MAX_ITEMS) {
          throw new IllegalStateException(
              code + " has " + readings.size() + " values a day, more than one upload holds");
        }
        byte[] body =
            encoders
                .computeIfAbsent(code, c -> new UploadEncoder(unit.device()))
                .encodeOne(readings, uploadDate);
        ready.put(new Upload(index, code, day, body, readings.size()));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** The next new upload; waits for the producers when they are behind (and counts the wait). */
  Upload next() throws InterruptedException {
    Upload upload = ready.poll();
    if (upload != null) {
      return upload;
    }
    long before = System.nanoTime();
    upload = ready.poll(60, TimeUnit.SECONDS);
    starvedNanos.addAndGet(System.nanoTime() - before);
    if (upload == null) {
      throw new IllegalStateException("the generator made no upload in 60 s");
    }
    return upload;
  }

  /** Records an acknowledgement; false when this upload had been acknowledged before. */
  boolean acknowledge(Upload upload) {
    if (acknowledged.putIfAbsent(upload.index(), upload.items()) != null) {
      return false;
    }
    acknowledgedPoints.addAndGet(upload.items());
    return true;
  }

  long acknowledgedPoints() {
    return acknowledgedPoints.get();
  }

  long acknowledgedUploads() {
    return acknowledged.size();
  }

  /** How long senders waited for a new upload because the producers were behind. */
  long starvedNanos() {
    return starvedNanos.get();
  }

  /** The oldest day an upload was made for. */
  LocalDate oldestDay() {
    long made = Math.max(0, nextIndex.get() - 1);
    return newestDay.minusDays(made / units.size());
  }

  /** The CPU the producers have used so far. */
  long generatorCpuNanos() {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long total = 0;
    for (Thread producer : producers) {
      long cpu = threads.getThreadCpuTime(producer.getId());
      total += Math.max(cpu, 0);
    }
    return total;
  }

  @Override
  public void close() {
    closed = true;
    producers.forEach(Thread::interrupt);
  }
}
