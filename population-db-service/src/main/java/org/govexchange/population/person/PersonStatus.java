package org.govexchange.population.person;

/** Registration status of a resident. A cancelled number (注销) stays in the database with its history. */
public enum PersonStatus {
    ALIVE,
    DECEASED,
    EMIGRATED,
    CANCELLED
}
