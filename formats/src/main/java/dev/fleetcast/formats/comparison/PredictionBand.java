package dev.fleetcast.formats.comparison;

/**
 * A figure's predicted spread over the replications that produced it: the median and a
 * distribution-free prediction band between two order statistics.
 *
 * @param replications how many replications the band rests on (1 or more)
 * @param median the median over those replications (the mean of the two middle values when
 *     their number is even)
 * @param low the band's low end: the {@code orderStatistic}-th smallest value
 * @param high the band's high end: the {@code orderStatistic}-th largest value
 * @param orderStatistic k, from 1 to half the replications (rounded up); 1 means the ends are
 *     the smallest and largest values
 * @param coverage the chance that one more run from the same distribution falls inside,
 *     {@code (replications + 1 − 2k) / (replications + 1)} for a continuous figure (ties make it
 *     larger); 0.95 or a little more from 39 replications on, less below
 */
public record PredictionBand(int replications, double median, double low, double high, int orderStatistic,
        double coverage) {

    public PredictionBand {
        if (replications < 1) {
            throw new IllegalArgumentException("a band rests on at least 1 replication, was " + replications);
        }
        if (orderStatistic < 1 || orderStatistic > (replications + 1) / 2) {
            throw new IllegalArgumentException("the band's order statistic must be from 1 to " + (replications + 1) / 2
                    + " for " + replications + " replications, was " + orderStatistic);
        }
        if (!(low <= median && median <= high)) {
            throw new IllegalArgumentException("a band must have low <= median <= high, was " + low + ", " + median
                    + ", " + high);
        }
        if (!(coverage >= 0 && coverage < 1)) {
            throw new IllegalArgumentException("a band's coverage is from 0 to below 1, was " + coverage);
        }
    }

    /** Whether the ends are the smallest and largest values. */
    public boolean extremes() {
        return orderStatistic == 1;
    }

    /** Whether {@code value} lies within the band, ends included. */
    public boolean contains(double value) {
        return low <= value && value <= high;
    }
}
