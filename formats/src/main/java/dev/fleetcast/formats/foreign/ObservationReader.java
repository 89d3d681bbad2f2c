package dev.fleetcast.formats.foreign;

import dev.fleetcast.formats.Sha256;
import dev.fleetcast.formats.trace.TraceJson;
import dev.fleetcast.formats.trace.TraceReader;
import dev.fleetcast.formats.validation.InvalidFileException;
import dev.fleetcast.formats.yaml.Node;
import dev.fleetcast.formats.yaml.YamlSyntaxException;
import dev.fleetcast.formats.yaml.YamlTree;
import dev.fleetcast.model.observed.ObservedQuantities;
import dev.fleetcast.model.observed.SourceFile;
import dev.fleetcast.model.observed.SourceFormat;
import dev.fleetcast.model.observed.TraceQuantities;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

/**
 * Reads any trace file fleetcast understands into {@link ObservedQuantities}, recognising its
 * kind by its content, not its name: a fleetcast trace, WASMBED collector JSON,
 * {@code kubectl get pods -o json}, {@code kubectl get events -o json}, or a CSV of samples
 * (docs/traces.md). What {@code fleetcast calibrate <traces…>} calls for each file.
 *
 * <p>Every failure is an {@link InvalidFileException} naming the file and the place: a file it
 * recognises as none of these, malformed JSON, a foreign shape, an empty sample list, a CSV
 * without a header. Nothing else escapes. Stateless; safe to share between threads.
 */
public final class ObservationReader {

    /** What the reader accepts, for messages. */
    static final String ALLOWED = "a fleetcast trace (kind fleetcast-trace), WASMBED collector JSON, "
            + "kubectl get pods -o json, kubectl get events -o json, or a CSV of samples with a header (docs/traces.md)";

    /** Words of the collector's vocabulary that also mark an older or foreign shape of its files. */
    private static final Set<String> COLLECTOR_HINTS = Set.of("gateway_distribution", "device_count",
            "final_gateway_distribution", "num_devices", "num_gateways", "connection_states", "pod_phases");

