package uk.evidencemap.base.api;

import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.TemporalAccessor;
import java.util.Arrays;
import java.util.Collection;
import java.util.stream.Collectors;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.util.ClassUtils;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.PropertyBindingException;
import uk.evidencemap.base.Violation;

/**
 * What is wrong with a request body or parameter that could not be read, said in the API's terms:
 * the field's path in the JSON ({@code version}, {@code properties.tags[0]}, or {@code body} for the
 * whole) and what it must be. Never the text of the underlying exception, which names Java classes
 * and packages.
 */
final class UnreadableInput {

    private UnreadableInput() {}

    /** The one violation that explains why the body could not be read. */
    static Violation of(HttpMessageNotReadableException exception) {
        JacksonException json = jacksonCause(exception);
        if (json == null) {
            String message = exception.getMessage();
            return new Violation(
                    "body",
                    message != null && message.startsWith("Required request body is missing")
                            ? "is required: send a JSON object"
                            : "could not be read as JSON");
        }
        String field = field(json);
        if (json instanceof PropertyBindingException) {
            return new Violation(field, "is not a field of this request");
        }
        if (json instanceof InvalidNullException) {
            return new Violation(field, "must not be null");
        }
        if (json instanceof MismatchedInputException mismatch) {
            return new Violation(field, expected(mismatch.getTargetType()));
        }
        if (json instanceof InputCoercionException coercion) {
            return new Violation(field, expected(coercion.getTargetType()) + " within range");
        }
        if (json instanceof StreamReadException) {
            return new Violation("body", "is not valid JSON" + at(json.getLocation()));
        }
        return new Violation(field, "could not be read");
    }

    /** What a value of this type must be, as a person writing JSON would say it. */
    static String expected(Class<?> type) {
        if (type == null || type == Object.class) {
            return "has the wrong type";
        }
        Class<?> wrapped = ClassUtils.resolvePrimitiveIfNecessary(type);
        if (Number.class.isAssignableFrom(wrapped)) {
            return "must be a number";
        }
        if (wrapped == Boolean.class) {
            return "must be true or false";
        }
        if (CharSequence.class.isAssignableFrom(wrapped) || wrapped == Character.class) {
            return "must be text";
        }
        if (wrapped.isEnum()) {
            return "must be one of "
                    + Arrays.stream(wrapped.getEnumConstants())
                            .map(constant -> ((Enum<?>) constant).name())
                            .collect(Collectors.joining(", "));
        }
        if (wrapped.isArray() || Collection.class.isAssignableFrom(wrapped)) {
            return "must be a list";
        }
        if (wrapped == LocalDate.class) {
            return "must be a date (ISO 8601: yyyy-MM-dd)";
        }
        if (TemporalAccessor.class.isAssignableFrom(wrapped)) {
            return "must be a date and time (ISO 8601)";
        }
        if (wrapped == Duration.class) {
            return "must be a duration (ISO 8601)";
        }
        return "must be a JSON object";
    }

    private static JacksonException jacksonCause(Throwable exception) {
        Throwable e = exception;
        for (int depth = 0; e != null && depth < 20; depth++, e = e.getCause()) {
            if (e instanceof JacksonException json) {
                return json;
            }
        }
        return null;
    }

    /** The path of the value in the JSON, such as {@code properties.tags[0]}; {@code body} for the whole. */
    private static String field(JacksonException json) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : json.getPath()) {
            if (reference.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }

    private static String at(TokenStreamLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }
}
