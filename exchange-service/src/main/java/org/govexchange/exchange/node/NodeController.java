package org.govexchange.exchange.node;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.govexchange.exchange.security.ExchangeAccess;
import org.govexchange.starter.security.CurrentCaller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/exchange/nodes}: every node with ONLINE/OFFLINE; platform admins, operators, auditors. */
@Tag(name = "nodes", description = "前置节点 The departments' front nodes the hub knows, with their last heartbeat.")
@RestController
class NodeController {

    private final NodeService nodes;

    NodeController(NodeService nodes) {
        this.nodes = nodes;
    }

    @Operation(
            summary = "List the front nodes",
            description =
                    "Every registered front node with its department, version and last heartbeat. Platform administrators, operators and auditors only.")
    @GetMapping("/api/exchange/nodes")
    List<NodeView> nodes(CurrentCaller caller) {
        if (!ExchangeAccess.seesAll(caller)) {
            throw ExchangeAccess.forbidden("only platform administrators, operators and auditors list the nodes");
        }
        return nodes.list();
    }
}
