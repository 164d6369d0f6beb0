package org.govexchange.catalog.openapi;

import org.govexchange.contracts.identifier.CreditCodes;
import org.govexchange.contracts.problem.ProblemCodes;
import org.govexchange.starter.openapi.ServiceApi;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the catalog's OpenAPI document says about the service as a whole. The codes are the values of the
 * services' constants (AccountService, ResourceService, RouteSpace, ApplicationService, GrantService, …), by the
 * status they are answered with.
 */
@Configuration(proxyBeanMethods = false)
class CatalogApi {

    @Bean
    ServiceApi serviceApi() {
        return ServiceApi.titled(
                        "资源目录 Resource catalog",
                        "The catalog of shared government data (政务信息资源目录): departments and their keys,"
                                + " accounts and client credentials, resources and their fields, applications for"
                                + " access and the grants they become, and the lookups the gateway and hub use.")
                .codes(400, "PAGE_OUT_OF_RANGE", CreditCodes.FORMAT, CreditCodes.CHECKSUM)
                .codes(401, "TOKEN_REVOKED", "ACCOUNT_INACTIVE", "DEPARTMENT_SUSPENDED")
                .codes(
                        404,
                        "ACCOUNT_NOT_FOUND",
                        "APPLICATION_NOT_FOUND",
                        "DEPARTMENT_NOT_FOUND",
                        "GRANT_MISSING",
                        "GRANT_NOT_FOUND",
                        "RESOURCE_NOT_FOUND")
                .codes(
                        409,
                        "ACCOUNT_EXISTS",
                        "API_PATH_TAKEN",
                        "APPLICATION_NOT_PENDING",
                        "BOOTSTRAP_ACCOUNT",
                        "DEPARTMENT_EXISTS",
                        "GRANT_NOT_ACTIVE",
                        "KEY_EXISTS",
                        "RESOURCE_IDENTITY_IMMUTABLE",
                        "RESOURCE_STATE_CONFLICT")
                .codes(
                        422,
                        ProblemCodes.VALIDATION_FAILED,
                        "API_PATH_NOT_CANONICAL",
                        "API_PATH_OUTSIDE_SERVICE_SPACE",
                        "API_PATH_OVERLAPS",
                        "API_PATH_REQUIRED",
                        "API_PATH_RESERVED",
                        "CLASSIFICATION_MISMATCH",
                        "DEPARTMENT_NOT_FOUND",
                        "DEPARTMENT_REQUIRED",
                        "FIELD_CODE_DUPLICATE",
                        "FIELD_NOT_IN_RESOURCE",
                        "FIELD_NOT_REQUESTED",
                        "FIELD_VALIDATION_INVALID",
                        "KEY_FIELD_REQUIRED",
                        "KEY_FORMAT",
                        "LEGAL_BASIS_REQUIRED",
                        "OWN_RESOURCE",
                        "PARENT_DEPARTMENT_NOT_FOUND",
                        "PLAIN_FIELD_NOT_GRANTED",
                        "PROVIDER_NOT_FOUND",
                        "RESOURCE_NOT_PUBLISHED",
                        "RESOURCE_NOT_SHARED",
                        "RESOURCE_RETIRED",
                        "ROLE_CONFLICT",
                        "SHARE_CONDITION_REQUIRED",
                        "SHARE_METHOD_NOT_OFFERED",
                        "SHARE_METHOD_REQUIRED")
                .codes(503, "KAFKA_UNAVAILABLE");
    }
}
