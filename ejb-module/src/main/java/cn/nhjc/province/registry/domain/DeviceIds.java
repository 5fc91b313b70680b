package cn.nhjc.province.registry.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * DeviceIds are credentials: with a deviceId alone a caller could act for a unit whose device does
 * not sign its requests. The platform finds a device by the digest of its id, compares ids in
 * constant time, and shows at most a short prefix of one.
 */
public final class DeviceIds {
  /** How many leading characters of a deviceId pages, logs and answers may show. */
  public static final int SHOWN = 6;

  private DeviceIds() {}

  /** The id as pages, logs and answers show it: its first {@value #SHOWN} characters and "…". */
  public static String masked(String deviceId) {
    if (deviceId == null || deviceId.isEmpty()) {
      return deviceId;
    }
    return deviceId.substring(0, Math.min(SHOWN, deviceId.length())) + "…";
  }

  /** The SHA-256 digest a device is found by; ids differ in case only are the same id. */
  public static byte[] digest(String deviceId) {
    try {
      return MessageDigest.getInstance("SHA-256")
          .digest(deviceId.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java platform", e);
    }
  }

  /** {@link #digest} in lowercase hex, as a key of kept devices. */
  public static String digestHex(String deviceId) {
    return HexFormat.of().formatHex(digest(deviceId));
  }

  /** Whether two ids are the same, in a time that does not depend on where they differ. */
  public static boolean same(String presented, String stored) {
    if (presented == null || stored == null) {
      return false;
    }
    return MessageDigest.isEqual(
        presented.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8),
        stored.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
  }
}
