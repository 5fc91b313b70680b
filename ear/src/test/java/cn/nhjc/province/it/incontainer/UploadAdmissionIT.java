package cn.nhjc.province.it.incontainer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.nhjc.province.exchange.application.UploadAdmission;
import cn.nhjc.province.exchange.domain.IntakeBusyException;
import cn.nhjc.province.exchange.domain.UploadSlots;
import cn.nhjc.province.platform.config.PlatformSettings;
import jakarta.enterprise.inject.spi.CDI;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.naming.InitialContext;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * When every slot for taking uploads in stays taken for the wait, the front-end processor refuses
 * an upload at once, before reading it, with HTTP 503, {@code Retry-After} and the protocol's busy
 * refusal; once a slot is free, the same request is read and answered as usual. The test holds the
 * slots itself, with the pool set to one slot and no wait, and puts the settings back.
 */
@ExtendWith(ArquillianExtension.class)
class UploadAdmissionIT {
  private static final String SLOTS = "exchange.upload-concurrency";
  private static final String WAIT = "exchange.upload-admission-wait-ms";
  private static final URI UPLOAD =
      URI.create("http://localhost:8080/fep/enterprise/uploadEnergyData");

  @Deployment
  static EnterpriseArchive deployment() {
    return cn.nhjc.province.it.Deployments.platformWithTests();
  }

  @Test
  void an_upload_finding_every_slot_taken_is_refused_at_once_with_a_retry_hint() throws Exception {
    PlatformSettings settings =
        (PlatformSettings)
            new InitialContext().lookup("java:global/platform/ejb-module/PlatformSettings");
    UploadAdmission admission = CDI.current().select(UploadAdmission.class).get();
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    String slots = ServerDatabase.setting(SLOTS);
    String wait = ServerDatabase.setting(WAIT);
    ServerDatabase.setting(SLOTS, "1");
    ServerDatabase.setting(WAIT, "0");
    settings.reload();
    try {
      UploadSlots.Slot held = holdEverySlot(admission);
      try {
        IntakeBusyException refused =
            org.junit.jupiter.api.Assertions.assertThrows(
                IntakeBusyException.class, admission::enter);
        assertTrue(refused.retrySeconds() > 0, "a retry hint: " + refused.retrySeconds());

        long before = System.nanoTime();
        HttpResponse<String> answer = post(http, "{\"not\": \"an upload\"}");
        long millis = (System.nanoTime() - before) / 1_000_000;
        assertEquals(503, answer.statusCode(), answer.body());
        assertEquals(
            Integer.toString(refused.retrySeconds()),
            answer.headers().firstValue("Retry-After").orElse(null));
        assertTrue(answer.body().contains("\"responseCode\":\"1\""), answer.body());
        assertTrue(answer.body().contains("平台繁忙：同时处理的上传已满"), answer.body());
        assertTrue(millis < 5_000, "answered at once, not after a wait: " + millis + " ms");
      } finally {
        held.close();
      }
      // a slot free: the same request is read, and refused for what it is (no device)
      HttpResponse<String> answer = post(http, "{\"not\": \"an upload\"}");
      assertEquals(200, answer.statusCode(), answer.body());
      assertTrue(answer.body().contains("\"responseCode\":\"1\""), answer.body());
      assertTrue(!answer.body().contains("平台繁忙"), answer.body());
    } finally {
      ServerDatabase.setting(SLOTS, slots);
      ServerDatabase.setting(WAIT, wait);
      settings.reload();
      awaitSlots(admission, 2); // the tests after this one find the pool as configured
    }
  }

  /** Waits until the pool has one slot (the settings are read every 10 s), and takes it. */
  private static UploadSlots.Slot holdEverySlot(UploadAdmission admission) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (true) {
      UploadSlots.Slot first = admission.enter();
      try {
        UploadSlots.Slot second = admission.enter();
        second.close();
        first.close();
      } catch (IntakeBusyException e) {
        return first; // one slot, and the test holds it
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError("the pool did not shrink to the one slot the setting asks for");
      }
      Thread.sleep(500);
    }
  }

  /** Waits until {@code count} slots can be held at once again. */
  private static void awaitSlots(UploadAdmission admission, int count) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (true) {
      List<UploadSlots.Slot> held = new ArrayList<>();
      try {
        for (int i = 0; i < count; i++) {
          held.add(admission.enter());
        }
        return;
      } catch (IntakeBusyException e) {
        if (System.nanoTime() > deadline) {
          throw new AssertionError("the pool did not grow back after the settings were restored");
        }
      } finally {
        held.forEach(UploadSlots.Slot::close);
      }
      Thread.sleep(500);
    }
  }

  private static HttpResponse<String> post(HttpClient http, String body) throws Exception {
    HttpResponse<String> answer =
        http.send(
            HttpRequest.newBuilder(UPLOAD)
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertNotNull(answer.body());
    return answer;
  }
}
