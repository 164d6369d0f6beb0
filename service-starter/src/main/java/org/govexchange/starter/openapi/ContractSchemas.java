package org.govexchange.starter.openapi;

import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The schemas and parameters every service's document shares. */
final class ContractSchemas {

    static final String PROBLEM = "Problem";
    static final String PROBLEM_REF = "#/components/schemas/" + PROBLEM;
    static final String OAUTH2 = "oauth2";

    private ContractSchemas() {}

    /** A schema of one JSON type (OpenAPI 3.1 writes {@code type} from the type set). */
    static Schema<Object> typed(String type) {
        Schema<Object> schema = new Schema<>();
        schema.setType(type);
        schema.setTypes(Set.of(type));
        return schema;
    }

    static Schema<Object> string(String description, Object example) {
        return typed("string").description(description).example(example);
    }

    /** RFC 9457 problem details with the GovExchange {@code code} member. */
    static Schema<Object> problem(Set<String> codes) {
        Map<String, Schema> properties = new LinkedHashMap<>();
        properties.put(
                "type",
                string(
                                "URI of the problem type: https://govexchange.org/problems/ and the code in lower case.",
                                "https://govexchange.org/problems/validation-failed")
                        .format("uri"));
        properties.put("title", string("The HTTP reason phrase.", "Bad Request"));
        properties.put(
                "status",
                typed("integer")
                        .format("int32")
                        .minimum(BigDecimal.valueOf(400))
                        .maximum(BigDecimal.valueOf(599))
                        .description("The HTTP status code.")
                        .example(400));
        properties.put("detail", string("What went wrong, for a person; never branch on it.", "size is at most 500."));
        properties.put(
                "instance",
                string("The request path the problem occurred on.", "/api/population/persons/batch")
                        .format("uri-reference"));
        Schema<Object> code = string(
                "Stable machine-readable code: clients branch on it. Each response lists the codes it can carry.",
                "VALIDATION_FAILED");
        code.setEnum(new ArrayList<>(codes));
        properties.put("code", code);
        Schema<Object> error = typed("object").description("One rejected input.");
        error.setProperties(new LinkedHashMap<>(Map.of(
                "field", string("The parameter or body property.", "size"),
                "message", string("Why it was rejected.", "must be at most 500"))));
        Schema<Object> errors = typed("array").description("Rejected inputs, for VALIDATION_FAILED.");
        errors.setItems(error);
        properties.put("errors", errors);
        Schema<Object> problem = typed("object")
                .description("An RFC 9457 problem (application/problem+json). Further members may name the offending"
                        + " field, resource or limit.");
        problem.setProperties(properties);
        problem.setRequired(List.of("type", "title", "status", "code"));
        return problem;
    }

    static Parameter purposeHeader() {
        return new Parameter()
                .in("header")
                .name("X-GX-Purpose")
                .required(true)
                .description("Why the data is requested (用途): a purpose code, checked by the gateway and recorded in"
                        + " the audit trail. Missing or malformed: 400 PURPOSE_REQUIRED.")
                .schema(typed("string").pattern("^[A-Z0-9_]{2,32}$").example("SOCIAL_ASSISTANCE"));
    }

    static Parameter caseIdHeader() {
        return new Parameter()
                .in("header")
                .name("X-GX-Case-Id")
                .required(false)
                .description("The case (办件编号) the request serves, recorded in the audit trail. Blank or longer"
                        + " than 64 characters: 400 CASE_ID_INVALID.")
                .schema(typed("string").minLength(1).maxLength(64).example("BJ-2026-000123"));
    }

    static Parameter fieldsQuery() {
        return new Parameter()
                .in("query")
                .name("fields")
                .required(false)
                .description("Comma-separated field codes to return, a subset of the grant's fields (default: all"
                        + " granted fields). A field outside the grant: 403 FIELD_NOT_GRANTED.")
                .schema(typed("string")
                        .pattern("^[A-Za-z0-9_]+(,[A-Za-z0-9_]+)*$")
                        .example("name,gender"));
    }
}
