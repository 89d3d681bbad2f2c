/**
 * Statistics across replications: confidence intervals now; paired comparisons, warm-up
 * deletion and sequential replication later. Commons Math stays inside this package's
 * implementation; results leave as our own records.
 */
package dev.fleetcast.experiments.stats;
