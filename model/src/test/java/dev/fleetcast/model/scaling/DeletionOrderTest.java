package dev.fleetcast.model.scaling;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DeletionOrderTest {

    @Test
    void namedFirstThenNotReadyThenNewest() {
        List<DeletionOrder.Candidate> candidates = List.of(new DeletionOrder.Candidate("old", true, 0),
                new DeletionOrder.Candidate("new", true, 100), new DeletionOrder.Candidate("starting", false, 50),
                new DeletionOrder.Candidate("chosen", true, 10));

        assertThat(DeletionOrder.rank(candidates, List.of("chosen"))).extracting(DeletionOrder.Candidate::name)
                .containsExactly("chosen", "starting", "new", "old");
        assertThat(DeletionOrder.rank(candidates, List.of())).extracting(DeletionOrder.Candidate::name)
                .containsExactly("starting", "new", "chosen", "old");
    }
}
