package uk.evidencemap.base.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.ExternalDocumentation;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.nio.charset.StandardCharsets;
import org.springdoc.core.properties.SwaggerUiConfigProperties;
import org.springdoc.core.properties.SwaggerUiOAuthProperties;
import org.springdoc.core.providers.ObjectMapperProvider;
import org.springdoc.webmvc.ui.SwaggerIndexPageTransformer;
import org.springdoc.webmvc.ui.SwaggerIndexTransformer;
import org.springdoc.webmvc.ui.SwaggerWelcomeCommon;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.web.servlet.resource.TransformedResource;

/**
 * The API's description (JSON at {@code /api/openapi}, pages at {@code /api/docs}): its title, an
 * introduction with a link back to the application, and the two ways to authenticate declared as
 * security schemes, HTTP Basic ({@value #BASIC}) and a personal API token sent as a bearer token
 * ({@value #BEARER}), either of them required by every operation. Swagger UI shows an Authorize
 * button for them, so that "Try it out" sends the credentials. The pages' HTML title names the
 * API instead of "Swagger UI". The error contract is added by {@link ApiErrorDocumentation}.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    static final String TITLE = "Evidence Map API";
    static final String BASIC = "basic";
    static final String BEARER = "bearer";

    static final String INTRODUCTION = """
            The HTTP API of [Evidence Map](/), the collaborative map of a local authority's evidence system \
            for family support: areas and their maps (nodes and relationships), the analyses, the comparison \
            of areas, the history of changes, import and export, and administration.

            **Back to the application: [Evidence Map](/)** (its [help page](/help) says what each page does).

            Every call needs credentials, in one of two ways: HTTP Basic with your username and password, or \
            a personal API token made on [your account page](/account), sent as `Authorization: Bearer em_...`. \
            Press **Authorize** to give either; **Try it out** then sends it with each call. What each call may \
            do depends on your role, as in the application.""";

    @Bean
    OpenAPI evidenceMapApi() {
        return new OpenAPI()
                .info(new Info()
                        .title(TITLE)
                        .version("1")
                        .description(INTRODUCTION)
                        .license(new License()
                                .name("GPL-3.0-or-later")
                                .url("https://www.gnu.org/licenses/gpl-3.0.html")))
                .externalDocs(new ExternalDocumentation()
                        .description("Evidence Map, the application")
                        .url("/"))
                .components(new Components()
                        .addSecuritySchemes(
                                BASIC,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("basic")
                                        .description("Your username and password"))
                        .addSecuritySchemes(
                                BEARER,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .bearerFormat("em_…")
                                        .description("A personal API token from your account page (/account)")))
                // either scheme: two requirements, each naming one
                .addSecurityItem(new SecurityRequirement().addList(BASIC))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }

    /**
     * Springdoc's own transformer of the Swagger UI pages (it writes the configuration into
     * {@code swagger-initializer.js}), plus the HTML title of the page: "Evidence Map API |
     * Evidence Map" instead of "Swagger UI".
     */
    @Bean
    SwaggerIndexTransformer indexPageTransformer(
            SwaggerUiConfigProperties config,
            SwaggerUiOAuthProperties oauth,
            SwaggerWelcomeCommon welcome,
            ObjectMapperProvider mapper) {
        SwaggerIndexPageTransformer standard = new SwaggerIndexPageTransformer(config, oauth, welcome, mapper);
        return (request, resource, chain) -> {
            Resource transformed = standard.transform(request, resource, chain);
            if (!"index.html".equals(resource.getFilename())) {
                return transformed;
            }
            String html = new String(transformed.getContentAsByteArray(), StandardCharsets.UTF_8);
            return new TransformedResource(
                    resource,
                    html.replace("<title>Swagger UI</title>", "<title>" + TITLE + " | Evidence Map</title>")
                            .getBytes(StandardCharsets.UTF_8));
        };
    }
}
