package uk.evidencemap.map.api;

import java.util.Optional;
import org.springframework.stereotype.Component;
import uk.evidencemap.base.api.ApiForm;
import uk.evidencemap.map.MapNode;

/** A map node in an API error body (the current state of a 409) looks as it does everywhere else. */
@Component
class NodeApiForm implements ApiForm {

    @Override
    public Optional<Object> of(Object record) {
        return record instanceof MapNode node ? Optional.of(NodeJson.of(node)) : Optional.empty();
    }
}
