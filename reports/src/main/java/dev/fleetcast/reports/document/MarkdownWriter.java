package dev.fleetcast.reports.document;

import java.util.List;

/**
 * report.md: GitHub-flavoured Markdown that shows its figures from figures/*.png beside it, with
 * a contents list, numbered figures and tables, and pipe tables.
 */
final class MarkdownWriter {

    String write(Report report) {
        StringBuilder out = new StringBuilder("# ").append(report.title()).append("\n\n");
        Numbering numbering = new Numbering();
        Renderer renderer = new Renderer(out, numbering);
        report.introduction().forEach(b -> b.renderTo(renderer));
        out.append("## Contents\n\n");
        for (Section section : report.sections()) {
            out.append(section.level() == 1 ? "- " : "  - ").append('[').append(inline(section.title())).append("](#")
                    .append(section.id()).append(")\n");
        }
        out.append('\n');
        for (Section section : report.sections()) {
            out.append("<a id=\"").append(section.id()).append("\"></a>\n\n")
                    .append(section.level() == 1 ? "## " : "### ").append(inline(section.title())).append("\n\n");
            section.blocks().forEach(b -> b.renderTo(renderer));
        }
        return out.toString();
    }

    /** Markdown's special characters in running text, escaped. */
    static String inline(String text) {
        return text.replaceAll("([\\\\`*_\\[\\]<>|#])", "\\\\$1");
    }

    private record Renderer(StringBuilder out, Numbering numbering) implements Block.Renderer {
        @Override
        public void paragraph(Paragraph paragraph) {
            out.append(inline(paragraph.text())).append("\n\n");
        }

        @Override
        public void list(Bullets bullets) {
            bullets.items().forEach(item -> out.append("- ").append(inline(item)).append('\n'));
            out.append('\n');
        }

        @Override
        public void figure(WrittenFigure figure) {
            int number = numbering.figure();
            out.append("![Figure ").append(number).append("](").append(figure.pngPath()).append(")\n\n")
                    .append("*Figure ").append(number).append(".* ").append(inline(figure.caption()))
                    .append(" ([PDF](").append(figure.pdfPath()).append("))\n\n");
        }

        @Override
        public void table(Table table) {
            out.append("**Table ").append(numbering.table()).append(".** ").append(inline(table.caption()))
                    .append("\n\n");
            row(table.header());
            out.append('|');
            table.numeric().forEach(n -> out.append(n ? " ---: |" : " --- |"));
            out.append('\n');
            table.rows().forEach(this::row);
            out.append('\n');
        }

        private void row(List<String> cells) {
            out.append('|');
            cells.forEach(cell -> out.append(' ').append(inline(cell)).append(" |"));
            out.append('\n');
        }
    }
}
