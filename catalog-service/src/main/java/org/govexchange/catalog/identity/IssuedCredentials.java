package org.govexchange.catalog.identity;

import java.util.List;

/** A client id with its secret, returned once when an account is created or its secret rotated. */
public record IssuedCredentials(String clientId, String clientSecret, List<Role> roles, String departmentCode) {}
