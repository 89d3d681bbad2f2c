/**
 * Benchmarks and scale harnesses: JMH benchmarks ({@code kernel}) and in-process harnesses
 * ({@code scale}). Never run by the test suite; how to run each and the measured tables are
 * in docs/performance.md. What must not: anything the product needs at run time.
 */
package dev.fleetcast.bench;
