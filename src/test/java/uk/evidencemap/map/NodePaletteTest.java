package uk.evidencemap.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The type colours stay told apart by people with colour-vision deficiency and stand out from the
 * white canvas (decision 022): checked by simulating protanopia, deuteranopia and tritanopia with
 * the matrices of Machado, Oliveira and Fernandes (2009, severity 1.0) on linear RGB and measuring
 * CIE76 colour differences in CIELAB (D65), and by the WCAG 2.2 contrast ratio on white.
 */
class NodePaletteTest {

    /** Machado et al. 2009, severity 1.0: protanopia, deuteranopia, tritanopia. */
    static final Map<String, double[][]> SIMULATIONS = Map.of(
            "protanopia",
            new double[][] {
                {0.152286, 1.052583, -0.204868}, {0.114503, 0.786281, 0.099216}, {-0.003882, -0.048116, 1.051998}
            },
            "deuteranopia",
            new double[][] {
                {0.367322, 0.860646, -0.227968}, {0.280085, 0.672501, 0.047413}, {-0.011820, 0.042940, 0.968881}
            },
            "tritanopia",
            new double[][] {
                {1.255528, -0.076749, -0.178779}, {-0.078411, 0.930809, 0.147602}, {0.004733, 0.691367, 0.303900}
            },
            "typical vision",
            new double[][] {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}});

    @Test
    void everyTypeColourHasAContrastOfAtLeastThreeToOneOnWhite() {
        for (NodeType type : NodeType.values()) {
            assertThat(contrastOnWhite(NodePalette.colour(type)))
                    .as(type + " " + NodePalette.colour(type))
                    .isGreaterThanOrEqualTo(3.0);
        }
    }

    @Test
    void everyTwoTypeColoursStayApartUnderEachColourVisionDeficiency() {
        List<NodeType> types = Arrays.asList(NodeType.values());
        List<String> tooClose = new ArrayList<>();
        for (var simulation : SIMULATIONS.entrySet()) {
            for (int i = 0; i < types.size(); i++) {
                for (int j = i + 1; j < types.size(); j++) {
                    double difference = difference(
                            NodePalette.colour(types.get(i)), NodePalette.colour(types.get(j)), simulation.getValue());
                    if (difference < 12) {
                        tooClose.add(types.get(i) + "/" + types.get(j) + " under " + simulation.getKey() + ": "
                                + difference);
                    }
                }
            }
        }
        assertThat(tooClose).isEmpty();
        // the finding of issue 16: intervention and enabler were nearly the same green (3.0 under tritanopia)
        assertThat(difference(
                        NodePalette.colour(NodeType.INTERVENTION),
                        NodePalette.colour(NodeType.ENABLER),
                        SIMULATIONS.get("tritanopia")))
                .isGreaterThan(30);
    }

    @Test
    void communitiesOneToNineHaveTheirOwnColourAndTheRestShareOne() {
        assertThat(NodePalette.COMMUNITIES).hasSize(9).doesNotHaveDuplicates();
        assertThat(NodePalette.community(1)).isEqualTo("#CC6677");
        assertThat(NodePalette.community(9)).isEqualTo("#AA4499");
        assertThat(NodePalette.community(10)).isEqualTo(NodePalette.OTHER_COMMUNITIES);
        assertThat(NodePalette.COMMUNITIES).doesNotContain(NodePalette.OTHER_COMMUNITIES, NodePalette.NO_COMMUNITY);
    }

    static double contrastOnWhite(String colour) {
        double l = luminance(linear(colour));
        return 1.05 / (l + 0.05);
    }

    static double difference(String a, String b, double[][] simulation) {
        double[] x = lab(simulate(linear(a), simulation));
        double[] y = lab(simulate(linear(b), simulation));
        return Math.sqrt(Math.pow(x[0] - y[0], 2) + Math.pow(x[1] - y[1], 2) + Math.pow(x[2] - y[2], 2));
    }

    private static double[] linear(String colour) {
        Color c = Color.decode(colour);
        return new double[] {linear(c.getRed()), linear(c.getGreen()), linear(c.getBlue())};
    }

    private static double linear(int channel) {
        double c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    private static double luminance(double[] rgb) {
        return 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
    }

    private static double[] simulate(double[] rgb, double[][] m) {
        double[] out = new double[3];
        for (int i = 0; i < 3; i++) {
            out[i] = Math.clamp(m[i][0] * rgb[0] + m[i][1] * rgb[1] + m[i][2] * rgb[2], 0.0, 1.0);
        }
        return out;
    }

    /** CIELAB of linear sRGB, D65 white. */
    private static double[] lab(double[] rgb) {
        double x = (0.4124 * rgb[0] + 0.3576 * rgb[1] + 0.1805 * rgb[2]) / 0.95047;
        double y = 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
        double z = (0.0193 * rgb[0] + 0.1192 * rgb[1] + 0.9505 * rgb[2]) / 1.08883;
        double fx = f(x);
        double fy = f(y);
        double fz = f(z);
        return new double[] {116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)};
    }

    private static double f(double t) {
        return t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16.0 / 116;
    }
}
