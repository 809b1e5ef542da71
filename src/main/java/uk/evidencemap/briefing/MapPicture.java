package uk.evidencemap.briefing;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import javax.imageio.ImageIO;
import org.jgrapht.Graph;
import org.jgrapht.alg.drawing.FRLayoutAlgorithm2D;
import org.jgrapht.alg.drawing.IndexedFRLayoutAlgorithm2D;
import org.jgrapht.alg.drawing.model.Box2D;
import org.jgrapht.alg.drawing.model.LayoutModel2D;
import org.jgrapht.alg.drawing.model.MapLayoutModel2D;
import org.jgrapht.alg.drawing.model.Point2D;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;
import uk.evidencemap.map.AreaGraph;
import uk.evidencemap.map.MapNode;
import uk.evidencemap.map.MapRelationship;
import uk.evidencemap.map.NodePalette;
import uk.evidencemap.map.NodePosition;
import uk.evidencemap.map.NodeType;

/**
 * Draws an area's map as a PNG with Java2D: each node a dot in its type's colour
 * ({@link NodePalette}, as on the map page) with its name cut to {@value #NAME_CHARACTERS}
 * characters, each relationship a grey line, and a legend of the types the map has. Nodes stand
 * where people placed them on the map page ({@code NodePlacesService}); the others (programmes,
 * and nodes nobody moved) are laid out by JGraphT's Fruchterman-Reingold algorithm around them,
 * seeded, so the same map gives the same picture. A map of more than {@value #MOST_NAMED} nodes
 * shows the names of its {@value #MOST_NAMED} most connected nodes only.
 */
final class MapPicture {

    /** The picture's size in pixels: 1600 wide prints at about 150 dots an inch across a landscape A4 page. */
    static final int WIDTH = 1600;

    static final int HEIGHT = 900;

    /** Names longer than this many characters are cut with an ellipsis. */
    static final int NAME_CHARACTERS = 24;

    /** The most nodes drawn with their names (count). */
    static final int MOST_NAMED = 80;

    /** From this many nodes the layout approximates far-away nodes by a quadtree (Barnes-Hut), to stay fast. */
    private static final int INDEXED_LAYOUT_FROM = 500;

    /** Rounds of the layout from 1,000 nodes (100 below): a picture of so many nodes shows the shape, not the detail. */
    private static final int LARGE_ITERATIONS = 30;

    private static final int MARGIN = 40;
    private static final int LEGEND_HEIGHT = 56;

    /** Where the legend starts: names are kept above it. */
    private static final int LEGEND_TOP = HEIGHT - MARGIN / 2 - LEGEND_HEIGHT;

    /** The area the nodes are drawn in, in pixels: room is left on the right for names and above the legend. */
    private static final int DRAWING_WIDTH = WIDTH - 2 * MARGIN - 200;

    private static final int DRAWING_HEIGHT = LEGEND_TOP - 2 * MARGIN;
    private static final double RADIUS = 11;
    private static final float FONT_SIZE = 20f;
    private static final long SEED = 20261130L;
    private static final Color EDGE = new Color(0xb0b0b0);
    private static final Color TEXT = new Color(0x222222);
    private static final Color HALO = new Color(255, 255, 255, 210);

    /** The font the PDF uses too: Liberation Sans, shipped inside OpenPDF as its fallback font. */
    static final String FONT_RESOURCE = "font-fallback/LiberationSans-Regular.ttf";

    private static final Font BASE_FONT = loadFont();

    private MapPicture() {}

