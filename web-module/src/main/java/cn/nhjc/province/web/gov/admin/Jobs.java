package cn.nhjc.province.web.gov.admin;

import cn.nhjc.province.batch.admin.BatchJobs;
import cn.nhjc.province.batch.admin.JobExecutionDto;
import cn.nhjc.province.batch.admin.StatisticsSchedule;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The batch administration page (gov/admin/jobs.xhtml). */
@Named
@ViewScoped
public class Jobs implements Serializable {
  private static final long serialVersionUID = 1L;

  @EJB private BatchJobs jobs;
  @EJB private StatisticsSchedule schedule;

  private String job = StatisticsSchedule.JOB;
  private String month;
  private List<JobExecutionDto> executions;

  @PostConstruct
  void init() {
    refresh();
  }

  public void refresh() {
    executions = jobs.executions(50);
  }

  public void start() {
    try {
      long id = jobs.start(job, month);
      message(FacesMessage.SEVERITY_INFO, "#" + id);
    } catch (IllegalArgumentException e) {
      message(FacesMessage.SEVERITY_ERROR, e.getMessage());
    }
    refresh();
  }

  public void restart(long executionId) {
    long id = jobs.restart(executionId);
    message(FacesMessage.SEVERITY_INFO, "#" + id);
    refresh();
  }

  private static void message(FacesMessage.Severity severity, String text) {
    FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
  }

  public List<String> getJobNames() {
    return BatchJobs.JOBS.stream().sorted().toList();
  }

  public String getJob() {
    return job;
  }

  public void setJob(String job) {
    this.job = job;
  }

  public String getMonth() {
    return month;
  }

  public void setMonth(String month) {
    this.month = month;
  }

  public java.time.Instant getNextRun() {
    return schedule.nextRun();
  }

  public List<JobExecutionDto> getExecutions() {
    return executions;
  }
}
