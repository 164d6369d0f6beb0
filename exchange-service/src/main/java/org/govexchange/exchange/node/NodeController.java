package org.govexchange.exchange.node;

import java.util.List;
import org.govexchange.exchange.security.ExchangeAccess;
import org.govexchange.starter.security.CurrentCaller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/exchange/nodes}: every node with ONLINE/OFFLINE; platform admins, operators, auditors. */
@RestController
class NodeController {

    private final NodeService nodes;

    NodeController(NodeService nodes) {
        this.nodes = nodes;
    }

    @GetMapping("/api/exchange/nodes")
    List<NodeView> nodes(CurrentCaller caller) {
        if (!ExchangeAccess.seesAll(caller)) {
            throw ExchangeAccess.forbidden("only platform administrators, operators and auditors list the nodes");
        }
        return nodes.list();
    }
}
