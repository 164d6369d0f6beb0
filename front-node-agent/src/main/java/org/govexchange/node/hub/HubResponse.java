package org.govexchange.node.hub;

/** What the hub answered: the status and the body as text (problem+json on errors). */
public record HubResponse(int status, String body) {

    public boolean ok() {
        return status >= 200 && status < 300;
    }
}
