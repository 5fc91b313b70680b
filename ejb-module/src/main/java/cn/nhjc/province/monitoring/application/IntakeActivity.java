package cn.nhjc.province.monitoring.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import java.util.concurrent.atomic.AtomicLong;

/**
 * How busy this node's catch-up intake lane (补传: uploads of days no longer live) is: a count of the
 * batches it has stored, which the {@link RollupScheduler} compares between its looks. While the
 * count moves, a backlog of old days is being stored, and the catch-up rollup cycles wait ({@code
 * statistics.rollup-yield-ms}) so that the storing gets the cores; the old days' figures follow.
 */
@Singleton
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class IntakeActivity {

  private final AtomicLong catchUpBatches = new AtomicLong();

  /** Notes a batch stored by the catch-up lane. */
  public void catchUpStored() {
    catchUpBatches.incrementAndGet();
  }

  /** The batches the catch-up lane has stored since this node started. */
  public long catchUpBatches() {
    return catchUpBatches.get();
  }
}
