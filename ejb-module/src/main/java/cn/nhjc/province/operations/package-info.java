/**
 * The platform's health as an operator and an orchestrator see it: the answers to the MicroProfile
 * Health checks of health-module (readiness, liveness) over the database, the intake lanes, the
 * rollups, the master key and the identity provider. May depend on every context but the demo; no
 * context depends on it (ContextDependenciesTest).
 */
package cn.nhjc.province.operations;
