package org.govexchange.catalog.grant;

import jakarta.validation.constraints.Size;

public record RevokeGrantRequest(@Size(max = 1000) String reason) {}
