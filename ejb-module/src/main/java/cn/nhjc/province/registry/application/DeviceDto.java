package cn.nhjc.province.registry.application;

import java.time.Instant;

/**
 * A unit's end device as administrators see it; the key never leaves {@link DeviceRegistry}.
 *
 * @param origin {@code register} (registered through the protocol) or {@code import} (taken over
 *     from a previous platform)
 * @param keyRotatedAt when the key was last replaced, {@code null} if never
 * @param reissuePending whether the unit may register once more to fetch its rotated key
 */
public record DeviceDto(
    String creditCode,
    String unitName,
    String deviceId,
    String origin,
    int keyVersion,
    Instant registeredAt,
    Instant keyRotatedAt,
    boolean reissuePending) {}
