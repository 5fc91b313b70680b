/**
 * The reproducible demo province: generator (pure) and loader (EJB). Loaded at deployment only when
 * the deployment asks for it ({@code platform.demo.load}, {@link DemoProvinceStartup}); the
 * platform runs the same without it. It writes the registry's tables and loads readings through
 * monitoring's {@link cn.nhjc.province.monitoring.application.BulkReadings}; it may depend on
 * platform, registry and monitoring, and nothing depends on it (ContextDependenciesTest).
 */
package cn.nhjc.province.demo;
