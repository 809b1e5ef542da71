package uk.evidencemap.map;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.evidencemap.area.AreaChanged;
import uk.evidencemap.base.NotFoundException;
import uk.evidencemap.base.ValidationException;
import uk.evidencemap.base.VersionConflictException;

/**
 * The shared programme catalogue: nationally known interventions that every area's map can
 * point at, which is what makes areas comparable. Everyone signed in reads it; only
 * administrators change it. Catalogue changes are not in any area's change log.
 */
@Service
@Transactional
public class CatalogueService {

    private final MapRepository repository;
    private final ApplicationEventPublisher events;

    CatalogueService(MapRepository repository, ApplicationEventPublisher events) {
        this.repository = repository;
        this.events = events;
    }

    /**
     * The whole programme catalogue.
     *
     * @return every catalogue programme, by name (the database's ordering of text, which minds
     *     case); empty when none
     * @throws AccessDeniedException when no one is signed in
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<MapNode> programmes() {
        return repository.programmes();
    }

    /**
     * One catalogue programme.
     *
     * @return the programme; empty when there is no node with this id or it is not a programme
     * @throws AccessDeniedException when no one is signed in
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Optional<MapNode> programme(String id) {
        return repository.find(id).filter(n -> n.type() == NodeType.PROGRAMME);
    }

    /**
     * Adds a programme to the catalogue, with a new random id, at version 0 and in no area. Its
     * evidence rating (on the Foundations Guidebook scale) is UNRATED unless given. No area's map
     * uses it yet, so no {@link AreaChanged} is published.
     *
     * @param properties the programme's properties by key (see {@link NodeType#PROGRAMME}); null
     *     values are ignored
     * @return the programme as stored
     * @throws ValidationException listing every violation: a blank name or one longer than
     *     {@value NodeType#NAME_MAX} characters, a property that is not a programme's, or a value that
     *     does not fit its property (such as a cost rating outside 1-5)
     * @throws AccessDeniedException when the current user is not an administrator
     */
    @PreAuthorize("hasRole('ADMIN')")
    public MapNode create(String name, Map<String, Object> properties) {
        NodeRules.Checked checked = NodeRules.checkNew(NodeType.PROGRAMME, name, properties);
        return repository.create(
                UUID.randomUUID().toString(), NodeType.PROGRAMME, null, checked.name(), checked.properties());
    }

    /**
     * Changes a catalogue programme (see {@link NodeChange}; {@code base} is not used here, so
     * there is no merging) and publishes {@link AreaChanged#everyArea()}, as every map that uses it
     * may read differently now. It always writes a new version, even when nothing changes.
     *
     * @return the programme as stored after the change, one version on
     * @throws NotFoundException when there is no programme with this id
     * @throws VersionConflictException when {@code expectedVersion} is given and is not the
     *     programme's current version; it carries the current programme
     * @throws ValidationException listing every violation of the programme's rules, as for
     *     {@link #create}
     * @throws AccessDeniedException when the current user is not an administrator
     */
    @PreAuthorize("hasRole('ADMIN')")
    public MapNode update(String id, NodeChange change) {
        MapNode current = repository
                .lock(id)
                .filter(n -> n.type() == NodeType.PROGRAMME)
                .orElseThrow(() -> new NotFoundException("There is no programme '" + id + "'"));
        MapService.checkVersion(current, change.expectedVersion());
        NodeRules.Checked checked = NodeRules.checkChange(current, change);
        MapNode updated = repository.replace(current, checked.name(), checked.properties());
        events.publishEvent(AreaChanged.everyArea());
        return updated;
    }
}
