package dev.fleetcast.live.device.renode;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A board Renode can emulate for a device: its platform description (a path inside Renode's
 * installation, as Renode's own scripts name it) and the UART the firmware speaks the protocol on.
 *
 * @param name the name a user gives ({@code arduino_nano_33_ble}, {@code nrf52840})
 * @param platformDescription the {@code .repl} file, relative to Renode's root
 * @param uart the UART peripheral on the system bus
 */
public record RenodeBoard(String name, String platformDescription, String uart) {

    /** Arduino Nano 33 BLE (nRF52840), WASMBED's board. */
    public static final RenodeBoard ARDUINO_NANO_33_BLE =
            new RenodeBoard("arduino_nano_33_ble", "platforms/boards/arduino_nano_33_ble.repl", "sysbus.uart0");
    /** A bare nRF52840 SoC. */
    public static final RenodeBoard NRF52840 =
            new RenodeBoard("nrf52840", "platforms/cpus/nrf52840.repl", "sysbus.uart0");

    private static final List<RenodeBoard> KNOWN = List.of(ARDUINO_NANO_33_BLE, NRF52840);

    public RenodeBoard {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(platformDescription, "platformDescription");
        Objects.requireNonNull(uart, "uart");
        if (!platformDescription.endsWith(".repl")) {
            throw new IllegalArgumentException("renode board " + name + ": platform description '"
                    + platformDescription + "' is not a .repl file");
        }
    }

    /**
     * The known board named {@code name} (case-insensitive).
     *
     * @throws IllegalArgumentException naming the known boards when there is none by that name
     */
    public static RenodeBoard named(String name) {
        String wanted = name.toLowerCase(Locale.ROOT);
        return KNOWN.stream().filter(b -> b.name.equals(wanted)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("renode board '" + name + "' is not known; known: "
                        + KNOWN.stream().map(RenodeBoard::name).collect(Collectors.joining(", "))));
    }
}
