package cn.nhjc.province.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import org.junit.jupiter.api.Test;

class UploadsTest {

  @Test
  void reads_a_body_of_exactly_ten_megabytes() {
    byte[] body = new byte[Uploads.MAX_BYTES];
    assertEquals(body.length, Uploads.read(new ByteArrayInputStream(body)).length);
  }

  @Test
  void refuses_a_body_larger_than_ten_megabytes_as_a_bad_request() {
    byte[] body = new byte[Uploads.MAX_BYTES + 1];
    assertThrows(
        IllegalArgumentException.class, () -> Uploads.read(new ByteArrayInputStream(body)));
  }
}
