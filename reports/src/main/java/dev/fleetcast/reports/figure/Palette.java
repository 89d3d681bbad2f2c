package dev.fleetcast.reports.figure;

import java.awt.Color;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Colours by name, from the Okabe–Ito palette, which stays distinguishable under the common
 * forms of colour blindness and in greyscale print.
 *
 * <p>A gateway's colour is fixed by its name: {@code gateway-N} takes colour N (cycling after
 * eight), so gateway-2 is orange in every figure of every report. A policy's colour is fixed by
 * the policy's name ({@link #policyColours}); when two labels of one report share a policy —
 * {@code least-connections (naive)} and {@code least-connections (ledger)} — the one later in
 * alphabetical order takes the first colour no other label of the report uses, so within a
 * report every label keeps one colour in every figure.
 */
public final class Palette {

    /** Okabe & Ito (2008), in the order figures use them: blue, orange, bluish green, vermillion, … */
    static final List<Color> OKABE_ITO = List.of(
            new Color(0x0072B2), // blue
            new Color(0xE69F00), // orange
            new Color(0x009E73), // bluish green
            new Color(0xD55E00), // vermillion
            new Color(0xCC79A7), // reddish purple
            new Color(0x56B4E9), // sky blue
            new Color(0x000000), // black
            new Color(0xF0E442)); // yellow: last, it is faint on white

    /** The eight assignment policies model/ knows, each with its own colour. */
    private static final List<String> POLICIES = List.of("least-connections", "preferred-hash-mod-n",
            "bounded-load-consistent-hashing", "first-available", "power-of-two-choices", "round-robin",
            "weighted-least-connections", "region-affinity");

    private Palette() {
    }

    /** The colour of the gateway called {@code name}. */
    public static Color gateway(String name) {
        int dash = name.lastIndexOf('-');
        try {
            int number = Integer.parseInt(name.substring(dash + 1));
            if (number >= 1) {
                return OKABE_ITO.get((number - 1) % OKABE_ITO.size());
            }
        } catch (NumberFormatException e) {
            // not gateway-N: fall through to the name's hash
        }
        return OKABE_ITO.get(Math.floorMod(name.hashCode(), OKABE_ITO.size()));
    }

    /**
     * A colour for each label ({@code policy (discipline)}, or any other name) of one report: the
     * policy's own colour when no other label took it first, else the first colour still free
     * (cycling when there are more than eight labels).
     */
    public static Map<String, Color> policyColours(Collection<String> labels) {
        Map<String, Color> colours = new LinkedHashMap<>();
        List<Color> used = new ArrayList<>();
        List<String> later = new ArrayList<>();
        for (String label : new TreeSet<>(labels)) {
            int preferred = POLICIES.indexOf(policyOf(label));
            Color colour = preferred >= 0 ? OKABE_ITO.get(preferred) : null;
            if (colour != null && !used.contains(colour)) {
                colours.put(label, colour);
                used.add(colour);
            } else {
                later.add(label);
            }
        }
        int next = 0;
        for (String label : later) {
            Color colour = null;
            for (int i = 0; i < OKABE_ITO.size() && colour == null; i++) {
                Color candidate = OKABE_ITO.get((next + i) % OKABE_ITO.size());
                if (!used.contains(candidate)) {
                    colour = candidate;
                }
            }
            if (colour == null) { // more than eight labels: cycle
                colour = OKABE_ITO.get(next % OKABE_ITO.size());
            }
            used.add(colour);
            colours.put(label, colour);
            next++;
        }
        Map<String, Color> inOrder = new LinkedHashMap<>();
        labels.forEach(label -> inOrder.put(label, colours.get(label)));
        return inOrder;
    }

    private static String policyOf(String label) {
        int space = label.indexOf(' ');
        return space < 0 ? label : label.substring(0, space);
    }
}
