package dev.fleetcast.reports.document;

import java.util.Objects;

/** Plain text; each writer escapes it for its format. */
record Paragraph(String text) implements Block {

    Paragraph {
        Objects.requireNonNull(text, "text");
    }

    @Override
    public void renderTo(Renderer renderer) {
        renderer.paragraph(this);
    }
}
