package dev.fleetcast.live.tls;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What {@code fleetcast live certs} writes into a directory: {@code ca.crt}/{@code ca.key}, one
 * {@code gateway-<name>.crt}/{@code .key} per gateway and one {@code device-<name>.crt}/{@code .key}
 * per device. Gateway certificates carry as SANs the gateway's name, the extra SANs given, and
 * {@code localhost} and {@code 127.0.0.1} (the stand-in runs gateways on loopback).
 *
 * @param gateways  gateway names (Kubernetes object names)
 * @param extraSans further SANs for every gateway certificate (DNS names or IP literals)
 * @param devices   device names: each becomes a certificate's CN, so it must be the Device object's name
 * @param validity  how long the certificates are valid
 */
public record CertificateBundle(List<String> gateways, List<String> extraSans, List<String> devices,
        Duration validity) {

    /** A Kubernetes object name (DNS subdomain): also safe inside a file name. */
    private static final Pattern NAME = Pattern.compile("[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?");

    public CertificateBundle {
        gateways = List.copyOf(gateways);
        extraSans = List.copyOf(extraSans);
        devices = List.copyOf(devices);
        Objects.requireNonNull(validity, "validity");
        List<String> problems = new ArrayList<>();
        checkNames("gateway", gateways, problems);
        checkNames("device", devices, problems);
        if (validity.isNegative() || validity.isZero()) {
            problems.add("validity must be positive, got " + validity);
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
    }

    private static void checkNames(String kind, List<String> names, List<String> problems) {
        Set<String> seen = new LinkedHashSet<>();
        for (String n : names) {
            if (!NAME.matcher(n).matches()) {
                problems.add(kind + " name '" + n + "' is not a Kubernetes object name (lower-case letters, digits,"
                        + " '-' and '.', starting and ending with a letter or digit, at most 253 characters)");
            } else if (!seen.add(n)) {
                problems.add(kind + " name '" + n + "' is given twice");
            }
        }
    }

    /** Device names {@code <prefix>1} to {@code <prefix>count}. */
    public static List<String> numberedDevices(String prefix, int count) {
        if (count < 0) {
            throw new IllegalArgumentException("device count must be 0 or more, got " + count);
        }
        List<String> names = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            names.add(prefix + i);
        }
        return names;
    }

    /** Every file this bundle writes into {@code dir}, in writing order. */
    public List<Path> files(Path dir) {
        List<Path> files = new ArrayList<>();
        files.add(dir.resolve("ca.crt"));
        files.add(dir.resolve("ca.key"));
        for (String g : gateways) {
            files.add(dir.resolve("gateway-" + g + ".crt"));
            files.add(dir.resolve("gateway-" + g + ".key"));
        }
        for (String d : devices) {
            files.add(dir.resolve("device-" + d + ".crt"));
            files.add(dir.resolve("device-" + d + ".key"));
        }
        return files;
    }

    /**
     * Creates the CA and every certificate and writes them. Unless {@code overwrite}, refuses (before
     * writing anything) when any of the files exists, naming all of them.
     *
     * @return the files written
     */
    public List<Path> write(Path dir, boolean overwrite, Clock clock) throws IOException {
        List<Path> files = files(dir);
        if (!overwrite) {
            List<String> existing = files.stream().filter(Files::exists).map(Path::toString).toList();
            if (!existing.isEmpty()) {
                throw new FileAlreadyExistsProblem(existing);
            }
        }
        Files.createDirectories(dir);
        CertificateAuthority ca = CertificateAuthority.create("fleetcast-ca", validity, clock);
        Pem.write(ca.certificate(), dir.resolve("ca.crt"), dir.resolve("ca.key"));
        for (String g : gateways) {
            LinkedHashSet<String> sans = new LinkedHashSet<>();
            sans.add(g);
            sans.addAll(extraSans);
            sans.add("localhost");
            sans.add("127.0.0.1");
            Pem.write(ca.issueServer(g, List.copyOf(sans), validity),
                    dir.resolve("gateway-" + g + ".crt"), dir.resolve("gateway-" + g + ".key"));
        }
        for (String d : devices) {
            Pem.write(ca.issueClient(d, validity), dir.resolve("device-" + d + ".crt"), dir.resolve("device-" + d + ".key"));
        }
        return files;
    }

    /** Some of the files to write exist already. */
    public static final class FileAlreadyExistsProblem extends IOException {

        private static final long serialVersionUID = 1L;

        FileAlreadyExistsProblem(List<String> existing) {
            super("refusing to overwrite " + existing.size() + " existing file(s): "
                    + String.join(", ", existing.subList(0, Math.min(5, existing.size())))
                    + (existing.size() > 5 ? ", ..." : "") + " (use --force to replace them)");
        }
    }
}
