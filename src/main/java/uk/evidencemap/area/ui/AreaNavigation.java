package uk.evidencemap.area.ui;

import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.util.UriUtils;

/**
 * The addresses of an area's pages, in one place: the route templates their views declare
 * ({@code @Route(AreaNavigation.MAP)}) and every link or navigation to them. Pages of any feature
 * reach each other through this class instead of building addresses, so it sits beneath them all.
 * Area and node ids go in as given and are URL-encoded here.
 */
public final class AreaNavigation {

    /** The route parameter holding the area's id. */
    public static final String AREA_ID = "areaId";

    /** The prefix shared by every page of an area (the area frame is laid around these). */
    public static final String AREAS = "areas";

    /** The map canvas: {@code ?select=}, {@code ?show=}, {@code ?path=} and {@code ?at=} are optional. */
    public static final String MAP = AREAS + "/:" + AREA_ID + "/map";

    /** Tables of nodes and relationships: {@code ?select=} is optional. */
    public static final String NODES = AREAS + "/:" + AREA_ID + "/nodes";

    /** Gaps, champions and blocked paths. */
    public static final String ANALYSIS = AREAS + "/:" + AREA_ID + "/analysis";

    /** The activity feed and history. */
    public static final String ACTIVITY = AREAS + "/:" + AREA_ID + "/activity";

    /** The template of the page that imports files into the area and exports it. */
    public static final String EXCHANGE = AREAS + "/:" + AREA_ID + "/exchange";

    /**
     * The printable briefing for the management team: {@code ?since=yyyy-MM-dd} is optional, and
     * {@code ?download=pdf} starts the download of its PDF as the page opens.
     */
    public static final String BRIEFING = AREAS + "/:" + AREA_ID + "/briefing";

    private AreaNavigation() {}

    /** The address of the area's map. */
    public static String map(String areaId) {
        return address(MAP, areaId, Map.of());
    }

    /** The area's map with {@code nodeId} selected. */
    public static String mapSelecting(String areaId, String nodeId) {
        return address(MAP, areaId, Map.of("select", nodeId));
    }

    /** The area's map with one analysis subject (a node) highlighted and brought into view. */
    public static String mapShowing(String areaId, String subjectId) {
        return address(MAP, areaId, Map.of("show", subjectId));
    }

    /** The area's map with a path of nodes (in order) highlighted. */
    public static String mapShowingPath(String areaId, List<String> nodeIds) {
        return address(MAP, areaId, Map.of("path", String.join(",", nodeIds)));
    }

    /** The area's map as it was at {@code at}, read-only. */
    public static String mapAt(String areaId, Instant at) {
        return address(MAP, areaId, Map.of("at", at.toString()));
    }

    /** The area's tables of nodes and relationships. */
    public static String nodes(String areaId) {
        return address(NODES, areaId, Map.of());
    }

    /** The area's tables with {@code nodeId} selected on its type's tab. */
    public static String nodesSelecting(String areaId, String nodeId) {
        return address(NODES, areaId, Map.of("select", nodeId));
    }

    /** The area's analysis page. */
    public static String analysis(String areaId) {
        return address(ANALYSIS, areaId, Map.of());
    }

    /** The area's activity page. */
    public static String activity(String areaId) {
        return address(ACTIVITY, areaId, Map.of());
    }

    /** The area's import and export page. */
    public static String exchange(String areaId) {
        return address(EXCHANGE, areaId, Map.of());
    }

    /** The area's printable briefing. */
    public static String briefing(String areaId) {
        return address(BRIEFING, areaId, Map.of());
    }

    /** The area's printable briefing, summarising the changes since the start of {@code since}. */
    public static String briefing(String areaId, LocalDate since) {
        return address(BRIEFING, areaId, Map.of("since", since.toString()));
    }

    /**
     * The area's briefing page, downloading the briefing's PDF as it opens: how the pages link to
     * the PDF, since the API ({@code /api/areas/{areaId}/briefing}) does not take the session of
     * the pages.
     */
    public static String briefingPdf(String areaId) {
        return address(BRIEFING, areaId, Map.of("download", "pdf"));
    }

    private static String address(String template, String areaId, Map<String, String> query) {
        String path = template.replace(":" + AREA_ID, UriUtils.encodePathSegment(areaId, StandardCharsets.UTF_8));
        if (query.isEmpty()) {
            return path;
        }
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        query.forEach((name, value) -> parameters.put(name, List.of(value)));
        return new Location(path, new QueryParameters(parameters)).getPathWithQueryParameters();
    }
}
