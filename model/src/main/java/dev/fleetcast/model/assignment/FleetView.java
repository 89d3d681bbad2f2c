package dev.fleetcast.model.assignment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * What a deciding controller sees of the gateway fleet, in the order it lists gateways: an
 * immutable value whose gateway names are unique.
 *
 * <p>A class rather than a record so that views derived from a view — the same gateways with
 * other counts or phases, which every discipline and controller builds on each decision — can
 * skip the uniqueness check that the names they keep already passed ({@link #map},
 * {@link #withSameNames}). At thousands of gateways that check was most of a decision's cost.
 */
public final class FleetView {

    private final List<GatewayView> gateways;

    /**
     * An immutable view of {@code gateways}.
     *
     * @throws IllegalArgumentException if two gateways share a name
     */
    public FleetView(List<GatewayView> gateways) {
        this.gateways = List.copyOf(gateways);
        Set<String> names = new HashSet<>(this.gateways.size() * 2);
        for (GatewayView gateway : this.gateways) {
            if (!names.add(gateway.name())) {
                throw new IllegalArgumentException("gateway " + gateway.name() + " appears twice in the view");
            }
        }
    }

    /**
     * For derived views whose names are known to match a checked view's; {@code gateways} is
     * already an immutable list that nobody else can change, so it is kept without a copy.
     */
    private FleetView(List<GatewayView> gateways, boolean namesChecked) {
        this.gateways = gateways;
    }

    /** The gateways in view order (immutable). */
    public List<GatewayView> gateways() {
        return gateways;
    }

    /** The gateways seen as Running, in view order. */
    public List<GatewayView> running() {
        List<GatewayView> running = new ArrayList<>(gateways.size());
        for (GatewayView gateway : gateways) {
            if (gateway.running()) {
                running.add(gateway);
            }
        }
        return running;
    }

    /**
     * This view with each gateway replaced by {@code change} of it (another count, another
     * phase).
     *
     * @throws IllegalArgumentException if {@code change} renames a gateway
     */
    public FleetView map(UnaryOperator<GatewayView> change) {
        GatewayView[] changed = new GatewayView[gateways.size()];
        for (int i = 0; i < changed.length; i++) {
            GatewayView gateway = gateways.get(i);
            GatewayView next = change.apply(gateway);
            if (!next.name().equals(gateway.name())) {
                throw new IllegalArgumentException("a derived view may not rename gateway " + gateway.name()
                        + " to " + next.name());
            }
            changed[i] = next;
        }
        // The array is this method's own and escapes only inside the unmodifiable wrapper.
        return new FleetView(Collections.unmodifiableList(Arrays.asList(changed)), true);
    }

    /**
     * A view of {@code next}, which lists the same gateway names as this view in the same
     * order (checked name by name, without hashing).
     *
     * @throws IllegalArgumentException if the names differ
     */
    public FleetView withSameNames(List<GatewayView> proposed) {
        List<GatewayView> next = List.copyOf(proposed);
        if (next.size() != gateways.size()) {
            throw new IllegalArgumentException("a derived view must list " + gateways.size() + " gateways, got "
                    + next.size());
        }
        for (int i = 0; i < next.size(); i++) {
            if (!next.get(i).name().equals(gateways.get(i).name())) {
                throw new IllegalArgumentException("a derived view lists " + next.get(i).name() + " where "
                        + gateways.get(i).name() + " was");
            }
        }
        return new FleetView(next, true);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FleetView view && gateways.equals(view.gateways);
    }

    @Override
    public int hashCode() {
        return gateways.hashCode();
    }

    @Override
    public String toString() {
        return "FleetView" + gateways;
    }
}
