/**
 * Metrology's services: the meter registry ({@code MeterRegistry}), compliance and the summary
 * ({@code MetrologyCompliance}), calibration reminders ({@code CalibrationReminders}).
 */
package cn.nhjc.province.metrology.application;
