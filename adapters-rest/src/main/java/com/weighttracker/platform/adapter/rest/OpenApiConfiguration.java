package com.weighttracker.platform.adapter.rest;

import java.util.List;
import java.util.Locale;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;

/**
 * The OpenAPI document, generated from the controllers. Every operation documents the error
 * envelope for the failures every endpoint can have (bad input, rate limit, server error, and for
 * protected ones a missing token), so no controller repeats them.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    static final String BEARER = "bearerAuth";
    private static final String ERROR_SCHEMA = "ErrorResponse";

    static {
        // the caller's id comes from the access token, never from the request
        SpringDocUtils.getConfig().addAnnotationsToIgnore(CurrentUser.class);
    }

    @Bean
    OpenAPI weightTrackerApi() {
        var errorSchemas = ModelConverters.getInstance().readAll(ErrorResponse.class);
        var components = new Components().addSecuritySchemes(BEARER, new SecurityScheme()
                .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")
                .description("Access token from /v1/auth/login, /register or /refresh; valid 15 minutes."));
        errorSchemas.forEach(components::addSchemas);
        return new OpenAPI()
                .info(new Info().title("Weight Tracker API").version("v1")
                        .description("Weigh-ins with an honest trend, teams, challenges, posts and chat. Every "
                                + "response uses the envelope {success, data, meta}; errors {success:false, "
                                + "error:{code, message, details}, meta}.")
                        .contact(new Contact().name("Weight Tracker developers").url("https://weighttracker.com"))
                        .license(new License().name("Proprietary").url("https://weighttracker.com/terms")))
                .servers(List.of(new Server().url("/").description("This server")))
                .components(components)
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }

    /** Enums travel in lower case (spring.jackson.datatype.enum.write-enums-to-lowercase). */
    @Bean
    OpenApiCustomizer lowerCaseEnums() {
        return openApi -> openApi.getComponents().getSchemas().values().forEach(OpenApiConfiguration::lowerCaseEnums);
    }

    @SuppressWarnings({ "rawtypes", "unchecked" })
    private static void lowerCaseEnums(Schema schema) {
        if (schema.getEnum() != null) {
            schema.setEnum(schema.getEnum().stream().map(value -> value.toString().toLowerCase(Locale.ROOT)).toList());
        }
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(property -> lowerCaseEnums((Schema) property));
        }
        if (schema.getItems() != null) {
            lowerCaseEnums(schema.getItems());
        }
    }

    @Bean
    OpenApiCustomizer standardErrorResponses() {
        return openApi -> openApi.getPaths().values().forEach(path -> path.readOperations().forEach(operation -> {
            addIfAbsent(operation, "400", "Invalid input (VALIDATION_ERROR with details per field).");
            addIfAbsent(operation, "429", "Rate limit exceeded (RATE_LIMIT_EXCEEDED, retryAfter in seconds).");
            addIfAbsent(operation, "500", "Unexpected server error (INTERNAL_ERROR).");
            if (operation.getSecurity() == null || !operation.getSecurity().isEmpty()) {
                addIfAbsent(operation, "401", "Missing, expired or invalid access token (UNAUTHORIZED).");
            }
        }));
    }

    private static void addIfAbsent(Operation operation, String status, String description) {
        if (!operation.getResponses().containsKey(status)) {
            operation.getResponses().addApiResponse(status, errorResponse(description));
        }
    }

    static ApiResponse errorResponse(String description) {
        return new ApiResponse().description(description).content(new Content().addMediaType("application/json",
                new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + ERROR_SCHEMA))));
    }
}
