package dev.fleetcast.model.queueing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import org.junit.jupiter.api.Test;

class ErlangCTest {

    @Test
    void oneServerIsTheMM1Queue() {
        // ρ = 0.5: P(wait) = ρ, W_q = ρ / (μ − λ) = 0.5 / 0.5 = 1 s
        ErlangC queue = new ErlangC(0.5, 1, 1);
        assertThat(queue.probabilityOfWaiting()).isCloseTo(0.5, offset(1e-12));
        assertThat(queue.meanWaitSeconds()).isCloseTo(1, offset(1e-12));
        assertThat(queue.meanResponseSeconds()).isCloseTo(2, offset(1e-12));
    }

    @Test
    void matchesHandComputedMultiServerCases() {
        // c = 2, a = 1: P0 = 1 / (1 + 1 + (1/2)·2) = 1/3; C = (1/2)·2·(1/3) = 1/3; W_q = C / (2 − 1) = 1/3 s
        ErlangC two = new ErlangC(1, 1, 2);
        assertThat(two.probabilityOfWaiting()).isCloseTo(1.0 / 3, offset(1e-12));
        assertThat(two.meanWaitSeconds()).isCloseTo(1.0 / 3, offset(1e-12));
        // c = 3, a = 2 (λ 20/s, μ 10/s): P0 = 1 / (1 + 2 + 2 + (8/6)·3) = 1/9; C = (8/6)·3/9 = 4/9;
        // W_q = C / (30 − 20) = 0.04444 s
        ErlangC three = new ErlangC(20, 10, 3);
        assertThat(three.utilization()).isCloseTo(2.0 / 3, offset(1e-12));
        assertThat(three.probabilityOfWaiting()).isCloseTo(4.0 / 9, offset(1e-12));
        assertThat(three.meanWaitSeconds()).isCloseTo(4.0 / 90, offset(1e-12));
    }

    @Test
    void staysFiniteForHundredsOfServers() {
        // a = 450 on 500 servers: factorials overflow a double, the recursion does not
        ErlangC big = new ErlangC(450, 1, 500);
        assertThat(big.probabilityOfWaiting()).isBetween(0.0, 1.0);
        assertThat(big.meanWaitSeconds()).isPositive().isFinite();
    }

    @Test
    void refusesAnUnstableQueue() {
        assertThatThrownBy(() -> new ErlangC(3, 1, 3)).hasMessageContaining("unstable queue");
        assertThatThrownBy(() -> new ErlangC(1, 1, 0)).hasMessageContaining("servers");
    }
}
