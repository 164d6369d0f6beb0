package org.govexchange.starter.openapi;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.http.HttpStatus;

/**
 * The parts of every operation that follow from platform rules rather than from one controller: the OAuth2
 * requirement (or {@code security: []} on public operations), the data route headers and {@code fields}, every
 * error as {@code application/problem+json} with the codes it can carry, and JSON instead of {@code *}{@code /*}.
 */
final class ContractCustomizer implements OpenApiCustomizer {

    static final String PROBLEM_JSON = "application/problem+json";
    private static final String ANY = "*/*";
    private static final String JSON = "application/json";

    private final ServiceApi api;
    private final ProblemCatalog problems;

    ContractCustomizer(ServiceApi api) {
        this.api = api;
        this.problems = new ProblemCatalog(api);
    }

    @Override
    public void customise(OpenAPI openApi) {
        openApi.getComponents().addSchemas(ContractSchemas.PROBLEM, ContractSchemas.problem(problems.everyCode()));
        if (openApi.getPaths() == null) {
            return;
        }
        openApi.getPaths().forEach((path, item) -> item.readOperationsMap()
                .forEach((method, operation) -> customise(method.name(), path, operation)));
    }

    private void customise(String method, String path, Operation operation) {
        boolean open = api.isPublic(method, path);
        boolean data = api.isDataRoute(path);
        operation.setSecurity(
                open ? new ArrayList<>() : List.of(new SecurityRequirement().addList(ContractSchemas.OAUTH2)));
        if (data) {
            addParameter(operation, ContractSchemas.purposeHeader());
            addParameter(operation, ContractSchemas.caseIdHeader());
            if (method.equals(PathItem.HttpMethod.GET.name())) {
                addParameter(operation, ContractSchemas.fieldsQuery());
            }
        }
        if (operation.getRequestBody() != null) {
            json(operation.getRequestBody().getContent());
        }
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        responses.keySet().removeIf(status -> status.startsWith("4") || status.startsWith("5"));
        responses.values().forEach(response -> json(response.getContent()));
        boolean write = !method.equals(PathItem.HttpMethod.GET.name());
        for (Map.Entry<Integer, Set<String>> entry : problems.byStatus(data).entrySet()) {
            int status = entry.getKey();
            if (documented(status, open, write, data || path.contains("{"))) {
                responses.addApiResponse(String.valueOf(status), problem(status, entry.getValue()));
            }
        }
        operation.setResponses(responses);
    }

    /**
     * Which error statuses an operation lists. Answers of the HTTP layer itself (405, 406, 414, 431) are not
     * repeated on every operation; their codes are in the Problem schema and described in the document's info.
     */
    private static boolean documented(int status, boolean open, boolean write, boolean addressed) {
        return switch (status) {
            case 401, 403 -> !open;
            case 404 -> addressed;
            case 409, 413, 415, 422 -> write;
            case 405, 406, 414, 431 -> false;
            default -> true;
        };
    }

    private static ApiResponse problem(int status, Set<String> codes) {
        String reason = HttpStatus.valueOf(status).getReasonPhrase();
        ApiResponse response = new ApiResponse()
                .description(reason + ". Problem codes: " + String.join(", ", codes) + ".")
                .content(new Content()
                        .addMediaType(
                                PROBLEM_JSON,
                                new MediaType().schema(new Schema<>().$ref(ContractSchemas.PROBLEM_REF))));
        response.addExtension("x-problem-codes", List.copyOf(codes));
        return response;
    }

    private static void addParameter(Operation operation, Parameter parameter) {
        List<Parameter> parameters = operation.getParameters() == null ? new ArrayList<>() : operation.getParameters();
        boolean present = parameters.stream()
                .anyMatch(p -> p.getName().equalsIgnoreCase(parameter.getName())
                        && p.getIn().equals(parameter.getIn()));
        if (!present) {
            parameters.add(parameter);
        }
        operation.setParameters(parameters);
    }

    /** Springdoc writes {@code *}{@code /*} for handlers that do not name what they produce; they produce JSON. */
    private static void json(Content content) {
        if (content != null && content.containsKey(ANY)) {
            MediaType any = content.remove(ANY);
            content.putIfAbsent(JSON, any);
        }
    }
}
