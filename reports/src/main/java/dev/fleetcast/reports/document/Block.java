package dev.fleetcast.reports.document;

/**
 * A piece of a report's body. Each writer (Markdown, HTML, LaTeX) renders every kind, so a
 * block dispatches to the writer's method for its kind.
 */
interface Block {

    void renderTo(Renderer renderer);

    /** What a writer does with each kind of block. */
    interface Renderer {
        void paragraph(Paragraph paragraph);

        void list(Bullets bullets);

        void figure(WrittenFigure figure);

        void table(Table table);
    }
}