    /**
     * @param graph     the area's map
     * @param positions where people placed nodes, by node id (nodes not in the map are ignored)
     * @return the picture, {@value #WIDTH} by {@value #HEIGHT} pixels
     */
    static Briefing.Picture draw(AreaGraph graph, Map<String, NodePosition> positions) {
        Map<String, MapNode> nodes = new HashMap<>();
        Graph<String, DefaultEdge> links = new SimpleGraph<>(DefaultEdge.class);
        for (MapNode node : graph.nodes()) {
            nodes.put(node.id(), node);
            links.addVertex(node.id());
        }
        for (MapRelationship r : graph.relationships()) {
            if (!r.from().equals(r.to()) && nodes.containsKey(r.from()) && nodes.containsKey(r.to())) {
                links.addEdge(r.from(), r.to());
            }
        }
        Set<String> placed = new HashSet<>(positions.keySet());
        placed.retainAll(nodes.keySet());
        Map<String, Point2D> at = layout(links, positions, placed);
        if (placed.isEmpty()) {
            at = spread(at);
        }
        Set<String> named = named(links, nodes);

        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            g.setFont(BASE_FONT.deriveFont(FONT_SIZE));
            Map<String, double[]> xy = fit(at);
            if (nodes.isEmpty()) {
                g.setColor(TEXT);
                g.drawString("The map has no nodes yet.", MARGIN, HEIGHT / 2);
            }
            g.setColor(EDGE);
            g.setStroke(new BasicStroke(1.5f));
            for (DefaultEdge e : links.edgeSet()) {
                double[] a = xy.get(links.getEdgeSource(e));
                double[] b = xy.get(links.getEdgeTarget(e));
                g.draw(new Line2D.Double(a[0], a[1], b[0], b[1]));
            }
            EnumSet<NodeType> types = EnumSet.noneOf(NodeType.class);
            for (MapNode node : ordered(nodes)) {
                double[] p = xy.get(node.id());
                types.add(node.type());
                dot(g, p[0], p[1], colour(node.type()));
            }
            FontMetrics metrics = g.getFontMetrics();
            List<Rectangle2D> taken = new ArrayList<>();
            xy.values()
                    .forEach(p ->
                            taken.add(new Rectangle2D.Double(p[0] - RADIUS, p[1] - RADIUS, 2 * RADIUS, 2 * RADIUS)));
            for (MapNode node : byDegree(links, nodes)) {
                if (named.contains(node.id())) {
                    double[] p = xy.get(node.id());
                    label(g, metrics, shortName(node.name()), p[0], p[1], taken);
                }
            }
            legend(g, metrics, types);
            return new Briefing.Picture(
                    png(image),
                    WIDTH,
                    HEIGHT,
                    nodes.size(),
                    named.size(),
                    placed.size(),
                    types.stream().map(NodeType::label).toList());
        } finally {
            g.dispose();
        }
    }

    /** A name cut to {@value #NAME_CHARACTERS} characters (whole code points), with an ellipsis when cut. */
    static String shortName(String name) {
        if (name.codePointCount(0, name.length()) <= NAME_CHARACTERS) {
            return name;
        }
        int end = name.offsetByCodePoints(0, NAME_CHARACTERS - 1);
        return name.substring(0, end).strip() + "\u2026";
    }

    /**
     * Where each node goes, in the map page's coordinates: placed nodes where people put them, the
     * others laid out around them (Fruchterman-Reingold, seeded).
     */
    static Map<String, Point2D> layout(
            Graph<String, DefaultEdge> links, Map<String, NodePosition> positions, Set<String> placed) {
        LayoutModel2D<String> model = new MapLayoutModel2D<>(box(positions, placed));
        for (String id : placed) {
            NodePosition p = positions.get(id);
            model.put(id, Point2D.of(p.x(), p.y()));
            model.setFixed(id, true);
        }
        int vertices = links.vertexSet().size();
        if (placed.size() < vertices) {
            Random random = new Random(SEED);
            FRLayoutAlgorithm2D<String, DefaultEdge> algorithm = vertices < INDEXED_LAYOUT_FROM
                    ? new FRLayoutAlgorithm2D<>(
                            FRLayoutAlgorithm2D.DEFAULT_ITERATIONS,
                            FRLayoutAlgorithm2D.DEFAULT_NORMALIZATION_FACTOR,
                            random)
                    : new IndexedFRLayoutAlgorithm2D<>(
                            vertices < 2 * INDEXED_LAYOUT_FROM
                                    ? FRLayoutAlgorithm2D.DEFAULT_ITERATIONS
                                    : LARGE_ITERATIONS,
                            IndexedFRLayoutAlgorithm2D.DEFAULT_THETA_FACTOR,
                            FRLayoutAlgorithm2D.DEFAULT_NORMALIZATION_FACTOR,
                            random);
            algorithm.layout(links, model);
        }
        Map<String, Point2D> at = new HashMap<>();
        for (String id : links.vertexSet()) {
            at.put(id, model.get(id));
        }
        return at;
    }

    /** The area the layout may use: around the placed nodes, or a fixed box when none is placed. */
    private static Box2D box(Map<String, NodePosition> positions, Set<String> placed) {
        if (placed.isEmpty()) {
            return Box2D.of(0, 0, 1000, 560);
        }
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (String id : placed) {
            NodePosition p = positions.get(id);
            minX = Math.min(minX, p.x());
            minY = Math.min(minY, p.y());
            maxX = Math.max(maxX, p.x());
            maxY = Math.max(maxY, p.y());
        }
        double width = Math.max(maxX - minX, 600);
        double height = Math.max(maxY - minY, 400);
        return Box2D.of(minX - width * 0.15, minY - height * 0.15, width * 1.3, height * 1.3);
    }

    /** The positions scaled, keeping their proportions, into the picture above the legend. */
    private static Map<String, double[]> fit(Map<String, Point2D> at) {
        if (at.isEmpty()) {
            return Map.of();
        }
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (Point2D p : at.values()) {
            minX = Math.min(minX, p.getX());
            minY = Math.min(minY, p.getY());
            maxX = Math.max(maxX, p.getX());
            maxY = Math.max(maxY, p.getY());
        }
        double left = MARGIN;
        double top = MARGIN;
        double width = DRAWING_WIDTH;
        double height = DRAWING_HEIGHT;
        double spanX = maxX - minX;
        double spanY = maxY - minY;
        double scale =
                Math.min(spanX > 0 ? width / spanX : Double.MAX_VALUE, spanY > 0 ? height / spanY : Double.MAX_VALUE);
        if (scale == Double.MAX_VALUE) {
            scale = 1;
        }
        double offsetX = left + (width - spanX * scale) / 2;
        double offsetY = top + (height - spanY * scale) / 2;
        Map<String, double[]> xy = new HashMap<>();
        for (var entry : at.entrySet()) {
            xy.put(entry.getKey(), new double[] {
                offsetX + (entry.getValue().getX() - minX) * scale,
                offsetY + (entry.getValue().getY() - minY) * scale
            });
        }
        return xy;
    }

    /** The nodes drawn with their names: every node of a small map, else the most connected. */
    private static Set<String> named(Graph<String, DefaultEdge> links, Map<String, MapNode> nodes) {
        if (nodes.size() <= MOST_NAMED) {
            return nodes.keySet();
        }
        Set<String> named = new HashSet<>();
        byDegree(links, nodes).subList(0, MOST_NAMED).forEach(n -> named.add(n.id()));
        return named;
    }

    /** The nodes, most connected first (then by name and id), the order their names are placed in. */
    private static List<MapNode> byDegree(Graph<String, DefaultEdge> links, Map<String, MapNode> nodes) {
        List<MapNode> list = new ArrayList<>(nodes.values());
        list.sort(Comparator.comparingInt((MapNode n) -> links.degreeOf(n.id()))
                .reversed()
                .thenComparing(MapNode::name, String.CASE_INSENSITIVE_ORDER)
                .thenComparing(MapNode::id));
        return list;
    }

    /**
     * A force layout bunches the middle of a map and strings a few nodes far out. When no node was
     * placed by people, each axis is redrawn as a blend of the position (40%) and its rank among the
     * nodes (60%): the order along each axis is kept, the crowd in the middle is given room. The
     * result fills the drawing area's proportions.
     */
    static Map<String, Point2D> spread(Map<String, Point2D> at) {
        if (at.size() < 3) {
            return at;
        }
        Map<String, Double> x = spreadAxis(at, Point2D::getX);
        Map<String, Double> y = spreadAxis(at, Point2D::getY);
        Map<String, Point2D> spread = new HashMap<>();
        at.keySet().forEach(id -> spread.put(id, Point2D.of(x.get(id) * DRAWING_WIDTH, y.get(id) * DRAWING_HEIGHT)));
        return spread;
    }

    private static Map<String, Double> spreadAxis(Map<String, Point2D> at, ToDoubleFunction<Point2D> axis) {
        List<String> ids = new ArrayList<>(at.keySet());
        ids.sort(Comparator.comparingDouble((String id) -> axis.applyAsDouble(at.get(id)))
                .thenComparing(Comparator.naturalOrder()));
        double min = axis.applyAsDouble(at.get(ids.getFirst()));
        double max = axis.applyAsDouble(at.get(ids.getLast()));
        Map<String, Double> spread = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            double linear = max > min ? (axis.applyAsDouble(at.get(ids.get(i))) - min) / (max - min) : 0.5;
            spread.put(ids.get(i), 0.4 * linear + 0.6 * i / (ids.size() - 1));
        }
        return spread;
    }

    /** Nodes in a fixed order (type, name, id), so that overlaps come out the same every time. */
    private static List<MapNode> ordered(Map<String, MapNode> nodes) {
        List<MapNode> list = new ArrayList<>(nodes.values());
        list.sort(Comparator.comparing(MapNode::type)
                .thenComparing(MapNode::name, String.CASE_INSENSITIVE_ORDER)
                .thenComparing(MapNode::id));
        return list;
    }

    private static void dot(Graphics2D g, double x, double y, Color colour) {
        Ellipse2D circle = new Ellipse2D.Double(x - RADIUS, y - RADIUS, 2 * RADIUS, 2 * RADIUS);
        g.setColor(colour);
        g.fill(circle);
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke(2f));
        g.draw(circle);
    }

    /**
     * A node's name beside it: on the right, else on the left, above or below, wherever it covers no
     * other name or dot; on the right when there is no free place. Drawn on a white halo.
     */
    private static void label(
            Graphics2D g, FontMetrics metrics, String text, double x, double y, List<Rectangle2D> taken) {
        double width = metrics.stringWidth(text) + 4;
        double height = metrics.getHeight();
        List<Rectangle2D> places = List.of(
                new Rectangle2D.Double(x + RADIUS + 2, y - height / 2, width, height),
                new Rectangle2D.Double(x - RADIUS - 2 - width, y - height / 2, width, height),
                new Rectangle2D.Double(x - width / 2, y - RADIUS - 1 - height, width, height),
                new Rectangle2D.Double(x - width / 2, y + RADIUS + 1, width, height));
        Rectangle2D chosen = places.stream()
                .filter(r -> r.getMinX() >= 0 && r.getMaxX() <= WIDTH && r.getMinY() >= 0 && r.getMaxY() <= LEGEND_TOP)
                .filter(r -> taken.stream().noneMatch(r::intersects))
                .findFirst()
                .orElse(places.getFirst());
        taken.add(chosen);
        g.setColor(HALO);
        g.fill(new RoundRectangle2D.Double(chosen.getX(), chosen.getY(), chosen.getWidth(), chosen.getHeight(), 6, 6));
        g.setColor(TEXT);
        g.drawString(text, (float) chosen.getX() + 2, (float) (chosen.getY() + metrics.getAscent()));
    }

    private static void legend(Graphics2D g, FontMetrics metrics, Set<NodeType> types) {
        double x = MARGIN;
        double y = HEIGHT - MARGIN / 2.0 - LEGEND_HEIGHT / 2.0;
        g.setColor(new Color(0xdddddd));
        g.setStroke(new BasicStroke(1f));
        g.draw(new Line2D.Double(MARGIN, y - LEGEND_HEIGHT / 2.0, WIDTH - MARGIN, y - LEGEND_HEIGHT / 2.0));
        for (NodeType type : types) {
            dot(g, x + RADIUS, y, colour(type));
            g.setColor(TEXT);
            float baseline = (float) (y + (metrics.getAscent() - metrics.getDescent()) / 2.0);
            g.drawString(type.label(), (float) (x + 2 * RADIUS + 8), baseline);
            x += 2 * RADIUS + 8 + metrics.stringWidth(type.label()) + 36;
        }
    }

    private static Color colour(NodeType type) {
        return Color.decode(NodePalette.colour(type));
    }

    private static byte[] png(BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Liberation Sans from OpenPDF's jar, so that the picture and the PDF share one font; else the JDK's sans serif. */
    private static Font loadFont() {
        try (InputStream in = MapPicture.class.getClassLoader().getResourceAsStream(FONT_RESOURCE)) {
            if (in != null) {
                return Font.createFont(Font.TRUETYPE_FONT, in);
            }
        } catch (IOException | FontFormatException e) {
            // the JDK's font below
        }
        return new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    }
}
