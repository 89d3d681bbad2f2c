package dev.fleetcast.live.controller;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * A seeded SplitMix64 generator for the policy's chance (power-of-two-choices) in the live
 * controller. Small and enough for choosing among gateways; live needs no stream machinery of
 * its own, and this keeps commons-rng-simple off live's class path. Not thread-safe — it is
 * only used on the decision thread.
 */
public final class SplitMix64 implements UniformRandomProvider {

    private long state;

    public SplitMix64(long seed) {
        this.state = seed;
    }

    @Override
    public long nextLong() {
        long z = (state += 0x9E3779B97F4A7C15L);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
