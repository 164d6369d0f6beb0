package org.govexchange.contracts.schema;

/** Sensitivity level of a field, L1 (public) to L4 (most sensitive). */
public enum Sensitivity {
    L1,
    L2,
    L3,
    L4
}
