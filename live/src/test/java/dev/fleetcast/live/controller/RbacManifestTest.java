package dev.fleetcast.live.controller;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.rbac.PolicyRule;
import io.fabric8.kubernetes.api.model.rbac.Role;
import io.fabric8.kubernetes.api.model.rbac.RoleBinding;
import io.fabric8.kubernetes.client.utils.Serialization;
import java.io.InputStream;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The shipped RBAC manifest: least privilege, no wildcards, each role bound to its account. */
class RbacManifestTest {

    static List<HasMetadata> objects;

    @BeforeAll
    static void parse() throws Exception {
        try (InputStream in = RbacManifestTest.class.getResourceAsStream("/k8s/rbac.yaml")) {
            Object parsed = Serialization.unmarshal(in);
            // a multi-document stream comes back as a list of objects
            objects = ((List<?>) parsed).stream().map(HasMetadata.class::cast).toList();
        }
    }

    @Test
    void noWildcardsAnywhere() {
        for (Role role : roles()) {
            for (PolicyRule rule : role.getRules()) {
                assertThat(rule.getVerbs()).as(role.getMetadata().getName()).isNotEmpty().doesNotContain("*");
                assertThat(rule.getResources()).as(role.getMetadata().getName()).isNotEmpty().doesNotContain("*");
                assertThat(rule.getApiGroups()).as(role.getMetadata().getName()).doesNotContain("*");
                assertThat(rule.getResourceNames()).as(role.getMetadata().getName()).isNullOrEmpty();
                assertThat(rule.getNonResourceURLs()).isNullOrEmpty();
            }
        }
        assertThat(objects).noneMatch(o -> o.getKind().startsWith("Cluster"));
    }

    @Test
    void controllerHasExactlyWhatItNeeds() {
        Set<String> grants = grants("fleetcast-controller");
        assertThat(grants).contains(
                "wasmbed.github.io/devices:get", "wasmbed.github.io/devices:list", "wasmbed.github.io/devices:watch",
                "wasmbed.github.io/devices/status:patch", "wasmbed.github.io/devices/status:update",
                "wasmbed.io/gateways:get", "wasmbed.io/gateways:list", "wasmbed.io/gateways:watch",
                "wasmbed.io/gateways/status:patch", "wasmbed.io/gateways/status:update",
                "apps/deployments:create", "apps/deployments:delete", "apps/deployments:watch",
                "apps/deployments:update", "/services:create", "/services:delete", "/services:watch",
                "coordination.k8s.io/leases:create", "coordination.k8s.io/leases:get",
                "coordination.k8s.io/leases:update", "/events:create");
        // it never writes a Device's or Gateway's spec, and never deletes them
        assertThat(grants).noneMatch(g -> g.matches("wasmbed\\.(github\\.)?io/(devices|gateways):(create|update|patch|delete)"));
        assertThat(grants).noneMatch(g -> g.contains("secrets") || g.contains("pods"));
    }

    @Test
    void gatewayServerReadsDevicesAndPatchesOnlyStatuses() {
        assertThat(grants("fleetcast-gateway")).containsExactlyInAnyOrder(
                "wasmbed.github.io/devices:get", "wasmbed.github.io/devices:list", "wasmbed.github.io/devices:watch",
                "wasmbed.github.io/devices/status:patch", "wasmbed.io/gateways/status:patch");
    }

    @Test
    void eachRoleIsBoundToItsOwnServiceAccount() {
        Set<String> accounts = objects.stream().filter(ServiceAccount.class::isInstance)
                .map(o -> o.getMetadata().getName()).collect(Collectors.toSet());
        assertThat(accounts).containsExactlyInAnyOrder("fleetcast-controller", "fleetcast-gateway");
        for (RoleBinding binding : objects.stream().filter(RoleBinding.class::isInstance).map(RoleBinding.class::cast)
                .toList()) {
            assertThat(binding.getRoleRef().getKind()).isEqualTo("Role");
            assertThat(binding.getSubjects()).singleElement().satisfies(s -> {
                assertThat(s.getKind()).isEqualTo("ServiceAccount");
                assertThat(s.getName()).isEqualTo(binding.getRoleRef().getName());
                assertThat(accounts).contains(s.getName());
            });
        }
        assertThat(objects).allMatch(o -> "fleetcast".equals(o.getMetadata().getLabels().get("app.kubernetes.io/managed-by")));
    }

    private static List<Role> roles() {
        return objects.stream().filter(Role.class::isInstance).map(Role.class::cast).toList();
    }

    /** Every (group/resource:verb) the named Role grants. */
    private static Set<String> grants(String role) {
        Role found = roles().stream().filter(r -> r.getMetadata().getName().equals(role)).findFirst().orElseThrow();
        Set<String> grants = new TreeSet<>();
        for (PolicyRule rule : found.getRules()) {
            for (String group : rule.getApiGroups()) {
                for (String resource : rule.getResources()) {
                    for (String verb : rule.getVerbs()) {
                        grants.add(group + "/" + resource + ":" + verb);
                    }
                }
            }
        }
        return grants;
    }
}
