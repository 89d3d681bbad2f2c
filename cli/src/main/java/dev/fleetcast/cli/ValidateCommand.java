package dev.fleetcast.cli;

import dev.fleetcast.formats.scenario.ScenarioFile;
import dev.fleetcast.model.scenario.PlatformScenario;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code fleetcast validate}: checks a scenario file and reports every problem in it. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Checks a scenario file and reports every problem in it, each with line, field, what was "
                + "found and what is allowed. Runs nothing.")
final class ValidateCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "SCENARIO", description = "The scenario file (YAML).")
    Path scenario;

    @Override
    public void run() {
        ScenarioFile file = Scenarios.read(scenario);
        PlatformScenario s = file.scenario();
        spec.commandLine().getOut().printf("%s: valid — %s: %d devices, %d gateways, policy %s, discipline %s, "
                        + "%d replications, seed %d%n", scenario, s.name(), s.devices(), s.gateways().size(),
                s.controller().policy().name(), s.controller().discipline().name(), file.replications(), file.seed());
    }
}
