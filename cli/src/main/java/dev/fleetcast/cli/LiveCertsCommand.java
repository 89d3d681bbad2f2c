package dev.fleetcast.cli;

import dev.fleetcast.live.tls.CertificateBundle;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code fleetcast live certs}: a CA, gateway server certificates and device client certificates as PEM files. */
@Command(name = "certs", mixinStandardHelpOptions = true,
        description = "Writes a certificate authority (ca.crt, ca.key), gateway server certificates "
                + "(gateway-NAME.crt/.key; SANs: the name, --san values, localhost, 127.0.0.1) and device "
                + "client certificates (device-NAME.crt/.key, CN = the Device object's name) as PEM files. "
                + "EC P-256 keys. Refuses to overwrite existing files unless --force.")
final class LiveCertsCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--output", required = true, paramLabel = "DIR", description = "Directory to write into (created if missing).")
    Path output;

    @Option(names = "--gateways", split = ",", paramLabel = "NAME", description = "Gateway names, comma-separated.")
    List<String> gateways = new ArrayList<>();

    @Option(names = "--san", split = ",", paramLabel = "NAME",
            description = "Extra subject alternative names for every gateway certificate (DNS names or IP addresses).")
    List<String> sans = new ArrayList<>();

    @Option(names = "--devices", paramLabel = "N", description = "Number of device certificates, named "
            + "PREFIX1..PREFIXN (see --device-prefix).")
    Integer devices;

    @Option(names = "--device-prefix", paramLabel = "PREFIX", defaultValue = "device-",
            description = "Name prefix for --devices (default: ${DEFAULT-VALUE}).")
    String devicePrefix;

    @Option(names = "--device-names", split = ",", paramLabel = "NAME", description = "Device names, comma-separated.")
    List<String> deviceNames = new ArrayList<>();

    @Option(names = "--days", paramLabel = "N", defaultValue = "365", description = "Validity in days (default: ${DEFAULT-VALUE}).")
    int days;

    @Option(names = "--force", description = "Replace existing files.")
    boolean force;

    @Override
    public void run() {
        if (devices != null && !deviceNames.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "give either --devices or --device-names, not both");
        }
        if (devices != null && devices < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--devices must be 0 or more, got " + devices);
        }
        if (days < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--days must be at least 1, got " + days);
        }
        List<String> names = devices != null ? CertificateBundle.numberedDevices(devicePrefix, devices) : deviceNames;
        CertificateBundle bundle;
        try {
            bundle = new CertificateBundle(gateways, sans, names, Duration.ofDays(days));
        } catch (IllegalArgumentException e) {
            throw new UserInputException(e.getMessage());
        }
        List<Path> written;
        try {
            written = bundle.write(output, force, Clock.systemUTC());
        } catch (CertificateBundle.FileAlreadyExistsProblem e) {
            throw new UserInputException(output + ": " + e.getMessage());
        } catch (IOException e) {
            throw new UserInputException("cannot write certificates into " + output + ": " + e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf("wrote %d files into %s: CA, %d gateway and %d device certificates, valid %d days%n",
                written.size(), output, gateways.size(), names.size(), days);
        out.flush();
    }
}
