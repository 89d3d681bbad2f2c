/**
 * What runs produce, as values: the numbers that formats/ writes into result files and
 * reports/ draws. Computed by sim/ or live/, never read from a clock or a file here.
 */
package dev.fleetcast.model.result;
