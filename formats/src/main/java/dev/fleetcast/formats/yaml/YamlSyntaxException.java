package dev.fleetcast.formats.yaml;

/** A document that is not well-formed YAML; says where and what. */
public final class YamlSyntaxException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Node.Position position;

    public YamlSyntaxException(Node.Position position, String message) {
        super(message);
        this.position = position;
    }

    public Node.Position position() {
        return position;
    }
}
