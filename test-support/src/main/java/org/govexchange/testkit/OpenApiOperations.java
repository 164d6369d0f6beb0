package org.govexchange.testkit;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.govexchange.testkit.HostileValues.Slot;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The operations of one OpenAPI document (as springdoc publishes it at {@code /v3/api-docs}), with their
 * parameters and JSON body schemas resolved, and a benign value for every slot: what {@link HostileWalk} starts
 * from before it puts one hostile value into one slot.
 */
final class OpenApiOperations {

    private static final List<String> METHODS = List.of("get", "post", "put", "patch", "delete");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final int MAX_DEPTH = 4;

    /** A parameter in the path, the query or a header. */
    record Param(String name, String in, boolean required, JsonNode schema) {}

    /** One operation; {@code body} is null when it takes none, {@code bodyType} its first media type. */
    record Operation(String method, String path, List<Param> params, JsonNode body, String bodyType) {

        String key() {
            return method + " " + path;
        }
    }

    private final JsonNode document;

    OpenApiOperations(JsonNode document) {
        this.document = document;
    }

    List<Operation> all() {
        List<Operation> operations = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            JsonNode item = path.getValue();
            for (String method : METHODS) {
                JsonNode operation = item.get(method);
                if (operation != null) {
                    operations.add(operation(method.toUpperCase(Locale.ROOT), path.getKey(), item, operation));
                }
            }
        }
        return operations;
    }

    private Operation operation(String method, String path, JsonNode item, JsonNode operation) {
        List<Param> params = new ArrayList<>();
        for (JsonNode list : List.of(item.path("parameters"), operation.path("parameters"))) {
            for (JsonNode raw : list) {
                JsonNode param = resolve(raw);
                params.add(new Param(
                        param.path("name").asString(),
                        param.path("in").asString(),
                        param.path("required").asBoolean(false),
                        resolve(param.path("schema"))));
            }
        }
        JsonNode content = resolve(operation.path("requestBody")).path("content");
        JsonNode body = null;
        String bodyType = null;
        Iterator<Map.Entry<String, JsonNode>> types = content.properties().iterator();
        if (types.hasNext()) {
            Map.Entry<String, JsonNode> first = types.next();
            bodyType = first.getKey();
            body = resolve(first.getValue().path("schema"));
        }
        return new Operation(method, path, params, body, bodyType);
    }

    /** Follows {@code $ref} and takes the first of {@code allOf}/{@code oneOf}/{@code anyOf}. */
    JsonNode resolve(JsonNode schema) {
        JsonNode current = schema;
        for (int hops = 0; hops < 10 && current != null; hops++) {
            if (current.has("$ref")) {
                String ref = current.get("$ref").asString();
                current = document.at(ref.substring(1));
            } else if (current.has("allOf") && !current.has("properties")) {
                current = current.get("allOf").get(0);
            } else if (current.has("oneOf")) {
                current = current.get("oneOf").get(0);
            } else if (current.has("anyOf")) {
                current = current.get("anyOf").get(0);
            } else {
                return current;
            }
        }
        return current == null ? NODES.objectNode() : current;
    }

    /** The type of a slot, from {@code type} (a string, or a list in OpenAPI 3.1) and {@code format}. */
    Slot slot(JsonNode schema) {
        JsonNode resolved = resolve(schema);
        String type = "";
        JsonNode typeNode = resolved.path("type");
        if (typeNode.isArray()) {
            for (JsonNode t : typeNode) {
                if (!t.asString().equals("null")) {
                    type = t.asString();
                }
            }
        } else {
            type = typeNode.asString("");
        }
        if (type.isEmpty() && resolved.has("properties")) {
            type = "object";
        }
        String format = resolved.path("format").asString("");
        return switch (type) {
            case "integer" -> Slot.INTEGER;
            case "number" -> Slot.NUMBER;
            case "boolean" -> Slot.BOOLEAN;
            case "array" -> Slot.ARRAY;
            case "object" -> Slot.OBJECT;
            default ->
                switch (format) {
                    case "date" -> Slot.DATE;
                    case "date-time" -> Slot.DATE_TIME;
                    default -> Slot.STRING;
                };
        };
    }

    /**
     * A benign value for a slot named {@code name}: the caller's seed for that name if any, else the schema's
     * example, default or first enum value, else a plain value of its type.
     */
    JsonNode benign(String name, JsonNode schema, Map<String, JsonNode> seeds, int depth) {
        if (name != null && seeds.containsKey(name)) {
            return seeds.get(name).deepCopy();
        }
        JsonNode resolved = resolve(schema);
        for (String key : List.of("example", "default")) {
            if (resolved.has(key) && !resolved.get(key).isNull()) {
                return resolved.get(key).deepCopy();
            }
        }
        if (resolved.has("examples")
                && resolved.get("examples").isArray()
                && !resolved.get("examples").isEmpty()) {
            return resolved.get("examples").get(0).deepCopy();
        }
        if (resolved.has("enum") && !resolved.get("enum").isEmpty()) {
            return resolved.get("enum").get(0).deepCopy();
        }
        return switch (slot(resolved)) {
            case INTEGER, NUMBER ->
                NODES.numberNode(Math.max(1, resolved.path("minimum").asLong(1)));
            case BOOLEAN -> NODES.booleanNode(true);
            case DATE -> NODES.stringNode("2026-01-01");
            case DATE_TIME -> NODES.stringNode("2026-01-01T00:00:00Z");
            case ARRAY -> {
                ArrayNode array = NODES.arrayNode();
                if (depth < MAX_DEPTH) {
                    array.add(benign(null, resolved.path("items"), seeds, depth + 1));
                }
                yield array;
            }
            case OBJECT -> {
                ObjectNode object = NODES.objectNode();
                if (depth < MAX_DEPTH) {
                    for (Map.Entry<String, JsonNode> property :
                            resolved.path("properties").properties()) {
                        object.set(property.getKey(), benign(property.getKey(), property.getValue(), seeds, depth + 1));
                    }
                }
                yield object;
            }
            case STRING ->
                NODES.stringNode(
                        "x".repeat(Math.max(1, resolved.path("minLength").asInt(1))));
        };
    }

    /** Every slot below a body, as a JSON pointer and its schema: object properties and first array elements. */
    void slots(JsonNode schema, String pointer, int depth, Map<String, JsonNode> into) {
        JsonNode resolved = resolve(schema);
        if (depth > MAX_DEPTH) {
            return;
        }
        Slot slot = slot(resolved);
        if (!pointer.isEmpty()) {
            into.put(pointer, resolved);
        }
        if (slot == Slot.OBJECT) {
            for (Map.Entry<String, JsonNode> property :
                    resolved.path("properties").properties()) {
                slots(property.getValue(), pointer + "/" + property.getKey(), depth + 1, into);
            }
        } else if (slot == Slot.ARRAY) {
            slots(resolved.path("items"), pointer + "/0", depth + 1, into);
        }
    }
}
