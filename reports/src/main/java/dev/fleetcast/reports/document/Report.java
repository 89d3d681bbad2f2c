package dev.fleetcast.reports.document;

import java.util.List;
import java.util.Objects;

/**
 * A whole report as the three writers see it.
 *
 * @param title the report's title
 * @param introduction blocks before the first section
 * @param sections in order
 */
record Report(String title, List<Block> introduction, List<Section> sections) {

    Report {
        Objects.requireNonNull(title, "title");
        introduction = List.copyOf(introduction);
        sections = List.copyOf(sections);
    }
}
