package uk.evidencemap.base.api;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.WebRequest;

/**
 * The body of the servlet container's error page ({@code /error}) when the request that failed
 * was to the API: the API's error body, {@code {"error": "...", "details": []}}, instead of Spring
 * Boot's default. Requests that fail before Spring MVC answers them (refused by the firewall, or an
 * error in a filter) end there; everything else is answered by {@link ApiExceptionHandler}. Other
 * requests keep Spring Boot's default.
 */
@Component
class ApiErrorAttributes extends DefaultErrorAttributes {

    @Override
    public Map<String, Object> getErrorAttributes(WebRequest webRequest, ErrorAttributeOptions options) {
        Map<String, Object> standard = super.getErrorAttributes(webRequest, options);
        HttpServletRequest request = webRequest instanceof NativeWebRequest servlet
                ? servlet.getNativeRequest(HttpServletRequest.class)
                : null;
        if (request == null || !ApiRequests.isApi(request)) {
            return standard;
        }
        int status = standard.get("status") instanceof Integer value ? value : 500;
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", ApiError.message(HttpStatusCode.valueOf(status)));
        body.put("details", List.of());
        return body;
    }
}
