package org.govexchange.catalog.department;

import org.govexchange.catalog.identity.IssuedCredentials;
import org.govexchange.catalog.kafka.NodeCredential;

/**
 * Answer to a registration: the department, its DEPT_SYSTEM client and its node's Kafka credential; both secrets
 * are shown only here. {@code kafka} is null when the Kafka control plane is disabled.
 */
public record RegisteredDepartment(DepartmentView department, IssuedCredentials systemClient, NodeCredential kafka) {}
