package cn.nhjc.province.exchange.application;

import cn.nhjc.province.exchange.domain.IntakeBusyException;
import cn.nhjc.province.exchange.domain.UploadSlots;
import cn.nhjc.province.platform.config.PlatformSettings;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;

/**
 * Keeps the front-end processor's answers prompt when more uploads arrive than the server can take
 * in ({@link UploadSlots}): an upload takes one of {@code exchange.upload-concurrency} slots (0:
 * twice the server's processors), or waits for one at most {@code
 * exchange.upload-admission-wait-ms} in a line of at most {@code exchange.upload-admission-queue}
 * uploads (0: as many as the slots), and is otherwise refused as busy, with {@code
 * exchange.busy-retry-seconds} as its retry hint. The lanes' bounds ({@link IntakeBackpressure})
 * hold back uploads the platform has taken in but not yet stored; these slots hold back the work of
 * taking them in, which, when the cores are short, would otherwise make every answer slower until
 * the senders time out. The settings are read at most every 10 s, off the uploads' threads.
 * Refusals are logged at most once a minute.
 */
@ApplicationScoped
public class UploadAdmission {
  private static final Logger LOG = Logger.getLogger(UploadAdmission.class.getName());

  private static final long REFRESH_NANOS = 10_000_000_000L;
  private static final long LOG_EVERY_NANOS = 60_000_000_000L;

  /** The settings as last read. */
  record Limits(int waitMillis, int line, int retrySeconds) {}

  @EJB private PlatformSettings settings;

  @Resource(lookup = "java:jboss/ee/concurrency/executor/default")
  private ManagedExecutorService executor;

  private final UploadSlots slots = new UploadSlots(defaultSlots());
  private final AtomicLong refusedSinceLog = new AtomicLong();
  private final AtomicLong lastLogNanos = new AtomicLong(System.nanoTime() - LOG_EVERY_NANOS);
  private RefreshingSnapshot<Limits> limits;

  @PostConstruct
  void start() {
    limits =
        new RefreshingSnapshot<>(
            this::read, executor, REFRESH_NANOS, new Limits(1000, defaultSlots(), 60));
  }

  /**
   * Takes a slot for one upload; the caller closes it when the upload is answered.
   *
   * @throws IntakeBusyException when no slot came free in time; nothing of the upload is kept then
   */
  public UploadSlots.Slot enter() {
    Limits now = limits.current(System.nanoTime());
    UploadSlots.Slot slot;
    try {
      slot = slots.take(now.waitMillis(), now.line());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      slot = null;
    }
    if (slot == null) {
      logRefusal(now);
      throw new IntakeBusyException(
          "平台繁忙：同时处理的上传已满，请 " + now.retrySeconds() + " 秒后重传", now.retrySeconds());
    }
    return slot;
  }

  private Limits read() {
    int configured = settings.integer("exchange.upload-concurrency");
    int size = configured > 0 ? configured : defaultSlots();
    if (size != slots.size()) {
      LOG.info("the front-end processor takes in " + size + " uploads at once");
      slots.resize(size);
    }
    int line = settings.integer("exchange.upload-admission-queue");
    return new Limits(
        settings.integer("exchange.upload-admission-wait-ms"),
        line > 0 ? line : size,
        settings.integer("exchange.busy-retry-seconds"));
  }

  private void logRefusal(Limits now) {
    long refused = refusedSinceLog.incrementAndGet();
    long last = lastLogNanos.get();
    long at = System.nanoTime();
    if (at - last >= LOG_EVERY_NANOS && lastLogNanos.compareAndSet(last, at)) {
      refusedSinceLog.addAndGet(-refused);
      LOG.warning(
          String.format(
              "the front-end processor refused %d uploads as busy in the last minute: all %d slots"
                  + " taken and %d uploads waiting, or no slot free within %d ms; the senders were"
                  + " told to send again in %d s",
              refused, slots.size(), now.line(), now.waitMillis(), now.retrySeconds()));
    }
  }

  private static int defaultSlots() {
    return 2 * Runtime.getRuntime().availableProcessors();
  }
}
