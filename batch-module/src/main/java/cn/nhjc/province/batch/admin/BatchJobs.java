package cn.nhjc.province.batch.admin;

import cn.nhjc.province.batch.assessment.AssessmentYear;
import cn.nhjc.province.monitoring.domain.PeriodType;
import cn.nhjc.province.monitoring.domain.StatPeriod;
import cn.nhjc.province.platform.audit.AuditActions;
import cn.nhjc.province.platform.audit.AuditTrail;
import cn.nhjc.province.platform.audit.Outcome;
import cn.nhjc.province.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.JobInstance;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Properties;
import java.util.Set;

/**
 * Starts, restarts and lists the platform's batch jobs; for platform administrators only. Every
 * start and restart is recorded in the audit trail.
 */
@Stateless
@RolesAllowed(Roles.PLATFORM_ADMIN)
public class BatchJobs {

  /** The target-responsibility assessment of a year (parameter year, yyyy). */
  public static final String ASSESSMENT_JOB = "target-assessment";

  /** The jobs an administrator may start, with their parameter rules. */
  public static final Set<String> JOBS = Set.of(StatisticsSchedule.JOB, ASSESSMENT_JOB);

  @EJB private AuditTrail audit;

  /**
   * Starts a job.
   *
   * @param period for the statistics job a day (yyyy-MM-dd) or month (yyyy-MM); empty: the last
   *     complete month; for the target assessment a year (yyyy); empty: the previous year
   */
  public long start(String jobName, String period) {
    String object =
        "job " + jobName + (period == null || period.isBlank() ? "" : " period=" + period.trim());
    long id;
    try {
      requireKnown(jobName);
      Properties parameters = new Properties();
      if (ASSESSMENT_JOB.equals(jobName)) {
        parameters.setProperty("year", String.valueOf(AssessmentYear.of(period)));
      } else if (period != null && !period.isBlank()) {
        StatPeriod parsed = StatPeriod.parse(period);
        if (parsed.type() != PeriodType.DAY && parsed.type() != PeriodType.MONTH) {
          throw new IllegalArgumentException("period must be a day or a month: " + period);
        }
        parameters.setProperty("period", parsed.toString());
      }
      id = operator().start(jobName, parameters);
    } catch (RuntimeException e) {
      audit.failed(AuditActions.JOB_START, object, e);
      throw e;
    }
    audit.record(AuditActions.JOB_START, object, Outcome.SUCCESS, "execution " + id);
    return id;
  }

  /**
   * Starts the target-responsibility assessment of a year: administrators, and province officials
   * from the assessment page.
   */
  @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.PROVINCE_OFFICIAL})
  public long startAssessment(String year) {
    return start(ASSESSMENT_JOB, year);
  }

  public long restart(long executionId) {
    String object = "job execution " + executionId;
    long id;
    try {
      id = operator().restart(executionId, new Properties());
    } catch (RuntimeException e) {
      audit.failed(AuditActions.JOB_RESTART, object, e);
      throw e;
    }
    audit.record(AuditActions.JOB_RESTART, object, Outcome.SUCCESS, "execution " + id);
    return id;
  }

  /** The newest executions of every known job first, at most {@code limit}. */
  public List<JobExecutionDto> executions(int limit) {
    JobOperator operator = operator();
    List<JobExecutionDto> executions = new ArrayList<>();
    for (String job : operator.getJobNames()) {
      if (!JOBS.contains(job)) {
        continue;
      }
      int count = operator.getJobInstanceCount(job);
      for (JobInstance instance : operator.getJobInstances(job, 0, Math.min(count, limit))) {
        for (JobExecution execution : operator.getJobExecutions(instance)) {
          executions.add(toDto(execution));
        }
      }
    }
    executions.sort(Comparator.comparing(JobExecutionDto::executionId).reversed());
    return executions.size() > limit ? executions.subList(0, limit) : executions;
  }

  /** An execution of the target assessment (province officials see these, not the others). */
  @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.PROVINCE_OFFICIAL})
  public JobExecutionDto assessmentExecution(long executionId) {
    JobExecutionDto execution = execution(executionId);
    if (!ASSESSMENT_JOB.equals(execution.jobName())) {
      throw new IllegalArgumentException("execution " + executionId + " is not an assessment");
    }
    return execution;
  }

  public JobExecutionDto execution(long executionId) {
    return toDto(operator().getJobExecution(executionId));
  }

  private static JobExecutionDto toDto(JobExecution execution) {
    return new JobExecutionDto(
        execution.getExecutionId(),
        execution.getJobName(),
        String.valueOf(execution.getBatchStatus()),
        execution.getExitStatus(),
        String.valueOf(execution.getJobParameters()),
        instant(execution.getCreateTime()),
        instant(execution.getStartTime()),
        instant(execution.getEndTime()));
  }

  private static Instant instant(Date date) {
    return date == null ? null : date.toInstant();
  }

  private static void requireKnown(String jobName) {
    if (!JOBS.contains(jobName)) {
      throw new IllegalArgumentException("unknown job: " + jobName);
    }
  }

  private static JobOperator operator() {
    return BatchRuntime.getJobOperator();
  }
}
