package dev.fleetcast.formats.foreign;

import dev.fleetcast.formats.Seconds;
import dev.fleetcast.formats.validation.InvalidFileException;
import dev.fleetcast.formats.validation.Problems;
import dev.fleetcast.formats.yaml.Node;
import dev.fleetcast.model.observed.ObservedQuantities;
import dev.fleetcast.model.observed.SourceFile;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a plain CSV of samples whose header names each column and, for a duration, its unit:
 *
 * <pre>
 * timestamp,verb,latency_ms
 * 2025-10-26T12:20:18Z,list,112.4
 * 2025-10-26T12:20:19Z,patch,9.1
 * </pre>
 *
 * A column whose name ends in a unit — {@code _ns}, {@code _us}, {@code _ms}, {@code _s}, or
 * {@code Nanos}, {@code Micros}, {@code Millis}, {@code Seconds} — holds durations of the quantity
 * its name begins with, in camel case ({@code api_list_ms} → {@code apiList}). A column named
 * {@code devices}, {@code items} or {@code listed} gives each row's samples their size: the
 * devices (or listed objects) they were taken at, as a LIST's latency depends on it. Other
 * columns are ignored, and a note names them. An empty cell is no sample (or no size). Lines
 * that start with {@code #} and blank lines are skipped. Fields may be quoted with {@code "}.
 */
public final class SampleCsvReader {

    /** At most this many problems are listed; the rest are counted. */
    private static final int MAX_PROBLEMS = 20;

    private static final String HEADER = "a header naming each column, durations with their unit such as latency_ms "
            + "or apiList_s (units: _ns, _us, _ms, _s, or Nanos, Micros, Millis, Seconds)";

    private record Unit(String suffix, long nanos, String name) {
    }

    private static final List<Unit> UNITS = List.of(new Unit("_ns", 1L, "nanoseconds"),
            new Unit("_us", 1_000L, "microseconds"), new Unit("_ms", 1_000_000L, "milliseconds"),
            new Unit("_s", 1_000_000_000L, "seconds"), new Unit("Nanos", 1L, "nanoseconds"),
            new Unit("Micros", 1_000L, "microseconds"), new Unit("Millis", 1_000_000L, "milliseconds"),
            new Unit("Seconds", 1_000_000_000L, "seconds"));

    /** A duration column: its index, quantity and unit. */
    private record Column(int index, String header, String quantity, Unit unit) {
    }

    /** Names of the column that gives samples their size. */
    private static final List<String> SIZE_COLUMNS = List.of("devices", "items", "listed");

    /**
     * Reads {@code text}, the CSV {@code source} names.
     *
     * @throws InvalidFileException with every problem (at most 20 listed), each at its line and column
     */
    public ObservedQuantities read(SourceFile source, String text) {
        String name = source.path();
        List<String> lines = text.lines().toList();
        int headerLine = firstContent(lines, 0);
        if (headerLine < 0) {
            throw ForeignFields.single(name, new Node.Position(1, 1), "", "an empty file", HEADER + ", then rows");
        }
        List<Field> header = split(lines.get(headerLine));
        Problems problems = new Problems(name);
        if (header.stream().allMatch(f -> number(f.text()).isPresent())) {
            throw ForeignFields.single(name, new Node.Position(headerLine + 1, 1), "",
                    "a row of numbers where the header belongs (\"" + lines.get(headerLine).strip() + "\")", HEADER);
        }
        List<Column> columns = new ArrayList<>();
        int sizeColumn = -1;
        List<String> ignored = new ArrayList<>();
        Map<String, String> quantities = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            Field field = header.get(i);
            Node.Position at = new Node.Position(headerLine + 1, field.column());
            if (field.text().isBlank()) {
                problems.add(at, "", "an empty column name (column " + (i + 1) + ")", HEADER);
                continue;
            }
            Optional<Column> column = column(i, field.text());
            if (column.isEmpty() && sizeColumn < 0 && SIZE_COLUMNS.contains(field.text().toLowerCase(Locale.ROOT))) {
                sizeColumn = i;
                continue;
            }
            if (column.isEmpty()) {
                ignored.add(field.text());
                continue;
            }
            String earlier = quantities.putIfAbsent(column.get().quantity(), field.text());
            if (earlier != null) {
                problems.add(at, field.text(), "a second column for " + column.get().quantity() + " (first \"" + earlier
                        + "\")", "one column per quantity");
                continue;
            }
            columns.add(column.get());
        }
        if (columns.isEmpty() && problems.isEmpty()) {
            problems.add(new Node.Position(headerLine + 1, 1), "", "the columns " + String.join(", ", ignored)
                    + ", none with a unit", "at least one duration column: " + HEADER);
        }
        problems.throwIfAny();
        ObservedQuantities.Builder into = ObservedQuantities.builder(source);
        int rows = 0;
        int over = 0;
        for (int line = firstContent(lines, headerLine + 1); line >= 0; line = firstContent(lines, line + 1)) {
            rows++;
            List<Field> fields = split(lines.get(line));
            if (fields.size() != header.size()) {
                over += add(problems, new Node.Position(line + 1, 1), "", fields.size() + " fields",
                        header.size() + " fields, one per column of the header");
                continue;
            }
            int size = -1;
            if (sizeColumn >= 0 && !fields.get(sizeColumn).text().isBlank()) {
                Field field = fields.get(sizeColumn);
                Optional<BigDecimal> number = number(field.text());
                if (number.isPresent() && number.get().signum() >= 0 && number.get().stripTrailingZeros().scale() <= 0
                        && number.get().compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) <= 0) {
                    size = number.get().intValueExact();
                } else {
                    over += add(problems, new Node.Position(line + 1, field.column()), header.get(sizeColumn).text(),
                            "\"" + field.text() + "\"", "a whole number of 0 or more: the devices the row's samples "
                                    + "were taken at");
                }
            }
            for (Column column : columns) {
                Field field = fields.get(column.index());
                if (field.text().isBlank()) {
                    continue;
                }
                Optional<Long> nanos = number(field.text()).flatMap(v -> Seconds.nanos(v, column.unit().nanos()));
                if (nanos.isEmpty()) {
                    over += add(problems, new Node.Position(line + 1, field.column()), column.header(),
                            "\"" + field.text() + "\"", "a number of " + column.unit().name() + " of 0 or more");
                } else if (size >= 0) {
                    into.add(column.quantity(), nanos.get(), size);
                } else {
                    into.add(column.quantity(), nanos.get());
                }
            }
        }
        if (rows == 0) {
            problems.add(new Node.Position(headerLine + 1, 1), "", "a header and no rows", "at least one row of samples");
        }
        if (over > 0) {
            problems.add(new Node.Position(0, 0), "", over + " more problems", "(only the first " + MAX_PROBLEMS
                    + " are listed)");
        }
        problems.throwIfAny();
        for (Column column : columns) {
            if (into.count(column.quantity()) == 0) {
                into.note("column " + column.header() + " has no values");
            }
        }
        if (sizeColumn >= 0) {
            into.note("column " + header.get(sizeColumn).text() + " gives each sample the devices it was taken at");
        }
        if (!ignored.isEmpty()) {
            into.note("columns without a unit were ignored: " + String.join(", ", ignored));
        }
        return into.build();
    }

    /** Adds a problem unless {@link #MAX_PROBLEMS} are already listed; 1 if it was left out. */
    private static int add(Problems problems, Node.Position at, String path, String found, String allowed) {
        if (problems.list().size() >= MAX_PROBLEMS) {
            return 1;
        }
        problems.add(at, path, found, allowed);
        return 0;
    }

    /** A header's duration column, or empty when the name ends in no unit. */
    private static Optional<Column> column(int index, String header) {
        for (Unit unit : UNITS) {
            if (header.endsWith(unit.suffix()) && header.length() > unit.suffix().length()) {
                String quantity = camel(header.substring(0, header.length() - unit.suffix().length()));
                return quantity.isEmpty() ? Optional.empty() : Optional.of(new Column(index, header, quantity, unit));
            }
        }
        return Optional.empty();
    }

    /** {@code api_list} → {@code apiList}; {@code apiList} stays; {@code Latency} → {@code latency}. */
    static String camel(String prefix) {
        String[] parts = prefix.strip().split("[_\\-\\s]+");
        StringBuilder name = new StringBuilder();
        for (String part : parts) {
            if (part.isEmpty()) {
                continue;
            }
            String word = parts.length > 1 ? part.toLowerCase(Locale.ROOT) : part;
            name.append(name.length() == 0 ? Character.toLowerCase(word.charAt(0))
                    : Character.toUpperCase(word.charAt(0))).append(word.substring(1));
        }
        return name.toString();
    }

    private static Optional<BigDecimal> number(String text) {
        try {
            return Optional.of(new BigDecimal(text.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The index of the first line from {@code from} that is neither blank nor a comment, or -1. */
    private static int firstContent(List<String> lines, int from) {
        for (int i = from; i < lines.size(); i++) {
            String line = i == 0 && lines.get(i).startsWith("\uFEFF") ? lines.get(i).substring(1) : lines.get(i);
            if (!line.isBlank() && !line.stripLeading().startsWith("#")) {
                return i;
            }
        }
        return -1;
    }

    /** A field's text (unquoted, stripped) and the 1-based column where it starts. */
    private record Field(String text, int column) {
    }

    private static List<Field> split(String line) {
        List<Field> fields = new ArrayList<>();
        int start = line.startsWith("\uFEFF") ? 1 : 0;
        StringBuilder text = new StringBuilder();
        boolean quoted = false;
        int fieldStart = start;
        for (int i = start; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    text.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    text.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(new Field(text.toString().strip(), fieldStart + 1));
                text.setLength(0);
                fieldStart = i + 1;
            } else {
                text.append(c);
            }
        }
        fields.add(new Field(text.toString().strip(), fieldStart + 1));
        return fields;
    }
}
