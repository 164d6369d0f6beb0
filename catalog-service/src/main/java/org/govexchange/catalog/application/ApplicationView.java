package org.govexchange.catalog.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.govexchange.contracts.grant.ShareMode;

/**
 * An application as the API shows it.
 *
 * @param dueDate the provider's review deadline (10 working days after submission), CONDITIONAL only
 * @param overdue still PENDING after the due date
 * @param decisionComment the approver's comment or the rejection reason
 * @param grantId the grant an approval created
 */
public record ApplicationView(
        String id,
        String resourceCode,
        int resourceVersion,
        String consumerCode,
        String providerCode,
        List<String> fields,
        String purposeCode,
        String purpose,
        String legalBasis,
        ShareMode mode,
        long expectedDailyVolume,
        LocalDate validTo,
        ApplicationStatus status,
        Instant submittedAt,
        String submittedBy,
        LocalDate dueDate,
        boolean overdue,
        Instant decidedAt,
        String decidedBy,
        String decisionComment,
        String grantId) {}
