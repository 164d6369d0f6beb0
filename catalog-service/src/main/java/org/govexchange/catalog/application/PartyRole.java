package org.govexchange.catalog.application;

/** Which side of applications a department lists: those it submitted, or those submitted to it. */
public enum PartyRole {
    CONSUMER,
    PROVIDER
}
