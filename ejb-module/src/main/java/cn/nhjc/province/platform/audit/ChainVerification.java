package cn.nhjc.province.platform.audit;

import jakarta.json.bind.annotation.JsonbNillable;
import java.io.Serializable;

/**
 * What a verification of the audit trail's chain found.
 *
 * <p>Null fields are written as null in JSON, so that the answer always has the same members.
 *
 * @param valid whether every row is where the chain says and holds what its hash says
 * @param rows the rows read
 * @param firstBroken the first id at which the chain breaks: a changed row, or the first id of rows
 *     that are missing; {@code null} when valid
 * @param reason why the chain breaks there; {@code null} when valid
 * @param lastId the last row's id ({@code null} for an empty trail)
 * @param lastHash the last row's hash: an operator who notes it can later tell whether rows were
 *     cut from the end, which the chain itself cannot show
 */
@JsonbNillable
public record ChainVerification(
    boolean valid, long rows, Long firstBroken, String reason, Long lastId, String lastHash)
    implements Serializable {}
