package dev.fleetcast.formats.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fleetcast.formats.validation.InvalidFileException;
import dev.fleetcast.formats.validation.Problem;
import dev.fleetcast.model.assignment.RoundRobin;
import dev.fleetcast.model.distribution.ExponentialDuration;
import dev.fleetcast.model.distribution.UniformDuration;
import dev.fleetcast.model.load.LoadProfile;
import dev.fleetcast.model.rebalance.MoveBudget;
import dev.fleetcast.model.scaling.KedaScaler;
import dev.fleetcast.model.scaling.LoadBalancerScaler;
import dev.fleetcast.model.scenario.AutoscalingSettings;
import dev.fleetcast.model.scenario.CreationProcess;
import dev.fleetcast.model.scenario.FailoverTrigger;
import dev.fleetcast.model.scenario.MessageLoad;
import dev.fleetcast.model.scenario.Fault;
import dev.fleetcast.model.scenario.PlatformScenario;
import dev.fleetcast.model.scenario.ReadMode;
import dev.fleetcast.model.scenario.ScalingRule;
import dev.fleetcast.model.scenario.WasmbedDefaults;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioReaderTest {

    private static final long S = 1_000_000_000L;

    private final ScenarioReader reader = new ScenarioReader();

    @Test
    void readsAFullScenario() {
        ScenarioFile file = reader.read("failover.yaml", """
                schemaVersion: 1
                name: failover
                seed: 42
                replications: 20
                devices: 100
                creation: {kind: steady, start: 35s, interval: 500ms}
                gateways:
                  - {name: gateway-1, maxDevices: 50, weight: 2, region: eu}
                  - {name: gateway-2}
                controller:
                  policy: round-robin
                  discipline: optimistic
                  maxAttempts: 7
                  workers: 4
                  readMode: list
                  requeueInterval: 15s
                  failoverTrigger: heartbeat-timeout
                  rebalance: {maxMoves: 5, interval: 10s}
                latencies:
                  podStartup: uniform(10s, 20s)
                  handshake: 200ms
                heartbeat: {unreachableAfter: 60s}
                faults:
                  - {at: 5m, gateway: gateway-1, kind: restart, duration: 30s}
                  - {at: 10m, gateway: gateway-2, kind: kill}
                  - {at: 20m, gateway: gateway-2, kind: add}
                duration: 1h
                samplingInterval: 5s
                """);

        PlatformScenario scenario = file.scenario();
        assertThat(file.seed()).isEqualTo(42);
        assertThat(file.replications()).isEqualTo(20);
        assertThat(scenario.creation()).isEqualTo(new CreationProcess.Steady(35 * S, S / 2));
        assertThat(scenario.gateways().get(0).maxDevices()).isEqualTo(50);
        assertThat(scenario.gateways().get(0).weight()).isEqualTo(2.0);
        assertThat(scenario.gateways().get(0).region()).isEqualTo("eu");
        assertThat(scenario.gateways().get(1).maxDevices()).isEqualTo(100);
        assertThat(scenario.controller().discipline().name()).isEqualTo("optimistic");
        assertThat(scenario.controller().workers()).isEqualTo(4);
        assertThat(scenario.controller().readMode()).isEqualTo(ReadMode.LIST);
        assertThat(scenario.controller().requeueIntervalNanos()).isEqualTo(15 * S);
        assertThat(scenario.controller().failoverTrigger()).isEqualTo(FailoverTrigger.HEARTBEAT_TIMEOUT);
        assertThat(scenario.latencies().podStartup()).isEqualTo(new UniformDuration(10 * S, 20 * S));
        assertThat(scenario.latencies().handshake()).isEqualTo(new UniformDuration(S / 5, S / 5));
        assertThat(scenario.latencies().apiWrite()).as("a default").isEqualTo(WasmbedDefaults.latencies().apiWrite());
        assertThat(scenario.heartbeat().unreachableAfterNanos()).isEqualTo(60 * S);
        assertThat(scenario.heartbeat().intervalNanos()).isEqualTo(30 * S);
        assertThat(scenario.faults()).containsExactly(
                new Fault(300 * S, "gateway-1", Fault.Kind.RESTART, 30 * S),
                new Fault(600 * S, "gateway-2", Fault.Kind.KILL, 0),
                new Fault(1_200 * S, "gateway-2", Fault.Kind.ADD, 0));
        assertThat(scenario.controller().rebalance()).contains(new MoveBudget(5, 10 * S));
        assertThat(scenario.durationNanos()).isEqualTo(3_600 * S);
        assertThat(scenario.samplingIntervalNanos()).isEqualTo(5 * S);
    }

    @Test
    void aShortScenarioGetsTheDefaults() {
        ScenarioFile file = reader.read("short.yaml", """
                schemaVersion: 1
                devices: 40
                creation: {kind: burst}
                gateways: 2
                controller: {policy: round-robin, discipline: blind}
                duration: 10m
                """);

        assertThat(file.seed()).isEqualTo(1);
        assertThat(file.replications()).isEqualTo(10);
        assertThat(file.scenario().gateways()).isEqualTo(WasmbedDefaults.gateways(2));
        assertThat(file.scenario().controller().workers()).isEqualTo(1);
        assertThat(file.scenario().latencies()).isEqualTo(WasmbedDefaults.latencies());
        assertThat(file.scenario().faults()).isEmpty();
    }

    @Test
    void reportsEveryProblemAtOnceEachWithLineAndField() {
        assertThatThrownBy(() -> reader.read("bad.yaml", """
                schemaVersion: 2
                devices: 0
                creation: {kind: trickle}
                gateways:
                  - {name: gateway-1}
                  - {name: gateway-1}
                controller:
                  policy: fastest
                  discipline: blind
                  workerz: 3
                latencies:
                  podStartup: uniform(40s, 20s)
                faults:
                  - {at: 10x, gateway: gateway-9, kind: kill}
                duration: 1h
                """))
                .isInstanceOf(InvalidFileException.class)
                .satisfies(e -> {
                    List<Problem> problems = ((InvalidFileException) e).problems();
                    assertThat(problems).extracting(Problem::path).containsExactlyInAnyOrder(
                            "schemaVersion", "devices", "creation.kind", "gateways[1].name", "controller.policy",
                            "controller.workerz", "latencies.podStartup", "faults[0].at", "faults[0].gateway");
                    assertThat(problems).allSatisfy(p -> assertThat(p.position().line()).isPositive());
                    assertThat(problems).filteredOn(p -> p.path().equals("devices")).singleElement()
                            .satisfies(p -> {
                                assertThat(p.position().line()).isEqualTo(2);
                                assertThat(p.format()).isEqualTo(
                                        "bad.yaml:2:10: devices: found 0; allowed: a whole number from 1 to 100000000");
                            });
                    assertThat(problems).filteredOn(p -> p.path().equals("controller.policy")).singleElement()
                            .satisfies(p -> assertThat(p.allowed()).contains("round-robin"));
                    assertThat(e.getMessage()).startsWith("bad.yaml: 9 problems");
                });
    }

    @Test
    void aMissingFileAndBrokenYamlAreProblemsToo(@TempDir Path temp) {
        assertThatThrownBy(() -> reader.read(temp.resolve("nope.yaml")))
                .isInstanceOf(InvalidFileException.class)
                .hasMessageContaining("nope.yaml")
                .hasMessageContaining("no such file");
        assertThatThrownBy(() -> reader.read("broken.yaml", "devices: [1, 2\n"))
                .isInstanceOf(InvalidFileException.class)
                .hasMessageContaining("broken.yaml:")
                .hasMessageContaining("malformed YAML");
    }

    @Test
    void requiredFieldsAreNamed() {
        assertThatThrownBy(() -> reader.read("empty.yaml", "schemaVersion: 1\n"))
                .isInstanceOf(InvalidFileException.class)
                .satisfies(e -> assertThat(((InvalidFileException) e).problems()).extracting(Problem::path)
                        .containsExactly("devices", "creation", "gateways", "controller", "duration"));
    }

    private static final String CALIBRATED_SCENARIO = """
            schemaVersion: 1
            devices: 10
            creation: {kind: burst}
            gateways: 2
            controller: {policy: round-robin, discipline: ledger}
            calibration: calibration/kind.yaml
            latencies: {apiList: 50ms}
            duration: 10m
            """;

    @Test
    void aCalibrationFillsWhatTheScenarioLeavesOutAndInlineValuesWin(@TempDir Path temp) throws Exception {
        Files.createDirectories(temp.resolve("calibration"));
        Files.writeString(temp.resolve("calibration/kind.yaml"), """
                schemaVersion: 1
                kind: calibration
                quantities:
                  podStartup: exponential(mean=30s)
                  apiList: 999ms
                  apiWrite: 20ms
                  listPerDevice: 1ms
                  watchDelay: 30ms
                  handshake: 200ms
                  failureNoticed: 10s
                  gatewayRollout: 20s
                """);
        Files.writeString(temp.resolve("s.yaml"), CALIBRATED_SCENARIO);

        ScenarioFile file = reader.read(temp.resolve("s.yaml"));

        var latencies = file.scenario().latencies();
        assertThat(latencies.podStartup()).isEqualTo(new ExponentialDuration(30 * S));   // calibrated
        assertThat(latencies.apiList()).isEqualTo(new UniformDuration(50_000_000, 50_000_000)); // inline wins
        assertThat(latencies.handshake()).isEqualTo(new UniformDuration(200_000_000, 200_000_000)); // calibrated
        assertThat(file.calibration()).hasValueSatisfying(c -> assertThat(c.sha256()).hasSize(64));
    }

    @Test
    void aCalibratedScenarioTakesNoDefaultsAndNamesWhatIsMissing(@TempDir Path temp) throws Exception {
        Files.createDirectories(temp.resolve("calibration"));
        Files.writeString(temp.resolve("calibration/kind.yaml"), """
                schemaVersion: 1
                kind: calibration
                quantities: {podStartup: exponential(mean=30s), watchDelay: 30ms}
                """);
        Files.writeString(temp.resolve("s.yaml"), CALIBRATED_SCENARIO);

        assertThatThrownBy(() -> reader.read(temp.resolve("s.yaml"))).isInstanceOf(InvalidFileException.class)
                .hasMessageContaining("calibration: found a calibration file without apiWrite, failureNoticed, "
                        + "gatewayRollout, handshake, listPerDevice, which the scenario does not give either");
    }

    @Test
    void aBrokenCalibrationReportsItsOwnProblemsWithTheScenarios(@TempDir Path temp) throws Exception {
        Files.createDirectories(temp.resolve("calibration"));
        Files.writeString(temp.resolve("calibration/kind.yaml"), """
                schemaVersion: 1
                kind: calibration
                quantities: {podStartup: triangular(1s)}
                """);
        Files.writeString(temp.resolve("s.yaml"), CALIBRATED_SCENARIO.replace("devices: 10", "devices: 0"));

        assertThatThrownBy(() -> reader.read(temp.resolve("s.yaml")))
                .isInstanceOfSatisfying(InvalidFileException.class, e -> assertThat(e.problems())
                        .extracting(p -> Path.of(p.file()).getFileName().toString() + " " + p.path())
                        .containsExactlyInAnyOrder("s.yaml calibration", "kind.yaml quantities.podStartup",
                                "s.yaml devices"));
        Files.delete(temp.resolve("calibration/kind.yaml"));
        assertThatThrownBy(() -> reader.read(temp.resolve("s.yaml")))
                .isInstanceOf(InvalidFileException.class).hasMessageContaining("kind.yaml: found no such file");
    }

    @Test
    void aRecordedCreationHasOneTimePerDeviceInOrder() {
        ScenarioFile file = reader.read("r.yaml", """
                schemaVersion: 1
                devices: 3
                creation: {kind: recorded, times: [35s, 35.5s, 1m]}
                gateways: 2
                controller: {policy: round-robin, discipline: ledger}
                duration: 10m
                """);
        assertThat(file.scenario().creation())
                .isEqualTo(new CreationProcess.Recorded(List.of(35 * S, 35_500_000_000L, 60 * S)));

        assertThatThrownBy(() -> reader.read("r.yaml", """
                schemaVersion: 1
                devices: 3
                creation: {kind: recorded, times: [35s, 30s]}
                gateways: 2
                controller: {policy: round-robin, discipline: ledger}
                duration: 10m
                """)).isInstanceOfSatisfying(InvalidFileException.class, e -> assertThat(e.problems())
                        .extracting(Problem::format).containsExactly(
                                "r.yaml:3:41: creation.times[1]: found 30s; allowed: a time no earlier than the one "
                                        + "before it (35s)"));
        assertThatThrownBy(() -> reader.read("r.yaml", """
                schemaVersion: 1
                devices: 3
                creation: {kind: recorded, times: [35s, 40s]}
                gateways: 2
                controller: {policy: round-robin, discipline: ledger}
                duration: 10m
                """)).hasMessageContaining("creation.times: found 2 times; allowed: one time per device (devices: 3)");
    }

    private static final String LOADED = """
            schemaVersion: 1
            devices: 10
            creation: {kind: burst}
            gateways: 2
            controller: {policy: round-robin, discipline: ledger}
            duration: 10m
            load:
            """;

    @Test
    void readsEachLoadProfile() {
        assertThat(reader.read("l.yaml", LOADED + """
                  profile: {kind: ramp, from: 0.1, to: 1, start: 5m, end: 15m}
                  serviceTime: exponential(mean=5ms)
                  workers: 2
                """).scenario().load()).contains(new MessageLoad(new LoadProfile.Ramp(0.1, 1, 300 * S, 900 * S),
                        new ExponentialDuration(5_000_000L), 2));
        assertThat(reader.read("l.yaml", LOADED + """
                  profile: {kind: diurnal, mean: 1, amplitude: 0.5, peak: 14h}
                  serviceTime: 5ms
                """).scenario().load().orElseThrow().profile())
                .isEqualTo(new LoadProfile.Diurnal(1, 0.5, 24 * 3600 * S, 14 * 3600 * S));
        assertThat(reader.read("l.yaml", LOADED + """
                  profile: {kind: spike, base: 0.1, peak: 2, at: 10m, duration: 1m}
                  serviceTime: 5ms
                """).scenario().load().orElseThrow().profile()).isEqualTo(new LoadProfile.Spike(0.1, 2, 600 * S, 60 * S));
    }

    @Test
    void reportsEveryLoadProblem() {
        assertThatThrownBy(() -> reader.read("l.yaml", LOADED + """
                  profile: {kind: ramp, from: -1, to: 1, start: 5m, end: 1m}
                  serviceTime: triangular(1ms)
                  workers: 0
                """)).isInstanceOfSatisfying(InvalidFileException.class, e -> assertThat(e.problems())
                        .extracting(Problem::path)
                        .containsExactlyInAnyOrder("load.profile.from", "load.serviceTime", "load.workers"));
        assertThatThrownBy(() -> reader.read("l.yaml", LOADED + """
                  profile: {kind: ramp, from: 0, to: 1, start: 5m, end: 1m}
                  serviceTime: 1ms
                """)).hasMessageContaining("load.profile: found values that do not fit together (ramp: end");
        assertThatThrownBy(() -> reader.read("l.yaml", LOADED + """
                  profile: {kind: sawtooth}
                  serviceTime: 1ms
                """)).hasMessageContaining("load.profile.kind: found \"sawtooth\"; allowed: one of steady, step, ramp, "
                        + "diurnal, spike");
    }

    private static final String SCALED = """
            schemaVersion: 1
            devices: 10
            creation: {kind: burst}
            gateways: 2
            controller: {policy: round-robin, discipline: ledger}
            duration: 10m
            load: {profile: {kind: steady, rate: 1}, serviceTime: 5ms}
            autoscaling:
            """;

    @Test
    void readsAnAutoscalingSectionWithAnHpaManifestBesideTheScenario(@TempDir Path temp) throws Exception {
        Files.writeString(temp.resolve("hpa.yaml"), """
                apiVersion: autoscaling/v2
                kind: HorizontalPodAutoscaler
                metadata: {name: g}
                spec:
                  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: gateway-2-deployment}
                  minReplicas: 3
                  maxReplicas: 6
                  metrics:
                  - type: Resource
                    resource: {name: cpu, target: {type: Utilization, averageUtilization: 60}}
                """);
        Files.writeString(temp.resolve("s.yaml"), SCALED + """
                  gateway: gateway-2
                  scaler: {kind: hpa, manifest: hpa.yaml, settings: {tolerance: 0.05, syncPeriod: 30s}}
                  resources: {cpuRequest: 250m, memoryRequest: 128Mi}
                """);

        AutoscalingSettings a = reader.read(temp.resolve("s.yaml")).scenario().autoscaling().orElseThrow();

        assertThat(a.gateway()).isEqualTo("gateway-2");
        assertThat(a.initialReplicas()).isEqualTo(3); // the HPA's minReplicas
        assertThat(a.resources().cpuRequestMillis()).isEqualTo(250);
        assertThat(a.resources().memoryRequestBytes()).isEqualTo(128L << 20);
        ScalingRule.Hpa hpa = (ScalingRule.Hpa) a.rule();
        assertThat(hpa.spec().maxReplicas()).isEqualTo(6);
        assertThat(hpa.settings().tolerance()).isEqualTo(0.05);
        assertThat(hpa.settings().syncPeriodNanos()).isEqualTo(30 * S);
    }

    @Test
    void readsKedaAndLoadBalancerScalersWithTheirDefaults() {
        ScalingRule keda = reader.read("k.yaml", SCALED + """
                  gateway: gateway-1
                  scaler: {kind: keda, target: 40}
                """).scenario().autoscaling().orElseThrow().rule();
        assertThat(((ScalingRule.Observing) keda).scaler()).isEqualTo(KedaScaler.withDefaults(40));
        ScalingRule lb = reader.read("l.yaml", SCALED + """
                  gateway: gateway-1
                  scaler: {kind: load-balancer, maxReplicas: 4}
                """).scenario().autoscaling().orElseThrow().rule();
        LoadBalancerScaler d = LoadBalancerScaler.withDefaults();
        assertThat(((ScalingRule.Observing) lb).scaler()).isEqualTo(new LoadBalancerScaler(d.thresholds(), 1, 4,
                d.periodNanos(), d.quietWindowNanos(), d.scaleInBelow(), d.scaleOutCooldownNanos()));
    }

    @Test
    void theNumberOfGatewaysCanBeScaledButNotByTheHpa() {
        AutoscalingSettings pool = reader.read("p.yaml", SCALED + """
                  scope: gateways
                  initialReplicas: 1
                  scaler: {kind: load-balancer, maxReplicas: 2}
                """).scenario().autoscaling().orElseThrow();
        assertThat(pool.scope()).isEqualTo(AutoscalingSettings.Scope.GATEWAYS);
        assertThat(pool.initialReplicas()).isEqualTo(1);
        assertThatThrownBy(() -> reader.read("p.yaml", SCALED + """
                  scope: gateways
                  gateway: gateway-1
                  scaler: {kind: keda, target: 5}
                """)).hasMessageContaining("autoscaling.gateway: found a gateway");
        assertThatThrownBy(() -> reader.read("p.yaml", SCALED + """
                  scope: gateways
                  initialReplicas: 3
                  scaler: {kind: keda, target: 5}
                """)).hasMessageContaining("3 gateways at the start, but only 2 are declared");
    }

    @Test
    void reportsAutoscalingProblemsIncludingTheManifestsOwn(@TempDir Path temp) throws Exception {
        Files.writeString(temp.resolve("hpa.yaml"), "apiVersion: autoscaling/v1\nkind: HorizontalPodAutoscaler\n");
        Files.writeString(temp.resolve("s.yaml"), SCALED + """
                  gateway: gateway-9
                  scaler: {kind: hpa, manifest: hpa.yaml}
                  resources: {cpuRequest: lots}
                """);
        assertThatThrownBy(() -> reader.read(temp.resolve("s.yaml")))
                .isInstanceOfSatisfying(InvalidFileException.class, e -> assertThat(e.problems())
                        .extracting(Problem::path)
                        .contains("autoscaling.gateway", "autoscaling.scaler.manifest", "apiVersion",
                                "autoscaling.resources.cpuRequest"));
        assertThatThrownBy(() -> reader.read("x.yaml", SCALED.replace("load: {profile: {kind: steady, rate: 1}, "
                + "serviceTime: 5ms}\n", "") + """
                  gateway: gateway-1
                  scaler: {kind: keda, target: 1}
                """)).hasMessageContaining("autoscaling needs a message load");
    }
}
