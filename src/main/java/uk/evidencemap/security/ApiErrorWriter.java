package uk.evidencemap.security;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import uk.evidencemap.base.api.ApiError;

/** 401 and 403 for the API, as JSON bodies like every other API error. */
@Component
class ApiErrorWriter {

    private final JsonMapper json = JsonMapper.builder().build();

    void write(HttpServletResponse response, int status, String error) throws IOException {
        response.setStatus(status);
        if (status == HttpServletResponse.SC_UNAUTHORIZED) {
            // A Bearer challenge: browsers do not cache credentials for it, unlike Basic.
            response.setHeader("WWW-Authenticate", "Bearer realm=\"Evidence Map\"");
        }
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getWriter(), ApiError.of(error));
    }

    AuthenticationEntryPoint entryPoint() {
        return (request, response, exception) ->
                write(response, HttpServletResponse.SC_UNAUTHORIZED, message(exception));
    }

    AccessDeniedHandler accessDenied() {
        return (request, response, exception) ->
                write(response, HttpServletResponse.SC_FORBIDDEN, ApiError.message(HttpStatus.FORBIDDEN));
    }

    static String message(AuthenticationException exception) {
        if (exception instanceof SignInGuard.AddressBlockedException) {
            return exception.getMessage();
        }
        if (exception instanceof LockedException) {
            return "This account is locked after repeated failed sign-ins; try again later or ask an administrator";
        }
        if (exception instanceof DisabledException) {
            return "This account is disabled";
        }
        return ApiError.message(HttpStatus.UNAUTHORIZED);
    }
}
