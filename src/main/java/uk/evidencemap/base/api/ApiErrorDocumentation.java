package uk.evidencemap.base.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The API's error contract in its OpenAPI description: the {@code ApiError} and {@code Violation}
 * schemas, one reusable response per error status, those responses on every operation (409 and
 * 422 on the writes only), and the contract in words in the description's introduction.
 */
@Configuration(proxyBeanMethods = false)
class ApiErrorDocumentation {

    static final String CONTRACT = """
            Errors: every error answers `{"error": "...", "details": [{"field": "...", "message": "..."}]}` \
            (application/json), never a web page.

            | status | when |
            | --- | --- |
            | 400 | the body is not JSON of the expected shape, or a parameter has the wrong type; \
            `details` names the field, e.g. `{"field": "version", "message": "must be a number"}` |
            | 401 | no credentials, or wrong ones (HTTP Basic or `Authorization: Bearer` token); \
            `WWW-Authenticate: Bearer` |
            | 403 | signed in, but not allowed to do this |
            | 404 | no such area, node or other record; or no such address in the API, whatever the method |
            | 405 | the address exists but does not take this method; `Allow` lists the methods it takes |
            | 409 | the `version` (or `If-Match`) sent is no longer current; `current` holds the current state |
            | 415 | the body is not sent as `application/json` |
            | 422 | the input breaks the model's rules; `details` names each problem; nothing was written |
            | 503 | the database stayed busy (for instance, a deadlock between writers) after a few retries; \
            nothing was written; try again after `Retry-After` seconds |
            """;

    /** The error responses, by status, and the reusable response each refers to. */
    static final Map<String, String> RESPONSES = orderedMap(
            "400", "BadRequest",
            "401", "Unauthorized",
            "403", "Forbidden",
            "404", "NotFound",
            "405", "MethodNotAllowed",
            "409", "Conflict",
            "415", "UnsupportedMediaType",
            "422", "UnprocessableContent",
            "503", "ServiceUnavailable");

    private static final Set<PathItem.HttpMethod> WRITES = Set.of(
            PathItem.HttpMethod.POST, PathItem.HttpMethod.PUT, PathItem.HttpMethod.PATCH, PathItem.HttpMethod.DELETE);

    @Bean
    OpenApiCustomizer apiErrorContract() {
        return ApiErrorDocumentation::document;
    }

    static void document(OpenAPI openApi) {
        Info info = openApi.getInfo() == null ? new Info() : openApi.getInfo();
        info.title("Evidence Map API").version("1");
        if (info.getDescription() == null) {
            info.description(CONTRACT);
        } else if (!info.getDescription().contains(CONTRACT)) {
            info.description(info.getDescription() + "\n\n" + CONTRACT);
        }
        openApi.info(info);

        Components components = openApi.getComponents() == null ? new Components() : openApi.getComponents();
        openApi.components(components);
        components.addSchemas(
                "Violation",
                new ObjectSchema()
                        .description("One thing wrong: the field (or row, or value) and what is wrong with it")
                        .addProperty("field", new StringSchema())
                        .addProperty("message", new StringSchema())
                        .required(List.of("field", "message")));
        components.addSchemas(
                "ApiError",
                new ObjectSchema()
                        .description("The body of every API error")
                        .addProperty("error", new StringSchema().description("What went wrong, for a person"))
                        .addProperty(
                                "details",
                                new ArraySchema().items(new Schema<>().$ref("#/components/schemas/Violation")))
                        .addProperty(
                                "current",
                                new ObjectSchema().description("With 409 only: the current state of what was changed"))
                        .required(List.of("error", "details")));
        components.addResponses(
                "BadRequest", error("The body or a parameter could not be read; details name the field"));
        components.addResponses(
                "Unauthorized",
                error("No credentials, or wrong ones")
                        .addHeaderObject("WWW-Authenticate", header("Bearer realm=\"Evidence Map\"")));
        components.addResponses("Forbidden", error("Signed in, but not allowed to do this"));
        components.addResponses("NotFound", error("No such record, or no such address in the API"));
        components.addResponses(
                "MethodNotAllowed",
                error("The address does not take this method")
                        .addHeaderObject("Allow", header("The methods it takes")));
        components.addResponses(
                "Conflict", error("The version sent is no longer current; current holds the current state"));
        components.addResponses("UnsupportedMediaType", error("The body must be sent as application/json"));
        components.addResponses(
                "UnprocessableContent", error("The input breaks the model's rules; nothing was written"));
        components.addResponses(
                "ServiceUnavailable",
                error("The database stayed busy after retries; nothing was written")
                        .addHeaderObject("Retry-After", header("Seconds to wait before trying again")));

        if (openApi.getPaths() == null) {
            return;
        }
        openApi.getPaths()
                .values()
                .forEach(path -> path.readOperationsMap().forEach((method, operation) -> {
                    ApiResponses responses =
                            operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
                    operation.setResponses(responses);
                    RESPONSES.forEach((status, name) -> {
                        boolean forWrites = status.equals("409") || status.equals("422") || status.equals("415");
                        if (status.equals("405") || (forWrites && !WRITES.contains(method))) {
                            return;
                        }
                        responses.putIfAbsent(status, new ApiResponse().$ref("#/components/responses/" + name));
                    });
                }));
    }

    private static ApiResponse error(String description) {
        return new ApiResponse()
                .description(description)
                .content(new Content()
                        .addMediaType(
                                "application/json",
                                new MediaType().schema(new Schema<>().$ref("#/components/schemas/ApiError"))));
    }

    private static Header header(String description) {
        return new Header().description(description).schema(new StringSchema());
    }

    private static Map<String, String> orderedMap(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
