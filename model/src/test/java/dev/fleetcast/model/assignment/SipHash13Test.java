package dev.fleetcast.model.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SipHash13Test {

    /**
     * Reference values printed by rustc 1.95.0 for
     * {@code let mut h = DefaultHasher::new(); name.to_string().hash(&mut h); h.finish()}
     * (unsigned 64-bit, written here as such).
     */
    @ParameterizedTest
    @CsvSource({
        "device-1, 17411179732728789375",
        "device-2, 11612173271663923500",
        "device-3, 12789660301666647160",
        "device-10, 5841095789354376820",
        "device-99, 15545535461941835254",
        "gateway-1, 10947196868190673579",
        "ünïcode, 18138779418014350959",
        "'', 3476900567878811119",
    })
    void matchesRustsDefaultHasher(String name, String expectedUnsigned) {
        assertThat(Long.toUnsignedString(SipHash13.ofRustString(name))).isEqualTo(expectedUnsigned);
    }
}
