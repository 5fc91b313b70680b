package cn.nhjc.province.simulator;

/**
 * The device the platform issued to a unit at {@code register}: its id, its SM4 key and its daily
 * upload slot ({@code HH:mm:ss}).
 */
public record Device(String creditCode, String deviceId, String secretKey, String uploadTime) {}
