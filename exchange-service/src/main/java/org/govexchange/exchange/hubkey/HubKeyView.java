package org.govexchange.exchange.hubkey;

import java.util.Map;

/** The hub's public key, as PEM and as JWK, with the id its signatures carry. */
public record HubKeyView(String keyId, String algorithm, String publicKeyPem, Map<String, String> jwk) {}
