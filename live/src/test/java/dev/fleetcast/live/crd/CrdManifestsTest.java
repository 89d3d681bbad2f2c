package dev.fleetcast.live.crd;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinitionVersion;
import io.fabric8.kubernetes.api.model.apiextensions.v1.JSONSchemaProps;
import io.fabric8.kubernetes.client.CustomResource;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The shipped CRD manifests against WASMBED's, field by field. The WASMBED lists below were
 * taken by hand from lucadagati/retrospect, k8s/crds/gateway-crd.yaml and
 * k8s/crds/device-crd.yaml at the mirrored HEAD (facts only; the files are AGPL): one line per
 * schema node, {@code path type [format] [default] [enum] [nullable] [required]}.
 */
class CrdManifestsTest {

    static final String[] WASMBED_GATEWAY = {
        "spec object required=[endpoint]",
        "spec.endpoint string",
        "spec.port integer default=8080",
        "spec.tlsPort integer default=8443",
        "spec.region string",
        "spec.capabilities array",
        "spec.capabilities[] string",
        "spec.maxDevices integer default=100",
        "spec.resources object",
        "spec.resources.memory string",
        "spec.resources.cpu string",
        "spec.resources.storage string",
        "spec.config object",
        "spec.config.enrollmentTimeout string default=\"5m\"",
        "spec.config.heartbeatInterval string default=\"30s\"",
        "spec.config.connectionTimeout string default=\"10m\"",
        "status object",
        "status.phase string enum=[\"Pending\",\"Running\",\"Failed\",\"Stopped\"]",
        "status.connectedDevices integer",
        "status.enrolledDevices integer",
        "status.lastHeartbeat string format=date-time",
        "status.conditions array",
        "status.conditions[] object",
        "status.conditions[].type string",
        "status.conditions[].status string enum=[\"True\",\"False\",\"Unknown\"]",
        "status.conditions[].reason string",
        "status.conditions[].message string",
        "status.conditions[].lastTransitionTime string format=date-time",
        "status.resources object",
        "status.resources.memory string",
        "status.resources.cpu string",
        "status.resources.storage string",
    };

    static final String[] WASMBED_DEVICE = {
        "spec object required=[publicKey]",
        "spec.publicKey string",
        "spec.mcuType string default=\"Stm32F746gDisco\" enum=[\"Mps2An385\",\"Mps2An386\",\"Mps2An500\","
                + "\"Mps2An505\",\"Stm32Vldiscovery\",\"OlimexStm32H405\",\"Nrf52840DK\",\"Stm32F4Disco\","
                + "\"Stm32F746gDisco\",\"FrdmK64f\",\"Esp32DevkitC\",\"RenodeArduinoNano33Ble\","
                + "\"RenodeStm32F4Discovery\"]",
        "spec.deviceType string default=\"MCU\" enum=[\"MCU\",\"SENSOR\",\"ACTUATOR\"]",
        "spec.architecture string default=\"ARM_CORTEX_M\" enum=[\"ARM_CORTEX_M\",\"ARM_CORTEX_A\",\"X86\"]",
        "spec.preferredGateway string",
        "status object",
        "status.phase string default=\"Pending\" enum=[\"Pending\",\"Enrolling\",\"Enrolled\",\"Connected\","
                + "\"Disconnected\",\"Unreachable\"]",
        "status.gateway object nullable",
        "status.gateway.name string nullable",
        "status.gateway.endpoint string nullable",
        "status.gateway.connectedAt string format=date-time nullable",
        "status.connectedSince string format=date-time nullable",
        "status.lastHeartbeat string format=date-time nullable",
        "status.pairingMode boolean default=false",
        "status.pairing_mode boolean default=false",
    };

    /** What fleetcast adds: only these paths may exist beyond WASMBED's. */
    static final String[] FLEETCAST_GATEWAY = {"spec.weight", "status.assignedDevices"};
    static final String[] FLEETCAST_DEVICE = {"spec.region", "status.assignmentReason"};

    @Test
    void gatewayCrdHasWasmbedFieldsExactlyAndOnlyOptionalAdditions() {
        checkAgainstWasmbed(CrdManifests.gateways(), WASMBED_GATEWAY, FLEETCAST_GATEWAY);
    }

    @Test
    void deviceCrdHasWasmbedFieldsExactlyAndOnlyOptionalAdditions() {
        checkAgainstWasmbed(CrdManifests.devices(), WASMBED_DEVICE, FLEETCAST_DEVICE);
    }

