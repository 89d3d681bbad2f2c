package dev.fleetcast.reports.input;

import java.util.List;
import java.util.Objects;

/**
 * Runs that belong together — those found side by side in one directory, such as the demo's
 * {@code enrollment/} — and are drawn in the same figures and compared with each other.
 *
 * @param name the directory's name, or the run's own when it stands alone
 * @param runs at least one, in directory order
 */
public record Study(String name, List<Run> runs) {

    public Study {
        Objects.requireNonNull(name, "name");
        runs = List.copyOf(runs);
        if (runs.isEmpty()) {
            throw new IllegalArgumentException("study " + name + " has no runs");
        }
    }

    /**
     * Each run's name with the prefix all of the study's runs share removed, up to a hyphen
     * ({@code enrollment-first-available-40-2} → {@code first-available-40-2}), so that category
     * labels stay short; the full names when there is one run or nothing is shared.
     */
    public List<String> shortNames() {
        List<String> names = runs.stream().map(Run::name).toList();
        if (names.size() < 2) {
            return names;
        }
        String first = names.get(0);
        int common = first.length();
        for (String name : names) {
            int i = 0;
            while (i < common && i < name.length() && name.charAt(i) == first.charAt(i)) {
                i++;
            }
            common = i;
        }
        int cut = first.lastIndexOf('-', common - 1) + 1;
        if (cut <= 0 || names.stream().anyMatch(n -> n.length() <= cut)) {
            return names;
        }
        return names.stream().map(n -> n.substring(cut)).toList();
    }
}
