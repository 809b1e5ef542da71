package uk.evidencemap.map;

import java.util.HashMap;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.evidencemap.area.AreaChanged;
import uk.evidencemap.area.AreaService;
import uk.evidencemap.base.NotFoundException;
import uk.evidencemap.base.ValidationException;

/**
 * Where people placed an area's nodes on the canvas (decision 010): part of the map's drawing,
 * kept per area for everyone, not of its content.
 */
@Service
@Transactional(readOnly = true)
public class NodePlacesService {

    private final MapRepository repository;
    private final AreaService areas;

    NodePlacesService(MapRepository repository, AreaService areas) {
        this.repository = repository;
        this.areas = areas;
    }

    /**
     * Where people placed the area's nodes on the canvas.
     *
     * @return the positions by node id, in the canvas's coordinates, of the area's own nodes that
     *     have been placed (never of catalogue programmes); empty when none has
     * @throws NotFoundException when there is no area with this id
     * @throws AccessDeniedException when the current user may not read the area
     */
    @PreAuthorize("@access.canRead(#areaId)")
    public Map<String, NodePosition> positions(String areaId) {
        areas.require(areaId);
        Map<String, NodePosition> positions = new HashMap<>();
        repository.positions(areaId).forEach((id, xy) -> positions.put(id, new NodePosition(xy[0], xy[1])));
        return positions;
    }

    /**
     * Keeps the places nodes were dragged to. They are part of the map's drawing, not of its
     * content: no new version, nothing recorded in the change log, no {@link AreaChanged}, and the
     * analyses are not recomputed. All or nothing: a refused position saves none.
     *
     * @param positions the positions by node id, in the canvas's coordinates
     * @throws NotFoundException when there is no area with this id, or when a node id is not one of
     *     the area's own nodes; a catalogue programme the map uses is refused too, as programmes have
     *     no saved place
     * @throws ValidationException when a position is null, not finite, or beyond ±10,000,000 on
     *     either axis
     * @throws AccessDeniedException when the current user may not edit the area
     */
    @Transactional
    @PreAuthorize("@access.canEdit(#areaId)")
    public void savePositions(String areaId, Map<String, NodePosition> positions) {
        areas.require(areaId);
        positions.forEach((id, p) -> {
            if (p == null
                    || !Double.isFinite(p.x())
                    || !Double.isFinite(p.y())
                    || Math.abs(p.x()) > 1e7
                    || Math.abs(p.y()) > 1e7) {
                throw new ValidationException(
                        "position", "of node '" + id + "' must be two finite numbers within ±10,000,000");
            }
        });
        int saved = repository.savePositions(areaId, positions);
        if (saved != positions.size()) {
            throw new NotFoundException("Of " + positions.size() + " nodes placed, only " + saved + " are in area '"
                    + areaId + "': nothing was saved");
        }
    }
}
