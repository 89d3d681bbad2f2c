package dev.fleetcast.reports.document;

import java.util.List;
import java.util.Objects;

/**
 * A table of plain-text cells.
 *
 * @param id unique in the report, for labels and anchors: lower-case letters, digits, hyphens
 * @param caption what it shows
 * @param header one heading per column
 * @param numeric per column, whether it holds numbers (right-aligned)
 * @param rows each with one cell per column
 */
record Table(String id, String caption, List<String> header, List<Boolean> numeric, List<List<String>> rows)
        implements Block {

    Table {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(caption, "caption");
        header = List.copyOf(header);
        numeric = List.copyOf(numeric);
        rows = rows.stream().map(List::copyOf).toList();
        if (header.isEmpty() || numeric.size() != header.size()) {
            throw new IllegalArgumentException("table " + id + ": one alignment per column of " + header);
        }
        for (List<String> row : rows) {
            if (row.size() != header.size()) {
                throw new IllegalArgumentException("table " + id + ": row " + row + " has " + row.size()
                        + " cells for " + header.size() + " columns");
            }
        }
    }

    @Override
    public void renderTo(Renderer renderer) {
        renderer.table(this);
    }
}
