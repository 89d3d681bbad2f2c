package dev.fleetcast.formats.comparison;

/** Where an observed figure lies against its predicted band. */
public enum Verdict {
    /** The observed value lies within the band, ends included. */
    INSIDE,
    /** The observed value lies below the band's low end or above its high end. */
    OUTSIDE,
    /** The trace does not contain the figure (never reported as zero). */
    NOT_OBSERVED,
    /** The trace has the figure, but no replication of the prediction produced it. */
    NOT_PREDICTED
}
