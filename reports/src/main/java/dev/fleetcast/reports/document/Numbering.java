package dev.fleetcast.reports.document;

/** Figure and table numbers, counted as a writer meets them. Not thread-safe: one per document written. */
final class Numbering {

    private int figures;
    private int tables;

    int figure() {
        return ++figures;
    }

    int table() {
        return ++tables;
    }
}
