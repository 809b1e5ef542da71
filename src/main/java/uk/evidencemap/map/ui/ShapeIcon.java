package uk.evidencemap.map.ui;

import java.util.Locale;

/**
 * A small SVG picture of a Cytoscape.js node shape in a colour, as the canvas draws nodes: the
 * legend shows each type's shape beside its name, so that the types are told apart by shape as
 * well as by colour. Hidden from screen readers (the name beside it says the same).
 */
final class ShapeIcon {

    /** The icon's width and height, in CSS pixels. */
    static final int SIZE = 16;

    private ShapeIcon() {}

    /**
     * @param shape  a Cytoscape.js node shape (ellipse, round-rectangle, diamond, hexagon, triangle,
     *               octagon, star, rectangle, barrel); any other is drawn as an ellipse
     * @param colour a CSS colour, {@code #rrggbb}
     * @return the SVG element's markup
     */
    static String svg(String shape, String colour) {
        String fill = "fill=\"" + colour + "\" stroke=\"#1a1a1a\" stroke-width=\"1\"";
        String body = switch (shape) {
            case "rectangle" -> "<rect x=\"2\" y=\"2\" width=\"12\" height=\"12\" " + fill + "/>";
            case "round-rectangle" -> "<rect x=\"2\" y=\"2\" width=\"12\" height=\"12\" rx=\"3\" " + fill + "/>";
            case "barrel" -> "<rect x=\"1.5\" y=\"3\" width=\"13\" height=\"10\" rx=\"4\" ry=\"2.5\" " + fill + "/>";
            case "diamond" -> polygon(fill, 8, 1.5, 14.5, 8, 8, 14.5, 1.5, 8);
            case "triangle" -> polygon(fill, 8, 1.5, 14.5, 13.5, 1.5, 13.5);
            case "hexagon" -> regular(fill, 6, 0);
            case "octagon" -> regular(fill, 8, Math.PI / 8);
            case "star" -> star(fill);
            default -> "<circle cx=\"8\" cy=\"8\" r=\"6.5\" " + fill + "/>";
        };
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 16 16\" width=\"" + SIZE + "\" height=\"" + SIZE
                + "\" aria-hidden=\"true\" focusable=\"false\" data-shape=\"" + shape + "\">" + body + "</svg>";
    }

    private static String regular(String fill, int sides, double rotation) {
        double[] points = new double[2 * sides];
        for (int i = 0; i < sides; i++) {
            double a = rotation + 2 * Math.PI * i / sides;
            points[2 * i] = 8 + 6.5 * Math.cos(a);
            points[2 * i + 1] = 8 + 6.5 * Math.sin(a);
        }
        return polygon(fill, points);
    }

    private static String star(String fill) {
        double[] points = new double[20];
        for (int i = 0; i < 10; i++) {
            double a = -Math.PI / 2 + Math.PI * i / 5;
            double r = i % 2 == 0 ? 7 : 3.2;
            points[2 * i] = 8 + r * Math.cos(a);
            points[2 * i + 1] = 8 + r * Math.sin(a);
        }
        return polygon(fill, points);
    }

    private static String polygon(String fill, double... xy) {
        StringBuilder points = new StringBuilder();
        for (int i = 0; i < xy.length; i += 2) {
            points.append(i == 0 ? "" : " ").append(String.format(Locale.ROOT, "%.2f,%.2f", xy[i], xy[i + 1]));
        }
        return "<polygon points=\"" + points + "\" " + fill + "/>";
    }
}
