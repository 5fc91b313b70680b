package cn.nhjc.province.registry.application;

import java.time.Instant;

/**
 * A unit's end device as administrators and the unit's enterprise user see it; the key never leaves
 * {@link DeviceRegistry}, and of the deviceId (a credential) only its prefix is shown.
 *
 * @param deviceIdPrefix the first characters of the deviceId and "…"
 * @param origin {@code register} (registered through the protocol) or {@code import} (taken over
 *     from a previous platform)
 * @param status {@code pending} (registered, uploads refused until confirmed) or {@code confirmed}
 * @param registeredFrom the address the registration came from, {@code null} for an import
 * @param confirmedBy who confirmed the device, {@code null} while pending
 * @param keyRotatedAt when the key was last replaced, {@code null} if never
 * @param reissuePending whether the unit may register once more to fetch its rotated key
 * @param signatureRequired whether every upload must carry the HMAC-SM3 of its body
 */
public record DeviceDto(
    String creditCode,
    String unitName,
    String deviceIdPrefix,
    String origin,
    String status,
    int keyVersion,
    Instant registeredAt,
    String registeredFrom,
    Instant confirmedAt,
    String confirmedBy,
    Instant keyRotatedAt,
    boolean reissuePending,
    boolean signatureRequired) {

  public boolean pending() {
    return "pending".equals(status);
  }
}
