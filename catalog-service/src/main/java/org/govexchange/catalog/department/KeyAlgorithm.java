package org.govexchange.catalog.department;

/** Signature algorithms of front-node keys: Ed25519 by default, SM2 (with SM3) as the national option. */
public enum KeyAlgorithm {
    ED25519,
    SM2
}
