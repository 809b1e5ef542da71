package uk.evidencemap.map;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.evidencemap.area.AreaChanged;
import uk.evidencemap.base.NotFoundException;

/**
 * The shared programme catalogue: nationally known interventions that every area's map can
 * point at, which is what makes areas comparable.
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

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<MapNode> programmes() {
        return repository.programmes();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Optional<MapNode> programme(String id) {
        return repository.find(id).filter(n -> n.type() == NodeType.PROGRAMME);
    }

    @PreAuthorize("hasRole('ADMIN')")
    public MapNode create(String name, java.util.Map<String, Object> properties) {
        NodeRules.Checked checked = NodeRules.checkNew(NodeType.PROGRAMME, name, properties);
        return repository.create(
                UUID.randomUUID().toString(), NodeType.PROGRAMME, null, checked.name(), checked.properties());
    }

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
