package org.govexchange.contracts.exchange;

/**
 * Signature over the RFC 8785 canonical JSON of every other member of the envelope.
 *
 * @param alg {@code Ed25519} (default) or {@code SM2-SM3}
 * @param keyId the key registered in the catalog for the sender (or the hub's key on downlink)
 * @param value base64 (standard alphabet, padded) of the signature bytes
 */
public record EnvelopeSignature(String alg, String keyId, String value) {}
