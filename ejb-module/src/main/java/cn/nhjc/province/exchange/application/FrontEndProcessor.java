package cn.nhjc.province.exchange.application;

import cn.nhjc.province.exchange.domain.EncryptedItem;
import cn.nhjc.province.exchange.domain.IntakeBusyException;
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
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.List;
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

  @EJB private DeviceRegistry devices;
  @EJB private CollectItemCache collectItems;
  @EJB private ExchangeReference reference;
  @EJB private UploadIntake intake;
  @EJB private UploadLog log;
  @EJB private EnterpriseInformation information;
  @Inject private IntakeMetrics metrics;

  /**
   * The answer and whether the device should send the request again (HTTP 503).
   *
   * @param serverFault the platform, not the request, failed
   * @param retryAfterSeconds when the platform is busy ({@link IntakeBusyException}), when to send
   *     again; 0 otherwise
   */
  public record Answer(JsonObject body, boolean serverFault, int retryAfterSeconds) {

    Answer(JsonObject body, boolean serverFault) {
      this(body, serverFault, 0);
    }

    /** Whether the device should send the request again: the platform failed or is busy. */
    public boolean sendAgain() {
      return serverFault || retryAfterSeconds > 0;
    }
  }

  /**
   * Handles one protocol request read as a JSON object: every operation but {@code
   * uploadEnergyData}, which {@link #handleUpload} takes.
   *
   * @param baseUrl the front-end processor's public base URL, for the URLs register hands out
   */
  public Answer handle(String operation, JsonObject request, String baseUrl, String remote) {
    return answer(
        operation,
        remote,
        outcome ->
            switch (operation) {
              case "register" -> register(request, baseUrl, outcome);
              case "versionCheck" -> versionCheck(request, outcome);
              case "downloadBaseData" -> baseData(request, outcome);
              case "downloadConfigData" -> information.download(device(request, true, outcome));
              case "uploadEnergyInfo" ->
                  information.upload(device(request, true, outcome), request, reference.rules());
              // uploadEnergyData comes read by the streaming parser: handleUpload
              default -> throw UploadRefusedException.unknownOperation(operation);
            });
  }

  /**
   * Handles {@code uploadEnergyData} read by the streaming parser ({@link UploadRequest#parse}),
   * the protocol's largest and most frequent request.
   */
  public Answer handleUpload(UploadRequest request, String remote) {
    return answer(
        "uploadEnergyData",
        remote,
        outcome -> uploadData(request, outcome.receivedAt, remote, outcome));
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
      return new Answer(ProtocolAnswers.refusal(e.getMessage()), false, e.retrySeconds());
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
      if (!(outcome.accepted && outcome.uploadId != null)) {
        // an accepted upload is logged by the consumer, together with its stored values
        outcome.record(log, operation, remote);
      }
    }
  }

  private JsonObject register(JsonObject request, String baseUrl, ApiIntakes.Outcome outcome) {
    String creditCode = ProtocolRequest.text(request, "enterpriseCode");
    outcome.creditCode = creditCode;
    DeviceRegistry.Registration registration =
        devices.register(ProtocolRequest.text(request, "region"), creditCode);
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

  private JsonObject versionCheck(JsonObject request, ApiIntakes.Outcome outcome) {
    DeviceRegistry.DeviceKey device = device(request, false, outcome);
    return ProtocolAnswers.success()
        .add("regVersion", String.valueOf(device.configVersion()))
        .add("dicVersion", String.valueOf(reference.dicVersion()))
        .build();
  }

  private JsonObject baseData(JsonObject request, ApiIntakes.Outcome outcome) {
    device(request, false, outcome);
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
      UploadRequest request, Instant receivedAt, String remote, ApiIntakes.Outcome outcome) {
    DeviceRegistry.DeviceKey device =
        device(request.deviceId(), request.enterpriseCode(), true, outcome);
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

  /**
   * The device of the request.
   *
   * @param withEnterprise whether the request names its enterprise, which must be the device's
   */
  private DeviceRegistry.DeviceKey device(
      JsonObject request, boolean withEnterprise, ApiIntakes.Outcome outcome) {
    String deviceId = ProtocolRequest.text(request, "deviceId");
    outcome.deviceId = deviceId;
    return device(
        deviceId,
        withEnterprise ? ProtocolRequest.text(request, "enterpriseCode") : null,
        withEnterprise,
        outcome);
  }

  private DeviceRegistry.DeviceKey device(
      String deviceId, String creditCode, boolean withEnterprise, ApiIntakes.Outcome outcome) {
    outcome.deviceId = deviceId;
    outcome.creditCode = creditCode;
    if (deviceId.isEmpty() || (withEnterprise && creditCode.isEmpty())) {
      throw new UploadRefusedException(UploadRefusedException.DEVICE_MISMATCH);
    }
    DeviceRegistry.DeviceKey device =
        devices
            .find(deviceId)
            .orElseThrow(() -> new UploadRefusedException(UploadRefusedException.DEVICE_MISMATCH));
    if (withEnterprise && !device.creditCode().equals(creditCode)) {
      throw new UploadRefusedException(UploadRefusedException.DEVICE_MISMATCH);
    }
    outcome.creditCode = device.creditCode();
    outcome.unitId = device.unitId();
    return device;
  }
}
