package dev.fleetcast.live.controller;

import dev.fleetcast.model.discipline.Blind;
import dev.fleetcast.model.discipline.Discipline;
import dev.fleetcast.model.discipline.Ledger;
import dev.fleetcast.model.discipline.Naive;
import dev.fleetcast.model.discipline.Optimistic;
import java.util.List;
import java.util.Optional;

/**
 * model's disciplines by the names scenario files use (the same names and the same default of 5
 * attempts as the scenario reader in formats). model keeps no such catalogue for disciplines;
 * if it grows one, this should call it.
 */
public final class Disciplines {

    public static final List<String> NAMES = List.of("blind", "naive", "ledger", "optimistic");

    private Disciplines() {
    }

    public static Optional<Discipline> byName(String name, int maxAttempts) {
        return switch (name) {
            case "blind" -> Optional.of(new Blind());
            case "naive" -> Optional.of(new Naive(maxAttempts));
            case "ledger" -> Optional.of(new Ledger());
            case "optimistic" -> Optional.of(new Optimistic(maxAttempts));
            default -> Optional.empty();
        };
    }
}
