package cn.nhjc.province.platform.audit;

import java.util.List;

/**
 * The actions the audit trail records, as stored in {@code audit_event.action}. A new kind of
 * sensitive action gets a constant here and a call of {@link AuditTrail#record} (or {@link
 * AuditTrail#failed}) in the service that does it.
 */
public final class AuditActions {
  /** A sign-in at the identity provider (Keycloak's LOGIN and LOGIN_ERROR). */
  public static final String SIGN_IN = "auth.sign-in";

  /** A sign-out at the identity provider (LOGOUT, LOGOUT_ERROR). */
  public static final String SIGN_OUT = "auth.sign-out";

  /** A client's sign-in with its own credentials that failed (CLIENT_LOGIN_ERROR). */
  public static final String CLIENT_SIGN_IN = "auth.client-sign-in";

  /** A user's password change (UPDATE_PASSWORD, UPDATE_PASSWORD_ERROR). */
  public static final String PASSWORD_CHANGE = "auth.password-change";

  /** A page or an API call the caller's role may not use. */
  public static final String ACCESS_DENIED = "access.denied";

  /** A statistics report downloaded (XLSX): object names its kind, level, period, convention. */
  public static final String REPORT_EXPORT = "report.export";

  /** A key-unit list imported (CSV or XLSX): object names the file by its size and SM3. */
  public static final String UNITS_IMPORT = "units.import";

  /** End devices taken over from a previous platform (CSV). */
  public static final String DEVICES_IMPORT = "devices.import";

  /** A unit's device given a new key. */
  public static final String KEY_ROTATE = "device.rotate-key";

  /** A registered device confirmed by its unit's enterprise user or an administrator. */
  public static final String DEVICE_CONFIRM = "device.confirm";

  /** Whether a unit's device must sign its uploads, set. */
  public static final String DEVICE_SIGNATURE = "device.signature";

  /** A dead letter sent back to the intake. */
  public static final String DEAD_LETTER_REPLAY = "dead-letter.replay";

  /** A dead letter discarded for good. */
  public static final String DEAD_LETTER_DISCARD = "dead-letter.discard";

  /** A batch job started by an administrator. */
  public static final String JOB_START = "job.start";

  /** A stopped or failed job execution restarted by an administrator. */
  public static final String JOB_RESTART = "job.restart";

  /** A platform setting ({@code platform_setting}) changed: {@link AuditTrail#settingChanged}. */
  public static final String SETTING_CHANGE = "setting.change";

  /** A dictionary (codes, coefficients, limits) changed: {@link AuditTrail#dictionaryChanged}. */
  public static final String DICTIONARY_CHANGE = "dictionary.change";

  /** A dual-control target revision recorded (conservation). */
  public static final String TARGET_CHANGE = "target.change";

  /** A dual-control target revision issued, replacing the one issued before. */
  public static final String TARGET_ISSUE = "target.issue";

  /** A target list imported (CSV or XLSX): object names the file by its size and SM3. */
  public static final String TARGET_IMPORT = "target.import";

  /** The measures of a unit's assessment scoring sheet entered by an official. */
  public static final String ASSESSMENT_MEASURES = "assessment.measures";

  /** The audit trail's chain verified by an auditor. */
  public static final String AUDIT_VERIFY = "audit.verify";

  /** A meter of a unit's registry registered or changed (a new version). */
  public static final String METER_CHANGE = "meter.change";

  /** A unit's meters imported (XLSX): object names the unit and the file by its size and SM3. */
  public static final String METER_IMPORT = "meter.import";

  /** A meter replaced by another, with the final and first readings. */
  public static final String METER_EXCHANGE = "meter.exchange";

  /** A notice sent by an official (platform.notice.Notices). */
  public static final String NOTICE_SEND = "notice.send";

  /** An efficiency leader list prepared (a new version in draft). */
  public static final String LEADERS_PREPARE = "efficiency.leaders-prepare";

  /** An efficiency leader list reviewed. */
  public static final String LEADERS_REVIEW = "efficiency.leaders-review";

  /** An efficiency leader list published. */
  public static final String LEADERS_PUBLISH = "efficiency.leaders-publish";

  /** The actions above, for choosing one on the auditor's page. */
  public static final List<String> ALL =
      List.of(
          SIGN_IN,
          SIGN_OUT,
          CLIENT_SIGN_IN,
          PASSWORD_CHANGE,
          ACCESS_DENIED,
          REPORT_EXPORT,
          UNITS_IMPORT,
          DEVICES_IMPORT,
          KEY_ROTATE,
          DEVICE_CONFIRM,
          DEVICE_SIGNATURE,
          DEAD_LETTER_REPLAY,
          DEAD_LETTER_DISCARD,
          JOB_START,
          JOB_RESTART,
          SETTING_CHANGE,
          DICTIONARY_CHANGE,
          AUDIT_VERIFY,
          METER_CHANGE,
          METER_IMPORT,
          METER_EXCHANGE,
          NOTICE_SEND,
          LEADERS_PREPARE,
          LEADERS_REVIEW,
          LEADERS_PUBLISH,
          TARGET_CHANGE,
          TARGET_ISSUE,
          TARGET_IMPORT,
          ASSESSMENT_MEASURES);

  private AuditActions() {}
}
