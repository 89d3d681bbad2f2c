/**
 * The experimental Renode device runtime: each device is a Renode machine (one headless Renode
 * process per device) running a firmware image the user supplies, its UART exposed as a TCP server
 * socket and bridged by {@link dev.fleetcast.live.device.renode.UartBridge} to the gateway over mutual
 * TLS — the emulated boards (arduino_nano_33_ble, nrf52840) have no network interface, so the
 * firmware speaks the length-prefixed protocol over its UART and the bridge adds TLS.
 *
 * <p>Here: the board catalogue, the generated {@code .resc} script and command line (plain text,
 * tested as text), finding the {@code renode} executable, the bridge. Not here: the protocol itself
 * (the firmware speaks it; the bridge only carries bytes).
 */
package dev.fleetcast.live.device.renode;
