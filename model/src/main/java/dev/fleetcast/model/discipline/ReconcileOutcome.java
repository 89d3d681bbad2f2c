package dev.fleetcast.model.discipline;

import java.util.Objects;

/** How one reconcile of a device ended. */
public sealed interface ReconcileOutcome {

    /** An assignment was written; {@code conflicts} writes failed on a stale version first. */
    record Assigned(DecisionRecord decision, int conflicts) implements ReconcileOutcome {
        public Assigned {
            Objects.requireNonNull(decision, "decision");
        }
    }

    /** The policy found no gateway; nothing was written. A requeue will try again. */
    record Unassigned(DecisionRecord decision) implements ReconcileOutcome {
        public Unassigned {
            Objects.requireNonNull(decision, "decision");
        }
    }

    /** Every attempt met a conflict; the discipline stopped retrying. A requeue will try again. */
    record GaveUp(DecisionRecord lastDecision, int conflicts) implements ReconcileOutcome {
        public GaveUp {
            Objects.requireNonNull(lastDecision, "lastDecision");
        }
    }

    /** The device already has a Running gateway, as read: nothing to do. */
    record AlreadyAssigned(String gateway) implements ReconcileOutcome {
        public AlreadyAssigned {
            Objects.requireNonNull(gateway, "gateway");
        }
    }
}
