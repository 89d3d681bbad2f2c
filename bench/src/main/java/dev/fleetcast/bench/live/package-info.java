/**
 * Scale harnesses for live/: {@link dev.fleetcast.bench.live.DeviceFleetScale} starts a gateway
 * server and thousands of device agents on loopback and measures enrollment, heartbeats, memory and
 * threads. Never run by the test suite; the command and the measured table are in
 * docs/performance.md. What must not: anything the product needs at run time.
 */
package dev.fleetcast.bench.live;
