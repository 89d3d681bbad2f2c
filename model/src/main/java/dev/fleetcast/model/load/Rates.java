package dev.fleetcast.model.load;

/** Checks shared by the load profiles, naming the profile and parameter at fault. */
final class Rates {

    private Rates() {
    }

    static void require(String profile, String parameter, double rate) {
        if (!(rate >= 0) || Double.isInfinite(rate)) {
            throw new IllegalArgumentException(profile + ": " + parameter
                    + " must be a finite rate of 0 or more messages per second, was " + rate);
        }
    }

    static void requireTime(String profile, String parameter, long nanos) {
        if (nanos < 0) {
            throw new IllegalArgumentException(profile + ": " + parameter + " must be 0 or later, was " + nanos + " ns");
        }
    }
}
