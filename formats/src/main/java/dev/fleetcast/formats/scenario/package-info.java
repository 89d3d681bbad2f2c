/**
 * Scenario files: YAML read into model's {@code PlatformScenario}, with defaults filled in
 * and every problem reported at once. Documented field by field in docs/scenarios.md.
 */
package dev.fleetcast.formats.scenario;
