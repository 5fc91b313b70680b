package cn.nhjc.province.web.fep;

import cn.nhjc.province.exchange.application.FepRateLimits;
import cn.nhjc.province.exchange.application.FrontEndProcessor;
import cn.nhjc.province.exchange.application.IntakeMetrics;
import cn.nhjc.province.exchange.application.ProtocolAnswers;
import cn.nhjc.province.exchange.application.RefusalCategory;
import cn.nhjc.province.exchange.application.UploadAdmission;
import cn.nhjc.province.exchange.domain.BodySignature;
import cn.nhjc.province.exchange.domain.IntakeBusyException;
import cn.nhjc.province.exchange.domain.RateLimitedException;
import cn.nhjc.province.exchange.domain.UploadRefusedException;
import cn.nhjc.province.exchange.domain.UploadRequest;
import cn.nhjc.province.exchange.domain.UploadSlots;
import cn.nhjc.province.platform.config.PlatformConfig;
import cn.nhjc.province.platform.config.PlatformSettings;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonValue;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * The front-end processor's HTTP face: {@code POST /fep/enterprise/{operation}} with the protocol's
 * JSON (docs/protocol.md). Devices carry no platform account, so no security constraint covers this
 * path; the processor checks deviceId, enterprise and key itself. Protocol refusals are HTTP 200
 * with {@code responseCode "1"}; a fault of the platform is 503, so that devices send again, as is
 * a refusal because the intake is busy, with {@code Retry-After}: a lane full ({@code
 * IntakeBackpressure}) or every slot for taking uploads in taken ({@link UploadAdmission}, which an
 * upload enters before it is parsed); a sender over its rate limit gets 429 with {@code
 * Retry-After} ({@link FepRateLimits}). The refusals answered here, before the processor sees the
 * request, are counted here ({@link IntakeMetrics#refused}).
 */
@WebServlet(urlPatterns = "/fep/enterprise/*", asyncSupported = false)
public class EnterpriseProtocolServlet extends HttpServlet {
  private static final String UPLOAD = "uploadEnergyData";
  private static final Set<String> OPERATIONS =
      Set.of(
          "register",
          "versionCheck",
          "downloadBaseData",
          "downloadConfigData",
          "uploadEnergyInfo",
          UPLOAD);

  private static final JsonReaderFactory READERS = Json.createReaderFactory(null);

  @EJB private FrontEndProcessor processor;
  @EJB private PlatformSettings settings;
  @EJB private FepRateLimits limits;
  @Inject private PlatformConfig config;
  @Inject private IntakeMetrics metrics;
  @Inject private UploadAdmission admission;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String operation = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
    if (!OPERATIONS.contains(operation)) {
      metrics.refused(RefusalCategory.UNKNOWN_OPERATION);
      answer(
          response,
          HttpServletResponse.SC_NOT_FOUND,
          ProtocolAnswers.refusal(UploadRefusedException.unknownOperation(operation).getMessage()));
      return;
    }
    try {
      limits.admitAddress(request.getRemoteAddr());
    } catch (RateLimitedException e) {
      metrics.refused(RefusalCategory.RATE_LIMITED);
      response.setIntHeader("Retry-After", e.retrySeconds());
      answer(response, 429, ProtocolAnswers.refusal(e.getMessage()));
      return;
    }
    if (UPLOAD.equals(operation)) {
      UploadSlots.Slot slot;
      try {
        // before the body is read: a refusal costs the server next to nothing
        slot = admission.enter();
      } catch (IntakeBusyException e) {
        metrics.refused(RefusalCategory.BUSY);
        response.setIntHeader("Retry-After", e.retrySeconds());
        answer(
            response,
            HttpServletResponse.SC_SERVICE_UNAVAILABLE,
            ProtocolAnswers.refusal(e.getMessage()));
        return;
      }
      try (slot) {
        byte[] body = body(request, response);
        if (body == null) {
          return;
        }
        // the protocol's largest request: read by a streaming parser, not as an object model
        UploadRequest upload;
        try {
          upload = UploadRequest.parse(body);
        } catch (UploadRefusedException e) {
          refuse(response, e);
          return;
        }
        send(
            response,
            processor.handleUpload(upload, request.getRemoteAddr(), signed(request, body)));
      }
      return;
    }
    byte[] body = body(request, response);
    if (body == null) {
      return;
    }
    JsonObject json;
    try (JsonReader reader =
        READERS.createReader(new ByteArrayInputStream(body), StandardCharsets.UTF_8)) {
      JsonValue value = reader.readValue();
      if (value.getValueType() != JsonValue.ValueType.OBJECT) {
        refuse(response, new UploadRefusedException(UploadRequest.MALFORMED + "应为 JSON 对象"));
        return;
      }
      json = value.asJsonObject();
    } catch (JsonException | IllegalStateException e) {
      refuse(response, new UploadRefusedException(UploadRequest.MALFORMED + "不是有效的 JSON"));
      return;
    }
    send(
        response,
        processor.handle(
            operation, json, baseUrl(request), request.getRemoteAddr(), signed(request, body)));
  }

  /** The request's body, or null when it is longer than the limit (then refused). */
  private byte[] body(HttpServletRequest request, HttpServletResponse response) throws IOException {
    int limit = settings.integer("exchange.max-body-bytes");
    byte[] body = readAtMost(request.getInputStream(), limit + 1);
    if (body.length > limit) {
      refuse(response, UploadRefusedException.bodyTooLarge(limit));
      return null;
    }
    return body;
  }

  private static FrontEndProcessor.SignedBody signed(HttpServletRequest request, byte[] body) {
    return new FrontEndProcessor.SignedBody(body, request.getHeader(BodySignature.HEADER));
  }

  /** Answers a refusal of the request's form (HTTP 200, responseCode "1") and counts it. */
  private void refuse(HttpServletResponse response, UploadRefusedException refusal)
      throws IOException {
    metrics.refused(RefusalCategory.of(refusal));
    answer(response, HttpServletResponse.SC_OK, ProtocolAnswers.refusal(refusal.getMessage()));
  }

  private static void send(HttpServletResponse response, FrontEndProcessor.Answer answer)
      throws IOException {
    if (answer.retryAfterSeconds() > 0) {
      response.setIntHeader("Retry-After", answer.retryAfterSeconds());
    }
    answer(response, answer.httpStatus(), answer.body());
  }

  private String baseUrl(HttpServletRequest request) {
    return config
        .frontEndBaseUrl()
        .orElseGet(
            () -> {
              String url = request.getRequestURL().toString();
              return url.substring(0, url.length() - request.getRequestURI().length())
                  + request.getContextPath();
            });
  }

  private static byte[] readAtMost(InputStream in, int max) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(max, 64 * 1024));
    byte[] buffer = new byte[16 * 1024];
    int read;
    while (out.size() < max
        && (read = in.read(buffer, 0, Math.min(buffer.length, max - out.size()))) > 0) {
      out.write(buffer, 0, read);
    }
    return out.toByteArray();
  }

  private static void answer(HttpServletResponse response, int status, JsonObject body)
      throws IOException {
    response.setStatus(status);
    response.setContentType("application/json;charset=UTF-8");
    byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
    response.setContentLength(bytes.length);
    response.getOutputStream().write(bytes);
  }
}
