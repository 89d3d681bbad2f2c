/**
 * Running replications: the one runner every experiment uses, with seeds by a pure function
 * and results merged in replication order.
 */
package dev.fleetcast.experiments.run;
