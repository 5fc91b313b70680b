/**
 * The platform's MicroProfile Health checks ({@code /health/ready}, {@code /health/live} on the
 * management interface). Each check asks the platform through {@link
 * cn.nhjc.province.health.HealthProbes}, which the EJB module implements.
 */
package cn.nhjc.province.health;
