package dev.fleetcast.reports.document;

import java.util.List;

/** An unordered list of plain-text items. */
record Bullets(List<String> items) implements Block {

    Bullets {
        items = List.copyOf(items);
        if (items.isEmpty()) {
            throw new IllegalArgumentException("a list needs at least one item");
        }
    }

    @Override
    public void renderTo(Renderer renderer) {
        renderer.list(this);
    }
}
