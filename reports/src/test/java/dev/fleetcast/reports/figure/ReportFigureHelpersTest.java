package dev.fleetcast.reports.figure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import dev.fleetcast.model.distribution.DurationDistribution;
import dev.fleetcast.model.distribution.EmpiricalDuration;
import dev.fleetcast.model.distribution.GammaDuration;
import dev.fleetcast.model.distribution.LogNormalDuration;
import dev.fleetcast.model.distribution.NormalDuration;
import dev.fleetcast.model.distribution.ShiftedDuration;
import dev.fleetcast.model.distribution.WeibullDuration;
import dev.fleetcast.model.result.LatencySummary;
import java.awt.Color;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** The small pieces figures are drawn with: colours, quantiles, pooled histograms, axis ends, ids. */
class ReportFigureHelpersTest {

    private static final long S = 1_000_000_000L;

    @Test
    void aGatewayKeepsItsColourInEveryReport() {
        assertThat(Palette.gateway("gateway-1")).isEqualTo(new Color(0x0072B2));
        assertThat(Palette.gateway("gateway-2")).isEqualTo(new Color(0xE69F00));
        assertThat(Palette.gateway("gateway-9")).isEqualTo(Palette.gateway("gateway-1"));
        assertThat(Palette.gateway("edge-a")).isEqualTo(Palette.gateway("edge-a")).isIn(Palette.OKABE_ITO);
    }

    @Test
    void policiesKeepTheirColourAndLabelsSharingAPolicyAreToldApart() {
        Map<String, Color> colours = Palette.policyColours(List.of("least-connections (naive)",
                "least-connections (ledger)", "first-available (blind)"));

        assertThat(colours).containsOnlyKeys("least-connections (naive)", "least-connections (ledger)",
                "first-available (blind)");
        assertThat(colours.get("least-connections (ledger)")).isEqualTo(new Color(0x0072B2));
        assertThat(colours.get("first-available (blind)")).isEqualTo(new Color(0xD55E00));
        assertThat(colours.get("least-connections (naive)")).isNotIn(colours.get("least-connections (ledger)"),
                colours.get("first-available (blind)"));
        assertThat(Palette.policyColours(List.of("least-connections (ledger)")).get("least-connections (ledger)"))
                .isEqualTo(colours.get("least-connections (ledger)"));
    }

    static Stream<DurationDistribution> laws() {
        return Stream.of(new LogNormalDuration(8 * S, 0.4), new ShiftedDuration(20 * S, new GammaDuration(2.5, 4 * S)),
                new WeibullDuration(1.5, 30 * S), new NormalDuration(112_000_000L, 15_000_000L));
    }

    /** The invariant of an inverse: F(F⁻¹(p)) = p, to a relative 1e-9, across the range. */
    @ParameterizedTest
    @MethodSource("laws")
    void quantilesInvertTheDistributionFunction(DurationDistribution law) {
        for (double p : new double[] {0.001, 0.05, 0.25, 0.5, 0.75, 0.95, 0.999}) {
            assertThat(law.cdf(Quantiles.nanos(law, p))).isCloseTo(p, offset(1e-9));
        }
    }

    @Test
    void theQuantileOfASteppedLawIsTheSmallestValueReachingP() {
        EmpiricalDuration law = new EmpiricalDuration(new long[] {S, 2 * S, 3 * S, 10 * S});

        assertThat(Quantiles.nanos(law, 0.5)).isCloseTo(2e9, offset(1.0));
        assertThat(Quantiles.nanos(law, 0.51)).isCloseTo(3e9, offset(1.0));
        assertThatThrownBy(() -> Quantiles.nanos(law, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void histogramsOfReplicationsPoolByAddingTheirBins() {
        LatencySummary a = new LatencySummary(3, S, 2e9, 2 * S, 3 * S, 3 * S, 3 * S,
                List.of(new LatencySummary.Bin(S, 1), new LatencySummary.Bin(2 * S, 1), new LatencySummary.Bin(3 * S, 1)));
        LatencySummary b = new LatencySummary(1, 2 * S, 2e9, 2 * S, 2 * S, 2 * S, 2 * S,
                List.of(new LatencySummary.Bin(2 * S, 1)));

        Histograms.Steps steps = Histograms.pooled(List.of(a, b, LatencySummary.empty()));

        assertThat(steps.count()).isEqualTo(4);
        assertThat(steps.seconds()).containsExactly(1, 2, 3);
        assertThat(steps.fractions()).containsExactly(0.25, 0.75, 1.0);
    }

    @Test
    void axesEndAtRoundNumbers() {
        assertThat(Charts.roundUp(1785)).isEqualTo(1800);
        assertThat(Charts.roundUp(900)).isEqualTo(900);
        assertThat(Charts.roundUp(240)).isEqualTo(240);
        assertThat(Charts.roundUp(0.37)).isCloseTo(0.4, offset(1e-12));
        assertThat(Charts.roundAbove(100)).isEqualTo(120);
        assertThat(Charts.roundAbove(0)).isEqualTo(1);
    }

    @Test
    void figureIdsAreSafeNames() {
        assertThat(Figure.slug("Calibration: podStartup (s)")).isEqualTo("calibration-podstartup-s");
        assertThat(Figure.slug("***")).isEqualTo("figure");
        assertThatThrownBy(() -> new Figure("Bad Id", "caption", Charts.xy(Charts.STANDARD, "x", "y")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Bad Id");
    }

    @Test
    void aBoxUsesTheUsualQuartiles() {
        double[] sorted = {19, 19, 20, 20, 20, 21, 21, 22, 22, 22};

        assertThat(GatewayDistributionFigure.quantile(sorted, 0.25)).isEqualTo(20);
        assertThat(GatewayDistributionFigure.quantile(sorted, 0.5)).isEqualTo(20.5);
        assertThat(GatewayDistributionFigure.quantile(sorted, 0.75)).isEqualTo(21.75);
    }
}
