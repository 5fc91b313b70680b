package cn.nhjc.province.exchange.domain;

import java.util.Optional;

/**
 * Whether the intake takes on an upload, given what waits in its lane. Each lane (live, catch-up)
 * has its own bound, so a backlog of re-sent old days (补传) never refuses what arrives now. An
 * upload is refused while its lane holds at least its bound of uploads not yet stored; a lane the
 * broker does not report refuses nothing, since refusing every upload for want of a count would be
 * worse than the backlog it guards against.
 *
 * @param live the live lane ({@code LiveIntake})
 * @param catchUp the catch-up lane ({@code UploadIntake})
 * @param retrySeconds the hint a refused sender gets: when to send again (at least 1)
 */
public record Backpressure(Lane live, Lane catchUp, int retrySeconds) {

  /** Accepts every upload: nothing is known of the lanes yet. */
  public static final Backpressure NONE =
      new Backpressure(Lane.unreported(0), Lane.unreported(0), 1);

  /**
   * One lane's backlog against its bound.
   *
   * @param reported whether the broker reported the lane's queue
   * @param waiting the uploads in the queue, not yet stored (0 when not reported)
   * @param maxMessages the bound: from this many on, uploads bound for the lane are refused
   */
  public record Lane(boolean reported, long waiting, long maxMessages) {

    public Lane {
      if (maxMessages < 0) {
        throw new IllegalArgumentException("a lane's bound cannot be negative: " + maxMessages);
      }
    }

    /** A lane the broker reported with this many uploads waiting. */
    public static Lane reported(long waiting, long maxMessages) {
      return new Lane(true, waiting, maxMessages);
    }

    /** A lane the broker did not report. */
    public static Lane unreported(long maxMessages) {
      return new Lane(false, 0, maxMessages);
    }

    /** Whether the lane refuses further uploads. */
    public boolean full() {
      return reported && waiting >= maxMessages;
    }
  }

  public Backpressure {
    if (retrySeconds < 1) {
      throw new IllegalArgumentException("the retry hint must be at least 1 s: " + retrySeconds);
    }
  }

  /**
   * The refusal of an upload bound for a lane, if its lane is full.
   *
   * @param toLiveLane whether the upload goes to the live lane (else to the catch-up lane)
   * @return the protocol's responseMessage, empty when the upload is accepted
   */
  public Optional<String> refusal(boolean toLiveLane) {
    return (toLiveLane ? live : catchUp).full() ? Optional.of(message()) : Optional.empty();
  }

  /** The refusal's message, with the retry hint in seconds. */
  public String message() {
    return "平台繁忙：待入库数据积压，请 " + retrySeconds + " 秒后重传";
  }
}
