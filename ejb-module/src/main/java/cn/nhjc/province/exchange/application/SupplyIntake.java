package cn.nhjc.province.exchange.application;

import cn.nhjc.province.exchange.domain.SupplyFigure;
import cn.nhjc.province.exchange.domain.SupplyItem;
import cn.nhjc.province.exchange.domain.SupplyRules;
import cn.nhjc.province.exchange.domain.UploadRefusedException;
import cn.nhjc.province.platform.config.PlatformSettings;
import cn.nhjc.province.platform.security.CallerScope;
import cn.nhjc.province.platform.security.CurrentCaller;
import cn.nhjc.province.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Receives an energy supplier's per-customer supply figures ({@code POST /api/v1/supply},
 * docs/protocol.md): checks the whole request, then stores it in one transaction of its own. The
 * supplier is the one named by the caller's token (claim {@code supplier_code}), never by the
 * request. Every request's outcome goes to the upload log (operation {@code supply}).
 */
@Stateless
@RolesAllowed(Roles.ENERGY_SUPPLIER)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SupplyIntake {
  private static final Logger LOG = Logger.getLogger(SupplyIntake.class.getName());
  static final String OPERATION = "supply";
  private static final List<String> FIELDS =
      List.of("creditCode", "energyTypeCode", "statType", "statDate", "value");

  @EJB private CurrentCaller caller;
  @EJB private SupplyFigures figures;
  @EJB private PlatformSettings settings;
  @EJB private UploadLog log;

  /**
   * @param body the request body as received (at most {@code exchange.max-body-bytes} + 1 bytes)
   * @throws EJBAccessException when the account names no registered supplier
   */
  public ProtocolReply receive(byte[] body, String remote) {
    ApiIntakes.Outcome outcome = new ApiIntakes.Outcome();
    try {
      SupplyFigures.Supplier supplier = supplier(outcome);
      JsonObject request = ApiIntakes.object(body, settings.integer("exchange.max-body-bytes"));
      List<SupplyItem> items = new ArrayList<>();
      for (String[] entry : ApiIntakes.entries(request, "items", FIELDS)) {
        items.add(new SupplyItem(entry[0], entry[1], entry[2], entry[3], entry[4]));
      }
      outcome.items = items.size();
      Set<String> named = new LinkedHashSet<>();
      items.forEach(item -> named.add(item.creditCode()));
      SupplyRules rules =
          new SupplyRules(
              settings.integer("exchange.max-items"),
              Duration.ofMinutes(settings.integer("exchange.future-tolerance-minutes")),
              supplier.energyTypeCodes(),
              figures.listedUnits(named));
      List<SupplyFigure> checked = rules.validate(items, outcome.receivedAt);
      String uploadId = UUID.randomUUID().toString();
      figures.store(supplier.id(), checked, uploadId, outcome.receivedAt);
      outcome.uploadId = uploadId;
      outcome.accepted = true;
      return new ProtocolReply(
          ProtocolReply.ACCEPTED,
          ProtocolAnswers.success().add("accepted", checked.size()).build());
    } catch (UploadRefusedException e) {
      outcome.reason = e.getMessage();
      return ProtocolReply.refused(e.getMessage());
    } catch (RuntimeException e) {
      if (ApiIntakes.accessDenied(e)) {
        outcome.reason = "无权上报供应数据";
        throw e;
      }
      LOG.log(Level.SEVERE, "supply intake failed", e);
      outcome.reason = "平台内部错误：" + e.getClass().getSimpleName();
      return ProtocolReply.unavailable();
    } finally {
      outcome.record(log, OPERATION, remote);
    }
  }

  private SupplyFigures.Supplier supplier(ApiIntakes.Outcome outcome) {
    CallerScope scope = caller.requireScope();
    String code = scope.supplierCode();
    if (code == null) {
      throw new EJBAccessException("the caller's account names no energy supplier");
    }
    outcome.creditCode = code;
    return figures
        .supplier(code)
        .orElseThrow(
            () -> new EJBAccessException("energy supplier " + code + " is not registered"));
  }
}
