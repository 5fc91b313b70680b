package cn.nhjc.province.web.api;

import cn.nhjc.province.platform.audit.AuditPage;
import cn.nhjc.province.platform.audit.AuditQuery;
import cn.nhjc.province.platform.audit.AuditTrail;
import cn.nhjc.province.platform.audit.ChainVerification;
import jakarta.ejb.EJB;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The audit trail (安全审计), for auditors only. The role check is the EJB's ({@link AuditTrail}):
 * every other role, platform administrators included, gets 403.
 */
@Path("/audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "audit", description = "安全审计 (auditors only)")
@SecurityRequirement(name = "keycloak")
public class AuditResource {
  private static final String TIME =
      " An instant (2026-12-07T08:00:00Z, 2026-12-07T16:00:00+08:00) or a date in Beijing time"
          + " (2026-12-07).";

  @EJB private AuditTrail trail;

  @GET
  @Operation(
      summary = "Audit records, newest first, paged",
      description =
          "Each record: id, at (UTC), actor (the account), roles, source (the request's address),"
              + " action (e.g. auth.sign-in, report.export, units.import, devices.import,"
              + " device.rotate-key, dead-letter.replay, dead-letter.discard, job.start,"
              + " access.denied), object, outcome (success, refused or failed), detail, and the"
              + " record's link in the SM3 chain (prevHash, hash).")
  @APIResponse(responseCode = "200", description = "one page of records")
  @APIResponse(responseCode = "400", description = "a malformed from or to, or from not before to")
  @APIResponse(responseCode = "403", description = "not an auditor")
  public AuditPage list(
      @Parameter(description = "the account, exactly") @QueryParam("actor") String actor,
      @Parameter(description = "the action, exactly") @QueryParam("action") String action,
      @Parameter(description = "from (inclusive; a date: from its start)." + TIME)
          @QueryParam("from")
          String from,
      @Parameter(description = "up to (exclusive; a date: up to its end)." + TIME) @QueryParam("to")
          String to,
      @BeanParam PageRequest paging) {
    AuditQuery query = AuditQuery.parse(actor, action, from, to);
    return trail.find(query, paging.page(), paging.size());
  }

  @GET
  @Path("/verify")
  @Operation(
      summary = "Verify the audit trail's SM3 chain",
      description =
          "Recomputes every record's hash in id order: valid is false when a record was changed"
              + " (firstBroken: its id) or removed (firstBroken: the first missing id); rows counts"
              + " the records read, lastHash is the last record's hash (note it to see later"
              + " whether records were cut from the end). The verification is itself recorded.")
  @APIResponse(responseCode = "200", description = "the verification's result")
  @APIResponse(responseCode = "403", description = "not an auditor")
  public ChainVerification verify() {
    return trail.verify();
  }
}
