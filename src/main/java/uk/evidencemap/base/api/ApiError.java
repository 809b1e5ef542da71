package uk.evidencemap.base.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.springframework.http.HttpStatusCode;
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

    /** What the API says for a status when it has nothing more particular to say. */
    public static String message(HttpStatusCode status) {
        return switch (status.value()) {
            case 400 -> "The request is not valid";
            case 401 ->
                "Sign in with HTTP Basic (username and password) or a personal API token" + " (Authorization: Bearer)";
            case 403 -> "You are not allowed to do this";
            case 404 -> "There is nothing at this address in the API";
            case 405 -> "This address of the API does not take this method";
            case 406 -> "The API answers in JSON (application/json) only";
            case 409 -> "This was changed by someone else in the meantime";
            case 413 -> "The request is too large";
            case 415 -> "The request body must be JSON, sent with Content-Type: application/json";
            case 422 -> "The request was refused";
            case 503 ->
                "The service is busy and could not complete this request; nothing was changed."
                        + " Try again in a moment";
            default ->
                status.is5xxServerError()
                        ? "Something went wrong on the server; it has been logged"
                        : "The request could not be answered (HTTP " + status.value() + ")";
        };
    }
}