    /**
     * Reads {@code file}.
     *
     * @throws InvalidFileException naming the file and every problem, or saying why it is not a
     *     trace fleetcast reads
     */
    public ObservedQuantities read(Path file) {
        String name = file.toString();
        try {
            return read(name, Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            throw ForeignFields.single(name, new Node.Position(0, 0), "", "no such file", "the path of " + ALLOWED);
        } catch (IOException e) {
            throw ForeignFields.single(name, new Node.Position(0, 0), "", "a file that cannot be read ("
                    + e.getMessage() + ")", "a readable trace file");
        }
    }

    /** Reads a file's {@code bytes}, naming it {@code name} in messages. */
    public ObservedQuantities read(String name, byte[] bytes) {
        String text = utf8(name, bytes);
        String sha256 = Sha256.of(bytes);
        String content = text.startsWith("\uFEFF") ? text.substring(1) : text;
        String start = content.stripLeading();
        if (start.startsWith("{") || start.startsWith("[")) {
            return json(name, sha256, content);
        }
        Optional<String> first = content.lines().filter(l -> !l.isBlank() && !l.stripLeading().startsWith("#"))
                .findFirst();
        if (first.isPresent() && looksLikeCsv(first.get())) {
            return new SampleCsvReader().read(new SourceFile(name, sha256, SourceFormat.CSV_SAMPLES), content);
        }
        if (first.isEmpty()) {
            throw ForeignFields.single(name, new Node.Position(1, 1), "", "an empty file", ALLOWED);
        }
        throw ForeignFields.single(name, new Node.Position(1, 1), "", "text that is neither JSON nor CSV (it begins \""
                + abbreviate(first.get().strip()) + "\")", ALLOWED);
    }

    /** Which kind of file {@code root} is, or empty when it is none fleetcast reads. */
    static Optional<SourceFormat> recognise(Node root) {
        if (!(root instanceof Node.Mapping top)) {
            return Optional.empty();
        }
        Optional<String> kind = ForeignFields.peek(top, "kind");
        if (kind.isPresent()) {
            switch (kind.get()) {
                case TraceJson.KIND:
                    return Optional.of(SourceFormat.FLEETCAST_TRACE);
                case "Pod":
                case "PodList":
                    return Optional.of(SourceFormat.KUBECTL_PODS);
                case "Event":
                case "EventList":
                    return Optional.of(SourceFormat.KUBECTL_EVENTS);
                case "List":
                    return listOf(top);
                default:
                    return Optional.empty();
            }
        }
        boolean collector = top.entries().keySet().stream()
                .anyMatch(k -> CollectorReader.TOP.contains(k) || COLLECTOR_HINTS.contains(k));
        return collector ? Optional.of(SourceFormat.WASMBED_COLLECTOR) : Optional.empty();
    }

    private static Optional<SourceFormat> listOf(Node.Mapping top) {
        if (!(top.entries().get("items") instanceof Node.Sequence items)) {
            return Optional.empty();
        }
        for (Node item : items.items()) {
            Optional<String> kind = item instanceof Node.Mapping m ? ForeignFields.peek(m, "kind") : Optional.empty();
            if (kind.filter("Pod"::equals).isPresent()) {
                return Optional.of(SourceFormat.KUBECTL_PODS);
            }
            if (kind.filter("Event"::equals).isPresent()) {
                return Optional.of(SourceFormat.KUBECTL_EVENTS);
            }
        }
        return Optional.empty();
    }

    private static ObservedQuantities json(String name, String sha256, String text) {
        Node root;
        try {
            root = new YamlTree().parseJson(text);
        } catch (YamlSyntaxException e) {
            throw ForeignFields.single(name, e.position(), "", "malformed JSON (" + e.getMessage() + ")", ALLOWED);
        }
        Optional<SourceFormat> format = recognise(root);
        if (format.isEmpty()) {
            throw ForeignFields.single(name, root.position(), "", unrecognised(root), ALLOWED);
        }
        SourceFile source = new SourceFile(name, sha256, format.get());
        switch (format.get()) {
            case FLEETCAST_TRACE:
                return TraceQuantities.of(source, new TraceReader().read(name, root));
            case KUBECTL_PODS:
                return KubectlPodsReader.observe(source, new KubectlPodsReader().read(name, root));
            case KUBECTL_EVENTS:
                return KubectlEventsReader.observe(source, new KubectlEventsReader().read(name, root));
            default:
                return CollectorReader.observe(source, new CollectorReader().read(name, root));
        }
    }

    /** What an unrecognised document is, as plainly as can be said. */
    private static String unrecognised(Node root) {
        if (!(root instanceof Node.Mapping top)) {
            return "JSON that is " + root.describe() + ", not an object";
        }
        Optional<String> kind = ForeignFields.peek(top, "kind");
        if (kind.filter("List"::equals).isPresent()) {
            if (top.entries().get("items") instanceof Node.Sequence items && items.items().isEmpty()) {
                return "an empty kubectl List (kubectl found no pods or events)";
            }
            return "a kubectl List of neither Pods nor Events";
        }
        if (kind.isPresent()) {
            return "a file of kind \"" + kind.get() + "\", which is not a trace";
        }
        return "a JSON object with " + ForeignFields.keys(top) + ", which is none of the formats fleetcast reads";
    }

    /** A CSV's first line: a comma, or one column name or number alone. */
    private static boolean looksLikeCsv(String line) {
        String stripped = line.strip();
        return stripped.contains(",") || stripped.matches("\"?[A-Za-z0-9_.+\\- ]+\"?");
    }

    private static String utf8(String name, byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw ForeignFields.single(name, new Node.Position(0, 0), "", "bytes that are not UTF-8 text (a binary or "
                    + "compressed file?)", ALLOWED);
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
