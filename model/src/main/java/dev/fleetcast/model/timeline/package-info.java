/**
 * Per-device timelines: the events of each device's life with their times — the seam the
 * simulator and the live recorder share, so that predictions and observations are measured
 * by the same metric definitions ({@code dev.fleetcast.model.metrics}).
 */
package dev.fleetcast.model.timeline;
