package uk.evidencemap.map.api;

import java.util.Optional;
import org.springframework.stereotype.Component;
import uk.evidencemap.base.api.ApiForm;
import uk.evidencemap.map.MapRelationship;

/**
 * A relationship in an API error body (the one in the way of an undo or redo, sent with its 409)
 * looks as it does in the graph.
 */
@Component
class RelationshipApiForm implements ApiForm {

    @Override
    public Optional<Object> of(Object record) {
        return record instanceof MapRelationship relationship
                ? Optional.of(MapController.RelationshipJson.of(relationship))
                : Optional.empty();
    }
}
