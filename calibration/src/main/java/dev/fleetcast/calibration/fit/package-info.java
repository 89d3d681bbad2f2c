/**
 * Fitting duration samples to distributions by maximum likelihood, ranking the fits and
 * testing how well each fits (docs/calibration.md says how and why).
 *
 * <p>Start at {@link dev.fleetcast.calibration.fit.DurationFitter}: samples in seconds and
 * {@link dev.fleetcast.calibration.fit.FitOptions} in, a
 * {@link dev.fleetcast.calibration.fit.FitReport} out — every candidate family ranked by AIC
 * and BIC with its Kolmogorov–Smirnov and Anderson–Darling statistics, bootstrap p-values,
 * parameter intervals and draws, the chosen fit as model's {@code DurationDistribution}, and
 * warnings.
 *
 * <p>What lives here: the likelihoods and estimators of each family (package-private
 * {@code *Law} records), the profile likelihood of a shift, the goodness-of-fit statistics,
 * the parametric bootstrap and the result records. Commons Math and commons-rng types stay
 * inside this package; what leaves is our own records and model's distributions.
 *
 * <p>What must not: reading or writing files (formats/ writes the calibration file from a
 * report), knowing which quantity a sample measures, or any generator not seeded from
 * {@link dev.fleetcast.calibration.fit.FitOptions#seed()}.
 */
package dev.fleetcast.calibration.fit;
