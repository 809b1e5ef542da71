package uk.evidencemap.taxonomy;

import java.util.Arrays;
import java.util.Optional;

/**
 * A value of one of the product's enumerations: a stable code (what the API and the
 * database hold, UPPER_SNAKE or a rating such as {@code 3+}) and a friendly label for people.
 */
public interface Coded {

    String code();

    String label();

    static <E extends Enum<E> & Coded> Optional<E> byCode(Class<E> type, String code) {
        if (code == null) {
            return Optional.empty();
        }
        return Arrays.stream(type.getEnumConstants())
                .filter(e -> e.code().equals(code))
                .findFirst();
    }
}
