package dev.fleetcast.live.device;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class GatewayEndpointTest {

    @Test
    void readsHostAndPortAndWritesThemBack() {
        assertEquals(new GatewayEndpoint("gw-1.fleet.svc", 8443), GatewayEndpoint.parse("gw-1.fleet.svc:8443"));
        assertEquals(new GatewayEndpoint("::1", 4423), GatewayEndpoint.parse("[::1]:4423"));
        assertEquals("[::1]:4423", GatewayEndpoint.parse("[::1]:4423").toString());
        assertEquals("127.0.0.1:9", GatewayEndpoint.parse(" 127.0.0.1:9 ").toString());
    }

    @Test
    void namesTheTextItCannotRead() {
        for (String bad : new String[] {"gateway", ":80", "host:", "host:http", "::1:80", "host:70000"}) {
            var e = assertThrows(IllegalArgumentException.class, () -> GatewayEndpoint.parse(bad), bad);
            assertTrue(e.getMessage().contains("gateway endpoint"), e.getMessage());
        }
    }
}
