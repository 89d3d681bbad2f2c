package dev.fleetcast.formats.yaml;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads YAML (and therefore JSON) into a located {@link Node} tree with Jackson's streaming
 * YAML parser. Jackson's own tree model drops positions, and validation needs them.
 */
public final class YamlTree {

    private final YAMLMapper mapper = YAMLMapper.builder().build();
    private final JsonMapper jsonMapper = JsonMapper.builder().build();

    /**
     * Parses {@code text}.
     *
     * @throws YamlSyntaxException if it is not well-formed YAML, or a mapping repeats a key
     */
    public Node parse(String text) {
        return parse(mapper.createParser(text), false);
    }

    /**
     * Parses {@code text} as strict JSON: for files that must be JSON (kubectl dumps, traces),
     * so that a missing comma is reported as JSON's error at its place rather than read as
     * some other YAML, and tabs and escapes mean what JSON says.
     *
     * @throws YamlSyntaxException if it is not well-formed JSON (the message is the parser's),
     *     has content after the first value, or a mapping repeats a key
     */
    public Node parseJson(String text) {
        return parse(jsonMapper.createParser(text), true);
    }

    /** @param single whether anything after the first value is an error (JSON; YAML keeps its old leniency) */
    private static Node parse(JsonParser opened, boolean single) {
        try (JsonParser parser = opened) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return new Node.Null(new Node.Position(1, 1));
            }
            Node root = read(parser);
            if (single && parser.nextToken() != null) {
                throw new YamlSyntaxException(position(parser.currentTokenLocation()),
                        "more content after the end of the document");
            }
            return root;
        } catch (JacksonException e) {
            TokenStreamLocation where = e.getLocation();
            int line = where == null ? 0 : where.getLineNr();
            int column = where == null ? 0 : where.getColumnNr();
            throw new YamlSyntaxException(new Node.Position(line, column), e.getOriginalMessage());
        }
    }

    private static Node read(JsonParser parser) {
        Node.Position position = position(parser.currentTokenLocation());
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT: {
                Map<String, Node> entries = new LinkedHashMap<>();
                Map<String, Node.Position> keys = new LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                    String key = parser.currentName();
                    Node.Position keyPosition = position(parser.currentTokenLocation());
                    if (keys.containsKey(key)) {
                        throw new YamlSyntaxException(keyPosition, "the key \"" + key + "\" appears twice in one mapping"
                                + " (first at line " + keys.get(key).line() + ")");
                    }
                    parser.nextToken();
                    keys.put(key, keyPosition);
                    entries.put(key, read(parser));
                }
                return new Node.Mapping(position, entries, keys);
            }
            case START_ARRAY: {
                List<Node> items = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    items.add(read(parser));
                }
                return new Node.Sequence(position, items);
            }
            case VALUE_STRING:
                return new Node.Scalar(position, parser.getString(), Node.Scalar.Kind.STRING);
            case VALUE_NUMBER_INT:
                return new Node.Scalar(position, parser.getString(), Node.Scalar.Kind.INTEGER);
            case VALUE_NUMBER_FLOAT:
                return new Node.Scalar(position, parser.getString(), Node.Scalar.Kind.DECIMAL);
            case VALUE_TRUE:
            case VALUE_FALSE:
                return new Node.Scalar(position, parser.getString(), Node.Scalar.Kind.BOOLEAN);
            case VALUE_NULL:
                return new Node.Null(position);
            default:
                throw new YamlSyntaxException(position, "unexpected " + token);
        }
    }

    private static Node.Position position(TokenStreamLocation location) {
        return new Node.Position(location.getLineNr(), location.getColumnNr());
    }
}
