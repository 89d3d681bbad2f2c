/**
 * The {@code live-comparison} file: a prediction set against one observed run, figure by
 * figure — the observed value, the predicted median and 95% band over the replications, the
 * observed value's percentile rank, inside or outside — as {@code live-comparison.json} (kind
 * {@code live-comparison}, schemaVersion 1) and a readable {@code comparison.md}. Documented in
 * docs/formats.md.
 *
 * <p>The records here are the file's content and validate only its consistency (a verdict that
 * agrees with the band, a rank from 0 to 100). How a figure is measured and how the band and the
 * rank are computed is {@code dev.fleetcast.experiments.observed}; drawing them is reports/.
 *
 * <p>What must not live here: statistics, measuring a trace, running a prediction, figures.
 */
package dev.fleetcast.formats.comparison;
