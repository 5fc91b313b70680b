package cn.nhjc.province.exchange.application;

import cn.nhjc.province.exchange.domain.UploadBatch;
import java.util.List;

/**
 * The intake's queues as the exchange's services use them: the two lanes accepted uploads are sent
 * to, and the dead letters the intake could not store. Implemented in infrastructure (JMS), which
 * also holds the consumers that take uploads off the lanes.
 */
public interface IntakeQueues {

  /**
   * Sends an accepted upload to its lane and returns once the broker holds it durably; nothing of
   * it belongs to a transaction. A second upload with the same id is dropped by the broker.
   *
   * @param live whether to the live lane, else to catch-up
   */
  void send(UploadBatch upload, boolean live);

  /** The dead letters waiting, oldest first, at most {@code max} of them. */
  List<DeadLetters.DeadLetter> deadLetters(int max);

  /**
   * Sends a dead letter back to the catch-up lane, in the caller's transaction (taken off the dead
   * letters and sent in one), as a new message: its receipt still keeps it from being stored twice.
   *
   * @throws IllegalArgumentException if there is no such dead letter
   */
  void replay(String messageId);

  /**
   * Takes a dead letter off the dead letters for good, in the caller's transaction.
   *
   * @throws IllegalArgumentException if there is no such dead letter
   */
  void discard(String messageId);
}
