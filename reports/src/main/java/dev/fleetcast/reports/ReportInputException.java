package dev.fleetcast.reports;

/**
 * What the report was given cannot be read: a path that does not exist, a file of a kind no
 * report reads, a damaged result or calibration file, or nothing to report at all. The message
 * names every such path and says what was found and what is read, one problem a line.
 */
public final class ReportInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ReportInputException(String message) {
        super(message);
    }
}
