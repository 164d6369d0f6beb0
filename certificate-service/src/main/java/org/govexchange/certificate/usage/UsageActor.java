package org.govexchange.certificate.usage;

import org.govexchange.contracts.grant.GrantContext;

/**
 * Who uses a certificate and why, as recorded for the holder.
 *
 * @param department credit code of the consumer department
 * @param clientId the calling system
 * @param purpose purpose code ({@code X-GX-Purpose})
 * @param caseId 办件编号 ({@code X-GX-Case-Id})
 * @param requestId correlation id
 */
public record UsageActor(String department, String clientId, String purpose, String caseId, String requestId) {

    public static UsageActor of(GrantContext grant) {
        return new UsageActor(
                grant.consumerDept(), grant.clientId(), grant.purpose(), grant.caseId(), grant.requestId());
    }
}
