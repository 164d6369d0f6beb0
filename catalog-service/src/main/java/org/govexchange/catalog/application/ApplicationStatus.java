package org.govexchange.catalog.application;

public enum ApplicationStatus {
    PENDING,
    APPROVED,
    REJECTED
}
