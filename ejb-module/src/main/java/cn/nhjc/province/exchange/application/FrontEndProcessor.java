package cn.nhjc.province.exchange.application;

import cn.nhjc.province.exchange.domain.BodySignature;
import cn.nhjc.province.exchange.domain.EncryptedItem;
import cn.nhjc.province.exchange.domain.IntakeBusyException;
import cn.nhjc.province.exchange.domain.RateLimitedException;
import cn.nhjc.province.exchange.domain.Sm4FieldCipher;
import cn.nhjc.province.exchange.domain.UploadBatch;
import cn.nhjc.province.exchange.domain.UploadRefusedException;
import cn.nhjc.province.exchange.domain.UploadRequest;
import cn.nhjc.province.exchange.domain.UploadValidator;
import cn.nhjc.province.platform.input.NumberText;
import cn.nhjc.province.platform.input.Quote;
import cn.nhjc.province.registry.application.CollectItemCache;
import cn.nhjc.province.registry.application.DeviceRegistry;
import cn.nhjc.province.registry.application.RegistrationRefusedException;
import cn.nhjc.province.registry.domain.DeviceIds;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The front-end processor (前置机): answers the enterprise end devices' protocol (docs/protocol.md).
 * Devices authenticate by their deviceId and SM4 key, not by a platform account. Every request's
 * outcome goes to the {@link UploadLog}; an upload is acknowledged only once the broker holds it,
 * and refused with a retry hint while its intake lane is full ({@link IntakeBackpressure}).
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class FrontEndProcessor {
  private static final Logger LOG = Logger.getLogger(FrontEndProcessor.class.getName());
  static final String UNAVAILABLE = "平台暂时无法接收，请稍后重发";

  /** How the refusal of a request of a device not yet confirmed begins. */
  public static final String PENDING = "设备待确认：请单位在企业端门户确认本设备，或联系省级平台管理员";

  @EJB private DeviceRegistry devices;
  @EJB private CollectItemCache collectItems;
  @EJB private ExchangeReference reference;
  @EJB private UploadIntake intake;
  @EJB private UploadLog log;
  @EJB private EnterpriseInformation information;
  @EJB private FepRateLimits limits;
  @Inject private IntakeMetrics metrics;

  /**
   * The answer and how it goes back: HTTP 200, or 503 when the device should send the request
   * again, or 429 when it sent too many.
   *
   * @param serverFault the platform, not the request, failed
   * @param retryAfterSeconds when the platform is busy ({@link IntakeBusyException}) or the sender
   *     is over its rate limit ({@link RateLimitedException}), when to send again; 0 otherwise
   * @param rateLimited the sender is over its rate limit
   */
  public record Answer(
      JsonObject body, boolean serverFault, int retryAfterSeconds, boolean rateLimited) {

    Answer(JsonObject body, boolean serverFault) {
      this(body, serverFault, 0, false);
    }

    /** Whether the device should send the request again: the platform failed or is busy. */
    public boolean sendAgain() {
      return serverFault || (retryAfterSeconds > 0 && !rateLimited);
    }

    /** The HTTP status of the answer. */
    public int httpStatus() {
      return rateLimited ? 429 : sendAgain() ? 503 : 200;
    }
  }

  /**
   * Handles one protocol request read as a JSON object: every operation but {@code
   * uploadEnergyData}, which {@link #handleUpload} takes.
   *
   * @param baseUrl the front-end processor's public base URL, for the URLs register hands out
   */
  public Answer handle(
      String operation, JsonObject request, String baseUrl, String remote, SignedBody body) {
    return answer(
        operation,
        remote,
        outcome ->
            switch (operation) {
              case "register" -> register(request, baseUrl, remote, outcome);
              case "versionCheck" -> versionCheck(request, body, outcome);
              case "downloadBaseData" -> baseData(request, body, outcome);
              case "downloadConfigData" ->
                  information.download(device(request, Use.READ_OWN, body, outcome));
              case "uploadEnergyInfo" ->
                  information.upload(
                      device(request, Use.CHANGE, body, outcome), request, reference.rules());
              // uploadEnergyData comes read by the streaming parser: handleUpload
              default -> throw UploadRefusedException.unknownOperation(operation);
            });
  }

  /**
   * Handles {@code uploadEnergyData} read by the streaming parser ({@link UploadRequest#parse}),
   * the protocol's largest and most frequent request.
   */
  public Answer handleUpload(UploadRequest request, String remote, SignedBody body) {
    return answer(
        "uploadEnergyData",
        remote,
        outcome -> uploadData(request, body, outcome.receivedAt, remote, outcome));
  }

  /**
   * A request's raw body and the signature its sender put in the header {@value
   * BodySignature#HEADER}, {@code null} when it sent none.
   */
  public record SignedBody(byte[] bytes, String signature) {}

  /** What a request does with its device, and so which devices may send it. */
  private enum Use {
    /** version check and dictionaries: a pending device too */
    PUBLIC,
    /** the unit's own information: a confirmed device */
    READ_OWN,
    /** an upload or an information change: a confirmed device, signed if its unit requires it */
    CHANGE
  }

  private Answer answer(
      String operation,
      String remote,
      java.util.function.Function<ApiIntakes.Outcome, JsonObject> handler) {
    ApiIntakes.Outcome outcome = new ApiIntakes.Outcome();
    try {
      JsonObject body = handler.apply(outcome);
      outcome.accepted = true;
      return new Answer(body, false);
    } catch (IntakeBusyException e) {
      outcome.reason = e.getMessage();
      return new Answer(ProtocolAnswers.refusal(e.getMessage()), false, e.retrySeconds(), false);
    } catch (RateLimitedException e) {
      metrics.refused(RefusalCategory.RATE_LIMITED);
      outcome.reason = e.getMessage();
      return new Answer(ProtocolAnswers.refusal(e.getMessage()), false, e.retrySeconds(), true);
    } catch (UploadRefusedException | RegistrationRefusedException e) {
      metrics.refused(RefusalCategory.of(e));
      outcome.reason = e.getMessage();
      return new Answer(ProtocolAnswers.refusal(e.getMessage()), false);
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "front-end processor failed on " + operation, e);
      metrics.refused(RefusalCategory.UNAVAILABLE);
      outcome.reason = "平台内部错误：" + e.getClass().getSimpleName();
      return new Answer(ProtocolAnswers.refusal(UNAVAILABLE), true);
    } finally {
      if (outcome.unknownDevice) {
        // a stranger's guesses cost no database write each: counted (metrics), not logged
      } else if (!(outcome.accepted && outcome.uploadId != null)) {
        // an accepted upload is logged by the consumer, together with its stored values
        outcome.record(log, operation, remote);
      }
    }
  }

  private JsonObject register(
      JsonObject request, String baseUrl, String remote, ApiIntakes.Outcome outcome) {
    String creditCode = ProtocolRequest.text(request, "enterpriseCode");
    outcome.creditCode = creditCode;
    DeviceRegistry.Registration registration =
        devices.register(ProtocolRequest.text(request, "region"), creditCode, remote);
    outcome.deviceId = registration.deviceId();
    String operations = baseUrl + "/fep/enterprise/";
    return ProtocolAnswers.success()
        .add("deviceId", registration.deviceId())
        .add("secretKey", registration.secretKey())
        .add("uploadTime", registration.uploadTime())
        .add("loadDicVersionURL", operations + "versionCheck")
        .add("downloadBaseDataURL", operations + "downloadBaseData")
        .add("centerInfoDownloadURL", operations + "downloadConfigData")
        .add("loadConfigURL", operations + "downloadConfigData")
        .add("centerInfoURL", operations + "uploadEnergyInfo")
        .add("centerDataURL", operations + "uploadEnergyData")
        .add("centerDataDownloadURL", operations + "downloadConfigData")
        .build();
  }

  private JsonObject versionCheck(JsonObject request, SignedBody body, ApiIntakes.Outcome outcome) {
    DeviceRegistry.DeviceKey device = device(request, Use.PUBLIC, body, outcome);
    return ProtocolAnswers.success()
        .add("regVersion", String.valueOf(device.configVersion()))
        .add("dicVersion", String.valueOf(reference.dicVersion()))
        .build();
  }

  private JsonObject baseData(JsonObject request, SignedBody body, ApiIntakes.Outcome outcome) {
    device(request, Use.PUBLIC, body, outcome);
    String index = ProtocolRequest.text(request, "itemIndex");
    int itemIndex = NumberText.integer(index).orElse(0);
    if (itemIndex < 1 || itemIndex > 17) {
      throw new UploadRefusedException("字典序号 itemIndex " + Quote.of(index) + " 无效，应为 1 至 17");
    }
    return ProtocolAnswers.success()
        .add("dicVersion", String.valueOf(reference.dicVersion()))
        .add("itemIndex", String.valueOf(itemIndex))
        .add("data", reference.dictionary(itemIndex))
        .build();
  }

  private JsonObject uploadData(
      UploadRequest request,
      SignedBody body,
      Instant receivedAt,
      String remote,
      ApiIntakes.Outcome outcome) {
    DeviceRegistry.DeviceKey device =
        device(request.deviceId(), request.enterpriseCode(), Use.CHANGE, body, outcome);
    List<EncryptedItem> sealed = request.items(reference.rules().maxItems());
    outcome.items = sealed.size();
    UploadValidator validator =
        new UploadValidator(
            reference.rules(), collectItems.configured(device.unitId(), device.configVersion()));
    List<UploadBatch.Item> items =
        validator.validate(sealed, new Sm4FieldCipher(device.key()), receivedAt);
    UploadBatch batch =
        new UploadBatch(
            UUID.randomUUID().toString(),
            device.creditCode(),
            "device",
            receivedAt,
            items,
            device.deviceId(),
            remote);
    intake.enqueue(batch);
    outcome.uploadId = batch.uploadId();
    outcome.flagged = batch.flagged();
    return ProtocolAnswers.success().build();
  }

  /** The device of the request; every use but {@link Use#PUBLIC} names its enterprise. */
  private DeviceRegistry.DeviceKey device(
      JsonObject request, Use use, SignedBody body, ApiIntakes.Outcome outcome) {
    return device(
        ProtocolRequest.text(request, "deviceId"),
        use == Use.PUBLIC ? null : ProtocolRequest.text(request, "enterpriseCode"),
        use,
        body,
        outcome);
  }

  private DeviceRegistry.DeviceKey device(
      String deviceId, String creditCode, Use use, SignedBody body, ApiIntakes.Outcome outcome) {
    boolean withEnterprise = use != Use.PUBLIC;
    outcome.deviceId = deviceId;
    outcome.creditCode = creditCode;
    if (deviceId.isEmpty() || (withEnterprise && creditCode.isEmpty())) {
      throw new UploadRefusedException(UploadRefusedException.DEVICE_MISMATCH);
    }
    Optional<DeviceRegistry.DeviceKey> found = devices.find(deviceId);
    if (found.isEmpty()) {
      outcome.unknownDevice = true;
      throw new UploadRefusedException(UploadRefusedException.DEVICE_MISMATCH);
    }
    DeviceRegistry.DeviceKey device = found.get();
    if (withEnterprise && !device.creditCode().equals(creditCode)) {
      throw new UploadRefusedException(UploadRefusedException.DEVICE_MISMATCH);
    }
    outcome.creditCode = device.creditCode();
    outcome.unitId = device.unitId();
    limits.admitDevice(device.unitId()); // one device a unit; its id needs no second digest
    if (body.signature() != null
        && !BodySignature.verify(device.key(), body.bytes(), body.signature())) {
      throw new UploadRefusedException(BodySignature.INVALID);
    }
    if (use == Use.PUBLIC) {
      return device;
    }
    if (!device.confirmed()) {
      throw new UploadRefusedException(
          PENDING + "（序列号 " + DeviceIds.masked(device.deviceId()) + "）");
    }
    if (use == Use.CHANGE && device.signatureRequired() && body.signature() == null) {
      throw new UploadRefusedException(BodySignature.MISSING);
    }
    return device;
  }
}
