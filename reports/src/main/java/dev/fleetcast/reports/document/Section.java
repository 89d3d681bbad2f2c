package dev.fleetcast.reports.document;

import java.util.List;
import java.util.Objects;

/**
 * A headed part of the report.
 *
 * @param id unique in the report, for anchors and labels
 * @param title the heading
 * @param level 1 for a part of the report (a study, the methods), 2 for a part of that (a run)
 * @param blocks its body in order
 */
record Section(String id, String title, int level, List<Block> blocks) {

    Section {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        blocks = List.copyOf(blocks);
        if (level < 1 || level > 2) {
            throw new IllegalArgumentException("section level is 1 or 2, was " + level);
        }
    }
}
