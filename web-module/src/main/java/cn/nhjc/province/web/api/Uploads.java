package cn.nhjc.province.web.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Request bodies carrying an uploaded file. */
final class Uploads {
  /** The largest list a request may carry, as on the upload page. */
  static final int MAX_BYTES = 10 * 1024 * 1024;

  private Uploads() {}

  /** The whole body; larger than {@link #MAX_BYTES} is a bad request, read no further. */
  static byte[] read(InputStream body) {
    try {
      byte[] content = body.readNBytes(MAX_BYTES + 1);
      if (content.length > MAX_BYTES) {
        throw new IllegalArgumentException("file larger than " + MAX_BYTES / 1024 / 1024 + " MB");
      }
      return content;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
