package dev.fleetcast.formats.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class YamlTreeTest {

    private final YamlTree yaml = new YamlTree();

    @Test
    void keepsLinesAndWhatYamlMadeOfEachScalar() {
        Node root = yaml.parse("""
                schemaVersion: 1
                name: "burst race"
                devices: 60
                share: 0.5
                gateways:
                  - name: gateway-1
                  - name: gateway-2
                empty:
                """);

        Node.Mapping mapping = (Node.Mapping) root;
        assertThat(mapping.entries().keySet()).containsExactly("schemaVersion", "name", "devices", "share", "gateways", "empty");
        assertThat(mapping.entries().get("devices")).isEqualTo(
                new Node.Scalar(new Node.Position(3, 10), "60", Node.Scalar.Kind.INTEGER));
        assertThat(((Node.Scalar) mapping.entries().get("share")).kind()).isEqualTo(Node.Scalar.Kind.DECIMAL);
        assertThat(((Node.Scalar) mapping.entries().get("name")).text()).isEqualTo("burst race");
        Node.Sequence gateways = (Node.Sequence) mapping.entries().get("gateways");
        assertThat(gateways.items()).hasSize(2);
        assertThat(gateways.items().get(1).position().line()).isEqualTo(7);
        assertThat(mapping.keyPositions().get("gateways").line()).isEqualTo(5);
        assertThat(mapping.entries().get("empty")).isInstanceOf(Node.Null.class);
    }

    @Test
    void aDuplicateKeyIsAnErrorAtTheSecondKey() {
        assertThatThrownBy(() -> yaml.parse("devices: 1\ngateways: 2\ndevices: 3\n"))
                .isInstanceOf(YamlSyntaxException.class)
                .hasMessageContaining("\"devices\" appears twice")
                .hasMessageContaining("first at line 1")
                .satisfies(e -> assertThat(((YamlSyntaxException) e).position().line()).isEqualTo(3));
    }

    @Test
    void brokenYamlSaysWhere() {
        assertThatThrownBy(() -> yaml.parse("devices: [1, 2\ngateways: 3\n"))
                .isInstanceOf(YamlSyntaxException.class)
                .satisfies(e -> assertThat(((YamlSyntaxException) e).position().line()).isPositive());
    }
}
