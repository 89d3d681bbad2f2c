/**
 * Result files: what a run produced, written so that the same scenario and seed give the
 * same bytes, and read back for reports. Documented in docs/formats.md.
 *
 * <p>Writers ({@code PlatformResultJson}, {@code RunSummary}, {@code RunInfoJson}, …) turn
 * model's records into text; readers ({@link dev.fleetcast.formats.result.PlatformResultReader},
 * {@link dev.fleetcast.formats.result.RunSummaryReader},
 * {@link dev.fleetcast.formats.result.RunInfoReader}) turn the files back into records, and
 * refuse a damaged or foreign file with one {@code InvalidFileException} naming the file and
 * each field — never anything else. Readers ignore fields they do not know, since a field added
 * to a result file is a compatible change.
 *
 * <p>What must not live here: statistics across replications (experiments/) or anything drawn
 * from the results (reports/).
 */
package dev.fleetcast.formats.result;
