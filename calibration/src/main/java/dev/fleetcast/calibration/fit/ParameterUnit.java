package dev.fleetcast.calibration.fit;

/** What a fitted parameter's value is measured in. */
public enum ParameterUnit {
    /** A duration, in seconds. */
    SECONDS("s"),
    /** A plain number: a shape or a log-scale spread. */
    NONE("");

    private final String symbol;

    ParameterUnit(String symbol) {
        this.symbol = symbol;
    }

    /** {@code "s"}, or empty for a plain number. */
    public String symbol() {
        return symbol;
    }
}
