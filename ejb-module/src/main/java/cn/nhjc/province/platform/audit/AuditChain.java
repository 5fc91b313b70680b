package cn.nhjc.province.platform.audit;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import org.bouncycastle.crypto.digests.SM3Digest;

/**
 * The audit trail's hash chain (SM3, GB/T 32905). Each row's hash is
 *
 * <pre>hash = SM3(prev_hash as its 32 bytes || canonical(row))</pre>
 *
 * where {@code prev_hash} is the hash of the row before (the first row's is {@link #GENESIS}), and
 * the canonical serialization writes the fields id, at, actor, roles, source, action, object,
 * outcome, detail, external_id in this order, each as one byte 0 for a null field, or one byte 1,
 * the length of its UTF-8 bytes as 4 bytes big-endian, and those bytes; id is written as its
 * decimal digits and at as the decimal number of microseconds since 1970-01-01T00:00Z. Hashes are
 * 64 lowercase hex digits.
 *
 * <p>Changing a row's field changes its hash; changing the hash too breaks the next row's link;
 * removing a row leaves a gap in the ids and a broken link. {@link Verifier} finds the first of
 * these in one pass over the rows in id order. Rows cut from the end leave no trace in the chain:
 * compare the last hash with one noted earlier.
 */
public final class AuditChain {
  /** The prev_hash of the first row. */
  public static final String GENESIS = "0".repeat(64);

  private static final HexFormat HEX = HexFormat.of();

  private AuditChain() {}

  /** The row's hash, computed from its prev_hash and its fields (its own hash is not read). */
  public static String hashOf(AuditEvent row) {
    return sm3Hex(HEX.parseHex(row.prevHash()), canonical(row));
  }

  /** SM3 of some bytes, as 64 lowercase hex digits (for naming a file in a record). */
  public static String sm3Hex(byte[]... parts) {
    SM3Digest digest = new SM3Digest();
    for (byte[] part : parts) {
      digest.update(part, 0, part.length);
    }
    byte[] out = new byte[digest.getDigestSize()];
    digest.doFinal(out, 0);
    return HEX.formatHex(out);
  }

  /** The canonical serialization of a row's fields (see the class comment). */
  static byte[] canonical(AuditEvent row) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(256);
    field(out, Long.toString(row.id()));
    field(out, row.at() == null ? null : Long.toString(micros(row.at())));
    field(out, row.actor());
    field(out, row.roles());
    field(out, row.source());
    field(out, row.action());
    field(out, row.object());
    field(out, row.outcome());
    field(out, row.detail());
    field(out, row.externalId());
    return out.toByteArray();
  }

  static long micros(Instant at) {
    return Math.addExact(Math.multiplyExact(at.getEpochSecond(), 1_000_000L), at.getNano() / 1000);
  }

  private static void field(ByteArrayOutputStream out, String value) {
    if (value == null) {
      out.write(0);
      return;
    }
    byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
    out.write(1);
    out.write(bytes.length >>> 24);
    out.write(bytes.length >>> 16);
    out.write(bytes.length >>> 8);
    out.write(bytes.length);
    out.write(bytes, 0, bytes.length);
  }

  /**
   * Checks the rows of a trail, given one at a time in id order, without keeping them: the first
   * break (a gap in the ids, a prev_hash that is not the previous row's hash, a row whose hash does
   * not match its fields) and how many rows there were.
   */
  public static final class Verifier {
    private long expectedId = 1;
    private String expectedPrevHash = GENESIS;
    private long rows;
    private Long firstBroken;
    private String reason;
    private Long lastId;
    private String lastHash;

    public void accept(AuditEvent row) {
      rows++;
      if (firstBroken == null) {
        check(row);
      }
      expectedId = row.id() + 1;
      expectedPrevHash = row.hash();
      lastId = row.id();
      lastHash = row.hash();
    }

    private void check(AuditEvent row) {
      if (row.id() > expectedId) {
        broken(
            expectedId,
            row.id() == expectedId + 1
                ? "row " + expectedId + " is missing"
                : "rows " + expectedId + " to " + (row.id() - 1) + " are missing");
      } else if (row.id() < expectedId) {
        broken(row.id(), "row " + row.id() + " is out of order");
      } else if (!expectedPrevHash.equals(row.prevHash())) {
        broken(
            row.id(),
            row.id() == 1
                ? "row 1 does not start the chain"
                : "row " + row.id() + " is not linked to row " + (row.id() - 1));
      } else if (!matches(row)) {
        broken(row.id(), "row " + row.id() + " does not match its hash");
      }
    }

    private static boolean matches(AuditEvent row) {
      try {
        return hashOf(row).equals(row.hash());
      } catch (IllegalArgumentException | ArithmeticException e) {
        return false; // a prev_hash that is no hash, a time out of range
      }
    }

    private void broken(long id, String why) {
      firstBroken = id;
      reason = why;
    }

    public ChainVerification result() {
      return new ChainVerification(
          firstBroken == null, rows, firstBroken, reason, lastId, lastHash);
    }
  }
}
