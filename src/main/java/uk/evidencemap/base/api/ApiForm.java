package uk.evidencemap.base.api;

import java.util.Optional;

/**
 * How a feature shows one of its records in an API error body, such as the current state sent
 * with a 409. Features provide one as a Spring bean, so this package needs to know none of them.
 */
public interface ApiForm {

    /** The API form of {@code record}, or empty when this form is not for records of its kind. */
    Optional<Object> of(Object record);
}
