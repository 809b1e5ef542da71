package uk.evidencemap.base.api;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import uk.evidencemap.base.NotFoundException;
import uk.evidencemap.base.TemporarilyUnavailableException;
import uk.evidencemap.base.ValidationException;
import uk.evidencemap.base.VersionConflictException;
import uk.evidencemap.base.Violation;

/**
 * Turns every failure of an API request into the API's error body and status: the services'
 * exceptions (422, 404, 409, 503), unreadable input (400), addresses and methods the API does not
 * have (404, 405 with {@code Allow}), and anything unexpected (500), so that no request to
 * {@code /api} ends on the servlet container's error page. It advises every handler, including the
 * "no handler" of an unknown address; failures of requests outside the API that only the routing
 * can cause (an unknown address, a method not allowed, any unexpected error) are passed back to
 * Spring's default handling by rethrowing them.
 */
@RestControllerAdvice
class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    /** The order in which {@code Allow} lists methods, whatever order the mappings were found in. */
    private static final List<HttpMethod> METHOD_ORDER = List.of(
            HttpMethod.GET,
            HttpMethod.HEAD,
            HttpMethod.POST,
            HttpMethod.PUT,
            HttpMethod.PATCH,
            HttpMethod.DELETE,
            HttpMethod.OPTIONS,
            HttpMethod.TRACE);

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
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(ApiError.of(ApiError.message(HttpStatus.FORBIDDEN)));
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

    @ExceptionHandler(TemporarilyUnavailableException.class)
    ResponseEntity<ApiError> unavailable(TemporarilyUnavailableException e) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(
                        HttpHeaders.RETRY_AFTER,
                        Long.toString(Math.max(1, e.retryAfter().toSeconds())))
                .body(ApiError.of(e.getMessage()));
    }

    /** A transient failure of the database that reached a controller without a service's retries. */
    @ExceptionHandler(TransientDataAccessException.class)
    ResponseEntity<ApiError> transientFailure(TransientDataAccessException e, HttpServletRequest request) {
        log.warn(
                "{} {} met a transient database error: {}",
                request.getMethod(),
                ApiRequests.path(request),
                e.toString());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, "1")
                .body(ApiError.of(ApiError.message(HttpStatus.SERVICE_UNAVAILABLE)));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ApiError> unreadable(HttpMessageNotReadableException e) {
        return ResponseEntity.badRequest()
                .body(new ApiError(
                        "The request body is not valid JSON of the expected shape",
                        List.of(UnreadableInput.of(e)),
                        null));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ApiError> mismatch(MethodArgumentTypeMismatchException e) {
        return ResponseEntity.badRequest()
                .body(new ApiError(
                        "A parameter has the wrong type",
                        List.of(new Violation(e.getName(), UnreadableInput.expected(e.getRequiredType()))),
                        null));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ApiError> missing(MissingServletRequestParameterException e) {
        return ResponseEntity.badRequest()
                .body(new ApiError(
                        "A parameter is missing", List.of(new Violation(e.getParameterName(), "is required")), null));
    }

    /** An address the API does not have, whatever the method. */
    @ExceptionHandler({NoResourceFoundException.class, NoHandlerFoundException.class})
    ResponseEntity<ApiError> noSuchAddress(Exception e, HttpServletRequest request) throws Exception {
        if (!ApiRequests.isApi(request)) {
            throw e;
        }
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .body(ApiError.of("There is nothing at " + ApiRequests.path(request)
                        + " in the API; its addresses are listed at /api/openapi"));
    }

    /** An address of the API that does not take this method. */
    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ApiError> methodNotAllowed(HttpRequestMethodNotSupportedException e, HttpServletRequest request)
            throws Exception {
        if (!ApiRequests.isApi(request)) {
            throw e;
        }
        Set<HttpMethod> supported = e.getSupportedHttpMethods() == null ? Set.of() : e.getSupportedHttpMethods();
        String allowed = METHOD_ORDER.stream()
                .filter(supported::contains)
                .map(HttpMethod::name)
                .collect(Collectors.joining(", "));
        return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED)
                .header(HttpHeaders.ALLOW, allowed)
                .body(new ApiError(
                        request.getMethod() + " is not allowed on " + ApiRequests.path(request) + "; it takes "
                                + allowed,
                        List.of(new Violation("method", "must be one of " + allowed)),
                        null));
    }

    /**
     * Everything else: Spring's own request errors keep their status and headers (415 for a body
     * that is not JSON, for instance); anything unexpected is logged and answered 500, never with
     * its message.
     */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ApiError> unexpected(Exception e, HttpServletRequest request) throws Exception {
        if (!ApiRequests.isApi(request) || e instanceof AuthenticationException) {
            throw e;
        }
        if (e instanceof ErrorResponse response) {
            HttpStatusCode status = response.getStatusCode();
            return ResponseEntity.status(status)
                    .headers(response.getHeaders())
                    .body(ApiError.of(ApiError.message(status)));
        }
        log.error("Unexpected error answering {} {}", request.getMethod(), ApiRequests.path(request), e);
        return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR)
                .body(ApiError.of(ApiError.message(HttpStatus.INTERNAL_SERVER_ERROR)));
    }
}
