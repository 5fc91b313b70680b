package cn.nhjc.province.platform.security;

import cn.nhjc.province.platform.config.PlatformConfig;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals secrets (the devices' SM4 keys) for storage with AES-256-GCM under the platform's master
 * key, which lives in a file outside the database ({@link PlatformConfig#masterKeyFile()}). The
 * file is created with fresh random bytes on first use; losing it makes the sealed keys useless, so
 * it belongs in the operator's backups, apart from the database's.
 */
@ApplicationScoped
public class SecretSealer {
  private static final String FORMAT = "v1:";
  private static final SecureRandom RANDOM = new SecureRandom();

  @Inject private PlatformConfig config;
  private SecretKeySpec masterKey;

  @PostConstruct
  void loadMasterKey() {
    masterKey = new SecretKeySpec(readOrCreate(config.masterKeyFile()), "AES");
  }

  /** Random bytes from the platform's secure random source. */
  public static byte[] randomBytes(int length) {
    byte[] bytes = new byte[length];
    RANDOM.nextBytes(bytes);
    return bytes;
  }

  public String seal(byte[] secret) {
    byte[] iv = randomBytes(12);
    byte[] sealed = crypt(Cipher.ENCRYPT_MODE, iv, secret);
    byte[] out = new byte[iv.length + sealed.length];
    System.arraycopy(iv, 0, out, 0, iv.length);
    System.arraycopy(sealed, 0, out, iv.length, sealed.length);
    return FORMAT + Base64.getEncoder().encodeToString(out);
  }

  public byte[] open(String sealed) {
    if (!sealed.startsWith(FORMAT)) {
      throw new IllegalStateException("unknown sealed-secret format");
    }
    byte[] in = Base64.getDecoder().decode(sealed.substring(FORMAT.length()));
    byte[] iv = java.util.Arrays.copyOf(in, 12);
    return crypt(Cipher.DECRYPT_MODE, iv, java.util.Arrays.copyOfRange(in, iv.length, in.length));
  }

  private byte[] crypt(int mode, byte[] iv, byte[] input) {
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(mode, masterKey, new GCMParameterSpec(128, iv));
      return cipher.doFinal(input);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("sealed secret does not open under the master key", e);
    }
  }

  static byte[] readOrCreate(Path file) {
    try {
      if (!Files.exists(file)) {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try {
          Files.createFile(file);
          try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
          } catch (UnsupportedOperationException e) {
            // not a POSIX file system: the folder's own protection applies
          }
          Files.writeString(file, HexFormat.of().formatHex(randomBytes(32)) + "\n");
        } catch (FileAlreadyExistsException e) {
          // created concurrently by another node; read it below
        }
      }
      byte[] key =
          HexFormat.of().parseHex(Files.readString(file, StandardCharsets.US_ASCII).trim());
      if (key.length != 32) {
        throw new IllegalStateException(file + " must hold 64 hex digits (a 256-bit key)");
      }
      return key;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the master key " + file, e);
    }
  }
}
