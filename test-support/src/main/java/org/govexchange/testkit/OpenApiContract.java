package org.govexchange.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Contract drift: a running service's {@code /v3/api-docs} must equal its committed document
 * ({@code src/main/openapi/openapi.json}) in everything but order. Changing a response field without regenerating the
 * document fails here; the failure says how to regenerate. A service's {@code OpenApiContractTest} extends this in the
 * service's own package (so Spring finds its application) and names only its module. Run it with
 * {@code -Dgx.openapi.write=true} to rewrite the committed document from the running service instead.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
public abstract class OpenApiContract {

    /** System property that makes {@link #theLiveDocumentIsTheCommittedOne} write the document instead of comparing. */
    public static final String WRITE_PROPERTY = "gx.openapi.write";

    public static final Path COMMITTED = Path.of("src", "main", "openapi", "openapi.json");

    private static final JsonMapper JSON =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final int SHOWN = 40;

    private final String module;
    private final String[] testOnlyPaths;

    @LocalServerPort
    int port;

    /**
     * @param module the Maven module, named in the regenerate command
     * @param testOnlyPaths paths only test sources serve, left out of the live document
     */
    protected OpenApiContract(String module, String... testOnlyPaths) {
        this.module = module;
        this.testOnlyPaths = testOnlyPaths.clone();
    }

    @Test
    void theLiveDocumentIsTheCommittedOne() throws Exception {
        JsonNode live = live(port, testOnlyPaths);
        if (Boolean.getBoolean(WRITE_PROPERTY)) {
            Files.createDirectories(COMMITTED.getParent());
            Files.writeString(COMMITTED, JSON.writeValueAsString(sorted(live, false)) + "\n", StandardCharsets.UTF_8);
            return;
        }
        String regenerate = "Regenerate it if the change is intended: ./mvnw -o -pl " + module
                + " test -Dtest=OpenApiContractTest -D" + WRITE_PROPERTY + "=true, then review and commit "
                + module + "/" + COMMITTED + ".";
        assertThat(COMMITTED)
                .as("the committed OpenAPI document. " + regenerate)
                .exists();
        JsonNode committed = JSON.readTree(Files.readString(COMMITTED, StandardCharsets.UTF_8));
        List<String> differences = new ArrayList<>();
        diff("", sorted(committed, true), sorted(live, true), differences);
        assertThat(differences)
                .as(
                        "%s/v3/api-docs differs from the committed %s (committed -> live). %s",
                        module, COMMITTED, regenerate)
                .isEmpty();
    }

    private static JsonNode live(int port, String... testOnlyPaths) throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/v3/api-docs"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("GET /v3/api-docs").isEqualTo(200);
        ObjectNode document = (ObjectNode) JSON.readTree(response.body());
        ObjectNode paths = (ObjectNode) document.path("paths");
        for (String path : testOnlyPaths) {
            paths.remove(path);
        }
        return document;
    }

    /** Object members by name; with {@code arrays}, array elements by their text too (order carries no meaning). */
    static JsonNode sorted(JsonNode node, boolean arrays) {
        if (node.isObject()) {
            Map<String, JsonNode> members = new TreeMap<>();
            node.properties().forEach(e -> members.put(e.getKey(), sorted(e.getValue(), arrays)));
            ObjectNode object = NODES.objectNode();
            members.forEach(object::set);
            return object;
        }
        if (node.isArray()) {
            List<JsonNode> elements = new ArrayList<>();
            node.forEach(e -> elements.add(sorted(e, arrays)));
            if (arrays) {
                elements.sort((a, b) -> a.toString().compareTo(b.toString()));
            }
            ArrayNode array = NODES.arrayNode();
            elements.forEach(array::add);
            return array;
        }
        return node;
    }

    private static void diff(String pointer, JsonNode committed, JsonNode live, List<String> out) {
        if (out.size() >= SHOWN || committed.equals(live)) {
            return;
        }
        if (committed.isObject() && live.isObject()) {
            Set<String> names = new TreeSet<>();
            committed.properties().forEach(e -> names.add(e.getKey()));
            live.properties().forEach(e -> names.add(e.getKey()));
            for (String name : names) {
                String child = pointer + "/" + name.replace("~", "~0").replace("/", "~1");
                if (!committed.has(name)) {
                    out.add("added   " + child);
                } else if (!live.has(name)) {
                    out.add("removed " + child);
                } else {
                    diff(child, committed.get(name), live.get(name), out);
                }
            }
            return;
        }
        out.add("changed " + pointer + ": " + abbreviate(committed) + " -> " + abbreviate(live));
    }

    private static String abbreviate(JsonNode node) {
        String text = node.toString();
        return text.length() <= 160 ? text : text.substring(0, 157) + "...";
    }
}
