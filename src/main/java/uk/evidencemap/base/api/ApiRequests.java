package uk.evidencemap.base.api;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

/** Which requests are the API's: those to {@code /api} and below, and the error dispatches of those. */
public final class ApiRequests {

    private ApiRequests() {}

    /** Whether the request asked for an address of the API, whatever the method. */
    public static boolean isApi(HttpServletRequest request) {
        String path = path(request);
        return path.equals("/api") || path.startsWith("/api/");
    }

    /**
     * Whether the request is the servlet container's error dispatch (to {@code /error}) of a request
     * to the API.
     */
    public static boolean isErrorDispatchOfApi(HttpServletRequest request) {
        return request.getDispatcherType() == DispatcherType.ERROR && isApi(request);
    }

    /**
     * The path the client asked for, without the context path; for an error dispatch, the path of
     * the request that failed.
     */
    public static String path(HttpServletRequest request) {
        String uri = request.getDispatcherType() == DispatcherType.ERROR
                        && request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String original
                ? original
                : request.getRequestURI();
        if (uri == null) {
            return "";
        }
        String context = request.getContextPath();
        return context != null && !context.isEmpty() && uri.startsWith(context) ? uri.substring(context.length()) : uri;
    }
}
