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

    @Test
    void strictJsonSaysWhereAMissingCommaIs() {
        assertThatThrownBy(() -> yaml.parseJson("{\n  \"items\": [\n    {\"a\": 1}\n    {\"b\": 2}\n  ]\n}\n"))
                .isInstanceOfSatisfying(YamlSyntaxException.class, e -> {
                    assertThat(e.position().line()).isEqualTo(4);
                    assertThat(e.getMessage()).contains("expecting comma");
                });
    }

    @Test
    void strictJsonReadsTabsAndRefusesContentAfterTheValue() {
        Node root = yaml.parseJson("{\n\t\"a\": \"x\\/y\",\n\t\"b\": 2.50\n}");
        Node.Mapping mapping = (Node.Mapping) root;
        assertThat(((Node.Scalar) mapping.entries().get("a")).text()).isEqualTo("x/y");
        assertThat(mapping.entries().get("b")).isEqualTo(new Node.Scalar(new Node.Position(3, 7), "2.50",
                Node.Scalar.Kind.DECIMAL));
        assertThatThrownBy(() -> yaml.parseJson("{\"a\": 1}\n{\"a\": 2}"))
                .isInstanceOfSatisfying(YamlSyntaxException.class, e -> assertThat(e.position().line()).isEqualTo(2));
    }
}
