package org.govexchange.node.hub;

/** The hub answered 4xx: retrying the same request will not help. */
public class HubRejectedException extends RuntimeException {

    private final HubResponse response;

    public HubRejectedException(HubResponse response, String message) {
        super(message + " (HTTP " + response.status() + ": " + abbreviate(response.body()) + ")");
        this.response = response;
    }

    public HubResponse response() {
        return response;
    }

    private static String abbreviate(String body) {
        if (body == null) {
            return "";
        }
        return body.length() > 300 ? body.substring(0, 300) + "..." : body;
    }
}
