package uk.evidencemap.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.evidencemap.area.AreaService;
import uk.evidencemap.base.NotFoundException;
import uk.evidencemap.map.MapService;
import uk.evidencemap.map.NodePlacesService;

/**
 * An area's map taken out to other tools' files (docs/exchange-format.md), read through the map
 * and area services, so the same access rules hold.
 */
@Service
public class ExchangeService {

    private final MapService map;
    private final NodePlacesService places;
    private final AreaService areas;

    ExchangeService(MapService map, NodePlacesService places, AreaService areas) {
        this.map = map;
        this.places = places;
        this.areas = areas;
    }

    /**
     * Writes the area's whole map (with the catalogue programmes it uses, node positions and the
     * area's details) to {@code out} in one format. The map is read whole, in one read-only
     * transaction, before the first byte is written, so that a retried read never writes twice.
     * {@code out} is flushed and left open.
     *
     * @throws NotFoundException when there is no area with this id
     * @throws AccessDeniedException when the current user may not read the area
     * @throws UncheckedIOException when {@code out} cannot be written
     */
    @Transactional(readOnly = true)
    @PreAuthorize("@access.canRead(#areaId)")
    public void export(String areaId, ExportFormat format, OutputStream out) {
        var area = areas.require(areaId);
        var export = new ExportedArea(
                area, areas.strongEvidence(areaId).code(), map.graph(areaId), places.positions(areaId));
        try {
            format.writer().write(export, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
