package uk.evidencemap.changelog;

import java.util.UUID;
import org.springframework.stereotype.Component;

/** This application instance, so that each instance can tell its own changes from others'. */
@Component
class InstanceId {

    private final String value = UUID.randomUUID().toString();

    String value() {
        return value;
    }
}
