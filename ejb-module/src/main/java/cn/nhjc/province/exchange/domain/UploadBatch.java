package cn.nhjc.province.exchange.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * One accepted upload of one unit as it travels on the intake queue: validated and decrypted by the
 * front-end processor. {@code uploadId} identifies it for duplicate detection and in the upload
 * log; {@code acceptedAt} orders it against other uploads of the same values (the later wins).
 *
 * @param source who sent it: {@code device}, {@code supplier}, {@code city} or {@code manual}
 * @param deviceId the sending device, when a device sent it
 * @param remoteAddress the sender's network address, for the upload log
 */
public record UploadBatch(
    String uploadId,
    String creditCode,
    String source,
    Instant acceptedAt,
    List<Item> items,
    String deviceId,
    String remoteAddress) {

  /** One data item; statDate is the start of its period. */
  public record Item(
      String dataCode,
      int statType,
      Instant statDate,
      BigDecimal value,
      int inputType,
      int valid,
      boolean outOfRange) {}

  public UploadBatch {
    items = List.copyOf(items);
  }

  /** An upload whose sender's device and address are not known (tests, replays of old ones). */
  public UploadBatch(
      String uploadId, String creditCode, String source, Instant acceptedAt, List<Item> items) {
    this(uploadId, creditCode, source, acceptedAt, items, null, null);
  }

  /** How many items lie outside their configured range. */
  public int flagged() {
    return (int) items.stream().filter(Item::outOfRange).count();
  }
}
