package org.govexchange.basicdb.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.govexchange.testkit.ServiceRuntimeContract;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What every service promises at runtime, and on top what a basic database does: its data API answers only the
 * gateway (an internal token), its conflicts API only a caller with a bearer token. A service's test extends this
 * and names its database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class BasicDatabaseRuntimeContract extends ServiceRuntimeContract {

    private final TestedDatabase database;

    protected BasicDatabaseRuntimeContract(TestedDatabase database) {
        this.database = database;
    }

    List<String> dataRequests() {
        return List.of(database.recordPath(), database.dataPath() + "?name=" + database.nameSeed());
    }

    @ParameterizedTest
    @MethodSource("dataRequests")
    void theDataApiAnswersOnlyRequestsThatCameThroughTheGateway(String path) throws Exception {
        var response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).contains("\"code\":\"INTERNAL_TOKEN_INVALID\"");
    }

    @Test
    void theConflictsApiNeedsABearerToken() throws Exception {
        var response = get(database.conflictsPath());
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).contains("\"code\":\"TOKEN_INVALID\"");
    }
}