    @Test
    void namesScopeSubresourceAndColumnsMatchWasmbedAndTheClasses() {
        checkNames(CrdManifests.gateways(), new Gateway(), "gateways", "gateway", "Gateway", "gw");
        checkNames(CrdManifests.devices(), new Device(), "devices", "device", "Device", "dev");
        assertThat(columns(CrdManifests.gateways())).containsKeys("Phase", "Devices", "Age");
        assertThat(columns(CrdManifests.devices())).containsEntry("Gateway", ".status.gateway.name")
                .containsKeys("Phase", "Age");
    }

    private static void checkNames(CustomResourceDefinition crd, CustomResource<?, ?> resource, String plural,
            String singular, String kind, String shortName) {
        assertThat(crd.getMetadata().getName()).isEqualTo(plural + "." + resource.getGroup());
        assertThat(crd.getSpec().getGroup()).isEqualTo(resource.getGroup());
        assertThat(crd.getSpec().getScope()).isEqualTo("Namespaced");
        assertThat(crd.getSpec().getNames().getPlural()).isEqualTo(plural).isEqualTo(resource.getPlural());
        assertThat(crd.getSpec().getNames().getSingular()).isEqualTo(singular).isEqualTo(resource.getSingular());
        assertThat(crd.getSpec().getNames().getKind()).isEqualTo(kind).isEqualTo(resource.getKind());
        assertThat(crd.getSpec().getNames().getShortNames()).containsExactly(shortName);
        assertThat(crd.getSpec().getVersions()).hasSize(1);
        CustomResourceDefinitionVersion version = crd.getSpec().getVersions().get(0);
        assertThat(version.getName()).isEqualTo(resource.getVersion());
        assertThat(version.getServed()).isTrue();
        assertThat(version.getStorage()).isTrue();
        assertThat(version.getSubresources().getStatus()).isNotNull();
        assertThat(version.getSubresources().getScale()).isNull();
    }

    private static Map<String, String> columns(CustomResourceDefinition crd) {
        Map<String, String> columns = new TreeMap<>();
        crd.getSpec().getVersions().get(0).getAdditionalPrinterColumns()
                .forEach(c -> columns.put(c.getName(), c.getJsonPath()));
        return columns;
    }

    private static void checkAgainstWasmbed(CustomResourceDefinition crd, String[] wasmbed, String[] additions) {
        Map<String, String> ours = new TreeMap<>();
        JSONSchemaProps root = crd.getSpec().getVersions().get(0).getSchema().getOpenAPIV3Schema();
        assertThat(root.getType()).isEqualTo("object");
        root.getProperties().forEach((name, props) -> flatten(name, props, ours));
        Map<String, String> theirs = new TreeMap<>();
        for (String line : wasmbed) {
            theirs.put(line.substring(0, line.indexOf(' ')), line);
        }
        // Every WASMBED node is present with the same type, format, default, enum, nullable, required.
        for (Map.Entry<String, String> node : theirs.entrySet()) {
            assertThat(ours).as("node %s", node.getKey()).containsEntry(node.getKey(), node.getValue());
        }
        // Anything else is one of fleetcast's declared additions, and none of them is required.
        TreeSet<String> extra = new TreeSet<>(ours.keySet());
        extra.removeAll(theirs.keySet());
        assertThat(extra).containsExactlyInAnyOrder(additions);
        for (String path : extra) {
            String parent = path.substring(0, path.lastIndexOf('.'));
            String leaf = path.substring(path.lastIndexOf('.') + 1);
            assertThat(ours.get(parent)).as("required of %s", parent).doesNotContain(leaf);
        }
    }

    private static void flatten(String path, JSONSchemaProps props, Map<String, String> out) {
        StringBuilder line = new StringBuilder(path).append(' ').append(props.getType());
        if (props.getFormat() != null) {
            line.append(" format=").append(props.getFormat());
        }
        if (props.getDefault() != null) {
            line.append(" default=").append(props.getDefault());
        }
        if (props.getEnum() != null && !props.getEnum().isEmpty()) {
            line.append(" enum=").append(props.getEnum().toString().replace(", ", ","));
        }
        if (Boolean.TRUE.equals(props.getNullable())) {
            line.append(" nullable");
        }
        if (props.getRequired() != null && !props.getRequired().isEmpty()) {
            line.append(" required=").append(props.getRequired().toString().replace(", ", ","));
        }
        out.put(path, line.toString());
        if (props.getProperties() != null) {
            props.getProperties().forEach((name, child) -> flatten(path + "." + name, child, out));
        }
        if (props.getItems() != null && props.getItems().getSchema() != null) {
            flatten(path + "[]", props.getItems().getSchema(), out);
        }
    }
}
