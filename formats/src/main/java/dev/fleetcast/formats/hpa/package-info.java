/**
 * The HorizontalPodAutoscaler's files: autoscaling/v2 manifests (YAML) read into model's
 * {@code HpaSpec} with Kubernetes' API defaults and validation, reconcile snapshots (JSON)
 * read into {@code HpaSnapshot} and {@code HpaSettings}, and a decision written back out as
 * JSON (for chaining reconciles) or as text (for people). Documented in docs/hpa.md.
 *
 * <p>What must not live here: any of the HPA's arithmetic. Readers turn text into model
 * records and report every problem with its place; the decision is model's.
 */
package dev.fleetcast.formats.hpa;
