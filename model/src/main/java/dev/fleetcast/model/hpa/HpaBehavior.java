package dev.fleetcast.model.hpa;

import java.util.Objects;

/**
 * {@code spec.behavior}, both directions defaulted. Its mere presence changes the algorithm:
 * with a behavior the controller stabilizes in both directions, rate-limits by the policies
 * over its scale-event history, and honours per-direction tolerances; without one it uses
 * the fixed {@code max(2 × current, 4)} limit and a scale-down window only.
 *
 * @param scaleUp the scale-up rules; its window is always set
 * @param scaleDown the scale-down rules
 */
public record HpaBehavior(ScalingRules scaleUp, ScalingRules scaleDown) {

    /** A behavior that says nothing: both directions at their defaults. */
    public static final HpaBehavior DEFAULTS = new HpaBehavior(ScalingRules.SCALE_UP_DEFAULTS,
            ScalingRules.SCALE_DOWN_DEFAULTS);

    public HpaBehavior {
        Objects.requireNonNull(scaleUp, "scaleUp");
        Objects.requireNonNull(scaleDown, "scaleDown");
        if (scaleUp.stabilizationWindowSeconds().isEmpty()) {
            throw new IllegalArgumentException("behavior.scaleUp needs a stabilization window (its default is 0)");
        }
    }
}
