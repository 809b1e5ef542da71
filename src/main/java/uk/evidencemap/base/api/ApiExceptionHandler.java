package uk.evidencemap.base.api;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import uk.evidencemap.base.NotFoundException;
import uk.evidencemap.base.ValidationException;
import uk.evidencemap.base.VersionConflictException;
import uk.evidencemap.base.Violation;

/** Turns the services' exceptions into the API's error bodies and status codes. */
@RestControllerAdvice(basePackages = "uk.evidencemap")
class ApiExceptionHandler {

    private final List<ApiForm> forms;

    ApiExceptionHandler(List<ApiForm> forms) {
        this.forms = forms;
    }

    @ExceptionHandler(ValidationException.class)
    ResponseEntity<ApiError> invalid(ValidationException e) {
        return ResponseEntity.unprocessableContent()
                .body(new ApiError("The request was refused: " + e.getMessage(), e.violations(), null));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ApiError> forbidden(AccessDeniedException e) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(ApiError.of("You are not allowed to do this"));
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ApiError> notFound(NotFoundException e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(ApiError.of(e.getMessage()));
    }

    @ExceptionHandler(VersionConflictException.class)
    ResponseEntity<ApiError> conflict(VersionConflictException e) {
        Object current = forms.stream()
                .flatMap(form -> form.of(e.current()).stream())
                .findFirst()
                .orElse(e.current());
        return ResponseEntity.status(HttpStatus.CONFLICT).body(new ApiError(e.getMessage(), List.of(), current));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ApiError> unreadable(HttpMessageNotReadableException e) {
        String reason = e.getMostSpecificCause().getMessage();
        return ResponseEntity.badRequest()
                .body(new ApiError(
                        "The request body is not valid JSON of the expected shape",
                        List.of(new Violation(
                                "body",
                                reason == null
                                        ? "unreadable"
                                        : reason.lines().findFirst().orElse(""))),
                        null));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ApiError> mismatch(MethodArgumentTypeMismatchException e) {
        return ResponseEntity.badRequest()
                .body(new ApiError(
                        "A parameter has the wrong type",
                        List.of(new Violation(e.getName(), "'" + e.getValue() + "' is not valid here")),
                        null));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ApiError> missing(MissingServletRequestParameterException e) {
        return ResponseEntity.badRequest()
                .body(new ApiError(
                        "A parameter is missing", List.of(new Violation(e.getParameterName(), "is required")), null));
    }
}
