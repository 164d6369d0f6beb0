package org.govexchange.legalentity.entity;

/** Kind of legal entity (市场主体 and other organisations with a unified social credit code). */
public enum EntityType {
    ENTERPRISE,
    INDIVIDUAL_BUSINESS,
    SOCIAL_ORGANISATION,
    PUBLIC_INSTITUTION,
    GOVERNMENT_AGENCY
}
