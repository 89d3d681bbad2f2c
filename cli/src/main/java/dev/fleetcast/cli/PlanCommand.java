package dev.fleetcast.cli;

import dev.fleetcast.experiments.plan.CapacityPlanner;
import dev.fleetcast.experiments.run.ReplicationRunner;
import dev.fleetcast.formats.scenario.ScenarioFile;
import dev.fleetcast.model.scenario.Objective;
import dev.fleetcast.model.scenario.PlanSettings;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code fleetcast plan SCENARIO}: the smallest gateway count that meets the scenario's
 * objectives with the stated confidence, and the evidence table behind the answer.
 */
@Command(name = "plan", mixinStandardHelpOptions = true,
        description = {"Capacity planning: the smallest number of gateways for which each objective in the scenario's "
                + "plan section is violated in at most `risk` of runs, with `confidence`; prints the evidence "
                + "(docs/scenarios.md, \"plan\")."})
final class PlanCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "SCENARIO", description = "A scenario file with a plan section.")
    Path scenario;

    @Option(names = "--seed", paramLabel = "N", description = "Seed (default: the scenario's).")
    Long seed;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: the number of processors).")
    Integer threads;

    @Option(names = "--json", description = "Print the plan and its evidence as JSON.")
    boolean json;

    @Override
    public void run() {
        ScenarioFile file = Scenarios.read(scenario);
        PlanSettings settings = file.plan().orElseThrow(() -> new UserInputException(scenario
                + ": no plan section (objectives and a gateway range); see docs/scenarios.md, \"plan\""));
        long runSeed = seed != null ? seed : file.seed();
        ProgressBar bar = new ProgressBar(spec.commandLine().getErr(), "plan");
        CapacityPlanner.Plan plan = new CapacityPlanner(file.scenario(), settings, runSeed,
                new ReplicationRunner(threads != null ? Math.max(1, threads) : Runtime.getRuntime().availableProcessors()),
                (gateways, done, total) -> bar.finished(done, total)).plan();
        PrintWriter out = spec.commandLine().getOut();
        out.print(json ? json(file, settings, runSeed, plan) : table(file, settings, runSeed, plan));
        out.flush();
    }

    static String table(ScenarioFile file, PlanSettings settings, long seed, CapacityPlanner.Plan plan) {
        StringBuilder text = new StringBuilder();
        text.append(String.format(Locale.ROOT, "%s: %d devices; each objective violated in at most %.0f%% of runs, with "
                + "%.0f%% confidence (Clopper–Pearson), up to %d runs per candidate, seed %d%n", file.scenario().name(),
                file.scenario().devices(), settings.risk() * 100, settings.confidence() * 100, settings.replications(), seed));
        text.append(plan.answer().isPresent()
                ? "Answer: " + plan.answer().getAsInt() + " gateways\n"
                : "Answer: none — even " + settings.toGateways() + " gateways do not meet the objectives\n");
        text.append("Evidence: violations / runs, estimated probability, upper bound\n");
        text.append(String.format(Locale.ROOT, "  %8s", "gateways"));
        for (Objective objective : settings.objectives()) {
            text.append(String.format(Locale.ROOT, "  %-34s", objective.metric() + " ≤ " + limit(objective)));
        }
        text.append("  meets\n");
        for (CapacityPlanner.Candidate candidate : plan.candidates()) {
            text.append(String.format(Locale.ROOT, "  %8d", candidate.gateways()));
            for (CapacityPlanner.Evidence e : candidate.evidence()) {
                text.append(String.format(Locale.ROOT, "  %-34s", String.format(Locale.ROOT, "%d/%d  p=%.3f  ≤%.3f",
                        e.violations(), e.runs(), e.estimate(), e.upperBound())));
            }
            text.append(candidate.meets() ? "  yes" : "  no").append('\n');
        }
        return text.toString();
    }

    private static String limit(Objective objective) {
        String value = BigDecimal.valueOf(objective.max()).stripTrailingZeros().toPlainString();
        return Objective.DURATIONS.contains(objective.metric()) ? value + "s" : value;
    }

    static String json(ScenarioFile file, PlanSettings settings, long seed, CapacityPlanner.Plan plan) {
        JsonMapper mapper = JsonMapper.builder().build();
        ObjectNode root = mapper.createObjectNode();
        root.put("kind", "capacity-plan");
        root.put("schemaVersion", 1);
        root.put("scenario", file.scenario().name());
        root.put("seed", seed);
        root.put("risk", settings.risk());
        root.put("confidence", settings.confidence());
        if (plan.answer().isPresent()) {
            root.put("gateways", plan.answer().getAsInt());
        } else {
            root.putNull("gateways");
        }
        ArrayNode candidates = root.putArray("candidates");
        for (CapacityPlanner.Candidate candidate : plan.candidates()) {
            ObjectNode c = candidates.addObject();
            c.put("gateways", candidate.gateways());
            c.put("meets", candidate.meets());
            ArrayNode evidence = c.putArray("objectives");
            for (CapacityPlanner.Evidence e : candidate.evidence()) {
                ObjectNode o = evidence.addObject();
                o.put("metric", e.objective().metric());
                o.put("max", e.objective().max());
                o.put("violations", e.violations());
                o.put("runs", e.runs());
                o.put("estimate", e.estimate());
                o.put("upperBound", e.upperBound());
            }
        }
        return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
    }
}
