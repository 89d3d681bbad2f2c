package dev.fleetcast.reports.document;

import java.util.Base64;
import java.util.List;

/**
 * report.html: one self-contained file that opens in any browser, offline — styles inline, every
 * figure embedded as a {@code data:} URI of its PNG, and no reference to anything outside the
 * file (no script, font, stylesheet or link to the web), so it can be mailed or archived alone.
 */
final class HtmlWriter {

    private static final String STYLE = """
            body { font-family: "DejaVu Sans", Helvetica, Arial, sans-serif; color: #222; max-width: 60em;
                   margin: 2em auto; padding: 0 1em; line-height: 1.45; }
            h1 { font-size: 1.8em; border-bottom: 2px solid #0072B2; padding-bottom: 0.2em; }
            h2 { font-size: 1.35em; margin-top: 2em; border-bottom: 1px solid #ccc; }
            h3 { font-size: 1.1em; margin-top: 1.5em; }
            figure { margin: 1.5em 0; }
            figure img { display: block; max-width: 100%; height: auto; margin: 0 auto; }
            figcaption { font-size: 0.9em; color: #444; margin-top: 0.4em; }
            table { border-collapse: collapse; margin: 0.5em 0 1.5em; font-size: 0.85em; }
            caption { caption-side: top; text-align: left; font-size: 0.95em; color: #444; padding-bottom: 0.4em; }
            th, td { padding: 0.25em 0.6em; }
            thead th { border-top: 2px solid #222; border-bottom: 1px solid #222; text-align: left; }
            tbody tr:last-child td { border-bottom: 2px solid #222; }
            td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
            nav ul { columns: 2; font-size: 0.9em; }
            li { margin: 0.2em 0; }
            """;

    String write(Report report) {
        StringBuilder out = new StringBuilder();
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(escape(report.title())).append("</title>\n")
                .append("<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n")
                .append("<h1>").append(escape(report.title())).append("</h1>\n");
        Renderer renderer = new Renderer(out, new Numbering());
        report.introduction().forEach(b -> b.renderTo(renderer));
        out.append("<nav>\n<h2>Contents</h2>\n<ul>\n");
        for (Section section : report.sections()) {
            out.append("<li").append(section.level() == 2 ? " style=\"margin-left:1.5em\"" : "").append("><a href=\"#")
                    .append(section.id()).append("\">").append(escape(section.title())).append("</a></li>\n");
        }
        out.append("</ul>\n</nav>\n");
        for (Section section : report.sections()) {
            String tag = section.level() == 1 ? "h2" : "h3";
            out.append("<section id=\"").append(section.id()).append("\">\n<").append(tag).append('>')
                    .append(escape(section.title())).append("</").append(tag).append(">\n");
            section.blocks().forEach(b -> b.renderTo(renderer));
            out.append("</section>\n");
        }
        return out.append("</body>\n</html>\n").toString();
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private record Renderer(StringBuilder out, Numbering numbering) implements Block.Renderer {
        @Override
        public void paragraph(Paragraph paragraph) {
            out.append("<p>").append(escape(paragraph.text())).append("</p>\n");
        }

        @Override
        public void list(Bullets bullets) {
            out.append("<ul>\n");
            bullets.items().forEach(item -> out.append("<li>").append(escape(item)).append("</li>\n"));
            out.append("</ul>\n");
        }

        @Override
        public void figure(WrittenFigure figure) {
            int number = numbering.figure();
            out.append("<figure id=\"figure-").append(figure.id()).append("\">\n<img alt=\"Figure ").append(number)
                    .append(": ").append(escape(figure.caption())).append("\" src=\"data:image/png;base64,")
                    .append(Base64.getEncoder().encodeToString(figure.png())).append("\">\n<figcaption><b>Figure ")
                    .append(number).append(".</b> ").append(escape(figure.caption())).append("</figcaption>\n</figure>\n");
        }

        @Override
        public void table(Table table) {
            out.append("<table id=\"").append(table.id()).append("\">\n<caption><b>Table ").append(numbering.table())
                    .append(".</b> ").append(escape(table.caption())).append("</caption>\n<thead>");
            row(table.header(), table.numeric(), "th");
            out.append("</thead>\n<tbody>\n");
            table.rows().forEach(r -> row(r, table.numeric(), "td"));
            out.append("</tbody>\n</table>\n");
        }

        private void row(List<String> cells, List<Boolean> numeric, String tag) {
            out.append("<tr>");
            for (int i = 0; i < cells.size(); i++) {
                out.append('<').append(tag).append(numeric.get(i) ? " class=\"n\">" : ">").append(escape(cells.get(i)))
                        .append("</").append(tag).append('>');
            }
            out.append("</tr>\n");
        }
    }
}
