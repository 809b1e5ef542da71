package uk.evidencemap.base.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import uk.evidencemap.base.Violation;

/**
 * The body of every API error: what went wrong, and the details that name the field, row or
 * value concerned. A version conflict also carries the current state.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApiError(String error, List<Violation> details, Object current) {

    public static ApiError of(String error) {
        return new ApiError(error, List.of(), null);
    }
}
