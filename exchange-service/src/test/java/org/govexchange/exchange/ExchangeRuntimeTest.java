package org.govexchange.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import org.govexchange.exchange.node.ExchangeNode;
import org.govexchange.exchange.node.ExchangeNodeMapper;
import org.govexchange.testkit.ServiceRuntimeContract;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

@ExchangeIntegrationTest
class ExchangeRuntimeTest extends ServiceRuntimeContract {

    @Autowired
    ExchangeNodeMapper nodes;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlers;

    @Test
    void nodeRoundTripsThroughMyBatisPlus() {
        var node = new ExchangeNode();
        node.setNodeId("node-psb-1");
        node.setDepartmentCode("11100000000013338W");
        node.setStatus("ONLINE");
        node.setLastHeartbeatAt(LocalDateTime.of(2026, 11, 22, 1, 2, 3));
        node.setRegisteredAt(LocalDateTime.of(2026, 11, 1, 0, 0));
        nodes.insert(node);

        assertThat(nodes.selectById("node-psb-1")).usingRecursiveComparison().isEqualTo(node);
    }

    @Test
    void theExchangeApiNeedsAToken() throws Exception {
        for (String path : List.of("/api/exchange/audit/events", "/api/exchange/keys/hub", "/api/exchange/anything")) {
            var response = get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(401);
            assertThat(response.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
            assertThat(response.body()).contains("\"code\":\"TOKEN_INVALID\"");
        }
    }

    /** The security chain lets unknown /api paths through to their 404: that holds only while this does. */
    @Test
    void everyHandlerOfThisServiceLivesUnderTheExchangeApi() {
        List<String> ours = handlers.getHandlerMethods().entrySet().stream()
                .filter(entry -> entry.getValue().getBeanType().getPackageName().startsWith("org.govexchange"))
                .flatMap(entry -> entry.getKey().getPatternValues().stream())
                .toList();

        assertThat(ours).isNotEmpty().allSatisfy(pattern -> assertThat(pattern).startsWith("/api/exchange/"));
    }
}
