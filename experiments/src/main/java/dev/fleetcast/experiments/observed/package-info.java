/**
 * Predicted versus observed: a live run's trace set against a prediction of the same scenario,
 * figure by figure.
 *
 * <p>{@link dev.fleetcast.experiments.observed.RunFigures} defines every figure once — from the
 * metric catalogue's measurements ({@code MetricCatalogue}), summarised by the same HdrHistogram
 * summary the result files use, and the model's {@code Imbalance} — and is applied alike to the
 * observed trace ({@link dev.fleetcast.experiments.observed.ObservedFigures}) and to each
 * replication of the prediction ({@link dev.fleetcast.experiments.observed.Prediction}), so that
 * the two are numbers of one definition. {@link dev.fleetcast.experiments.observed.Bands} holds
 * the statistics (median, order-statistic band, mid-rank percentile);
 * {@link dev.fleetcast.experiments.observed.LiveComparisons} puts them together into formats'
 * {@code LiveComparison}.
 *
 * <p>What must not live here: recording traces (live/), reading or writing files beyond calling
 * formats' readers (formats/), drawing (reports/).
 */
package dev.fleetcast.experiments.observed;
