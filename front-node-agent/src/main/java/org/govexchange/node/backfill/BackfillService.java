package org.govexchange.node.backfill;

import java.time.Clock;
import org.govexchange.contracts.problem.ProblemCodes;
import org.govexchange.contracts.problem.ProblemException;
import org.govexchange.node.NodeProperties;
import org.govexchange.node.hub.HubClient;
import org.govexchange.node.hub.HubRejectedException;
import org.govexchange.node.hub.HubResponse;
import org.govexchange.node.hub.HubUnavailableException;
import org.springframework.stereotype.Service;

/** Asks the hub to replay a subscribed resource into this node's downlink. */
@Service
public class BackfillService {

    public static final String NOT_SUBSCRIBED = "SUBSCRIPTION_NOT_CONFIGURED";
    public static final String HUB_REFUSED = "HUB_REFUSED";

    private final NodeProperties node;
    private final HubClient hub;
    private final BackfillProgress progress;
    private final Clock clock;

    public BackfillService(NodeProperties node, HubClient hub, BackfillProgress progress, Clock clock) {
        this.node = node;
        this.hub = hub;
        this.progress = progress;
        this.clock = clock;
    }

    public BackfillRequested request(String resourceCode) {
        if (node.subscription(resourceCode) == null) {
            throw ProblemException.notFound(
                    NOT_SUBSCRIBED, "This node does not subscribe to " + resourceCode + "; nothing to backfill.");
        }
        HubResponse response;
        try {
            response = hub.requestBackfill(resourceCode);
        } catch (HubUnavailableException e) {
            throw new ProblemException(
                    503, ProblemCodes.DOWNSTREAM_UNAVAILABLE, "The hub cannot be reached: " + e.getMessage());
        } catch (HubRejectedException e) {
            throw new ProblemException(502, HUB_REFUSED, "The hub refused the node's credentials: " + e.getMessage());
        }
        if (!response.ok()) {
            throw new ProblemException(
                    502,
                    HUB_REFUSED,
                    "The hub refused the backfill (HTTP " + response.status() + ").",
                    java.util.Map.of("hubStatus", response.status(), "hubResponse", abbreviate(response.body())));
        }
        progress.requested(resourceCode);
        return new BackfillRequested(resourceCode, clock.instant(), response.status());
    }

    private static String abbreviate(String body) {
        String text = body == null ? "" : body;
        return text.length() > 1000 ? text.substring(0, 1000) : text;
    }
}
