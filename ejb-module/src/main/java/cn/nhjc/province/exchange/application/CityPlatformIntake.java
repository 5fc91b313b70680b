package cn.nhjc.province.exchange.application;

import cn.nhjc.province.exchange.domain.IntakeBusyException;
import cn.nhjc.province.exchange.domain.PlainItem;
import cn.nhjc.province.exchange.domain.UploadBatch;
import cn.nhjc.province.exchange.domain.UploadRefusedException;
import cn.nhjc.province.exchange.domain.UploadValidator;
import cn.nhjc.province.platform.config.PlatformSettings;
import cn.nhjc.province.platform.security.CurrentCaller;
import cn.nhjc.province.platform.security.Roles;
import cn.nhjc.province.registry.application.CollectItems;
import cn.nhjc.province.registry.application.UnitVisibility;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Receives a city platform's upload for one unit of its city ({@code POST
 * /api/v1/units/{creditCode}/data}, docs/protocol.md): the items of {@code uploadEnergyData} in
 * clear (the channel is TLS and the caller a city-platform account), checked like a device's and
 * put on the intake queue with source {@code city}. Runs without a transaction so that the enqueue
 * commits on its own before the answer; while the upload's intake lane is full it is refused with a
 * retry hint (503, {@link IntakeBackpressure}). Every request goes to the upload log (operation
 * {@code cityUpload}).
 */
@Stateless
@RolesAllowed(Roles.CITY_PLATFORM)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CityPlatformIntake {
  private static final Logger LOG = Logger.getLogger(CityPlatformIntake.class.getName());
  static final String OPERATION = "cityUpload";
  static final String SOURCE = "city";
  private static final List<String> FIELDS =
      List.of("dataCode", "dataValue", "inputType", "statType", "statDate", "scope", "valid");

  @PersistenceContext private EntityManager em;
  @EJB private CurrentCaller caller;
  @EJB private CollectItems collectItems;
  @EJB private ExchangeReference reference;
  @EJB private UploadIntake intake;
  @EJB private PlatformSettings settings;
  @EJB private UploadLog log;

  /**
   * @param body the request body as received (at most {@code exchange.max-body-bytes} + 1 bytes)
   * @throws EJBAccessException when the unit is not one of the caller's city (or not listed)
   */
  public ProtocolReply receive(String creditCode, byte[] body, String remote) {
    ApiIntakes.Outcome outcome = new ApiIntakes.Outcome();
    outcome.creditCode = creditCode;
    try {
      long unitId = UnitVisibility.requireVisible(em, caller.requireScope(), creditCode);
      outcome.unitId = unitId;
      JsonObject request = ApiIntakes.object(body, settings.integer("exchange.max-body-bytes"));
      List<PlainItem> items = new ArrayList<>();
      for (String[] entry : ApiIntakes.entries(request, "data", FIELDS)) {
        items.add(
            new PlainItem(entry[0], entry[1], entry[2], entry[3], entry[4], entry[5], entry[6]));
      }
      outcome.items = items.size();
      List<UploadBatch.Item> checked =
          new UploadValidator(reference.rules(), collectItems.configured(unitId))
              .validatePlain(items, outcome.receivedAt);
      UploadBatch batch =
          new UploadBatch(
              UUID.randomUUID().toString(),
              creditCode,
              SOURCE,
              outcome.receivedAt,
              checked,
              null,
              remote);
      intake.enqueue(batch);
      outcome.uploadId = batch.uploadId();
      outcome.flagged = (int) checked.stream().filter(UploadBatch.Item::outOfRange).count();
      outcome.accepted = true;
      return new ProtocolReply(
          ProtocolReply.ACCEPTED,
          ProtocolAnswers.success()
              .add("accepted", checked.size())
              .add("flagged", outcome.flagged)
              .build());
    } catch (IntakeBusyException e) {
      outcome.reason = e.getMessage();
      return ProtocolReply.busy(e);
    } catch (UploadRefusedException e) {
      outcome.reason = e.getMessage();
      return ProtocolReply.refused(e.getMessage());
    } catch (RuntimeException e) {
      if (ApiIntakes.accessDenied(e)) {
        outcome.unitId = null;
        outcome.reason = "该单位不在本市范围内或不在名单中";
        throw e;
      }
      LOG.log(Level.SEVERE, "city-platform upload failed for " + creditCode, e);
      outcome.reason = "平台内部错误：" + e.getClass().getSimpleName();
      return ProtocolReply.unavailable();
    } finally {
      if (!outcome.accepted) {
        // an accepted upload is logged by the consumer, together with its stored values
        outcome.record(log, OPERATION, remote);
      }
    }
  }
}
