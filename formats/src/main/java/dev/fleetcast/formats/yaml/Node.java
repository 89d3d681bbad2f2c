package dev.fleetcast.formats.yaml;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A YAML (or JSON) document as a tree in which every node knows where it was written, so
 * that validation can point at the line of a bad value.
 */
public sealed interface Node {

    /** The node's position in its file. */
    Position position();

    /** A short description of the node for messages: {@code "a list"}, {@code "\"30x\""}. */
    String describe();

    /** Where a node was written: 1-based line and column. */
    record Position(int line, int column) {
        @Override
        public String toString() {
            return line + ":" + column;
        }
    }

    /** A mapping; keys in file order, each with the position of its key. */
    record Mapping(Position position, Map<String, Node> entries, Map<String, Position> keyPositions) implements Node {
        public Mapping {
            entries = new LinkedHashMap<>(entries);
            keyPositions = new LinkedHashMap<>(keyPositions);
        }

        @Override
        public String describe() {
            return "a mapping";
        }
    }

    /** A sequence. */
    record Sequence(Position position, List<Node> items) implements Node {
        public Sequence {
            items = List.copyOf(items);
        }

        @Override
        public String describe() {
            return "a list";
        }
    }

    /**
     * A scalar as written. {@code text} is the scalar's text; {@code quoted} tells a string
     * that was quoted (or a JSON string) from one that YAML would read as a number or boolean.
     */
    record Scalar(Position position, String text, Kind kind) implements Node {
        /** What YAML made of the scalar. */
        public enum Kind { STRING, INTEGER, DECIMAL, BOOLEAN }

        @Override
        public String describe() {
            return kind == Kind.STRING ? "\"" + text + "\"" : text;
        }
    }

    /** An explicit null ({@code ~}, {@code null} or nothing after the colon). */
    record Null(Position position) implements Node {
        @Override
        public String describe() {
            return "nothing (null)";
        }
    }
}
