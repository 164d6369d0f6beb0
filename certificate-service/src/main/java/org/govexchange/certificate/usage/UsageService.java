package org.govexchange.certificate.usage;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.extension.plugins.pagination.Page;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.stream.Collectors;
import org.govexchange.certificate.type.CertificateTypeService;
import org.govexchange.certificate.type.HolderKind;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** 用证记录: every use of a certificate, kept for its holder to see. */
@Service
public class UsageService {

    private final UsageMapper usage;
    private final CertificateTypeService types;
    private final Clock clock;

    public UsageService(UsageMapper usage, CertificateTypeService types, Clock clock) {
        this.usage = usage;
        this.types = types;
        this.clock = clock;
    }

    /** Records one use, in the transaction that served it: no record without the use, no use without a record. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(
            UsageActor actor,
            UsageAction action,
            String certificateId,
            String typeCode,
            String holderId,
            String matterCode,
            String consentId) {
        var row = new UsageRecord();
        row.setCertificateId(certificateId);
        row.setTypeCode(typeCode);
        row.setHolderId(holderId);
        row.setConsumerDept(actor.department());
        row.setClientId(truncate(actor.clientId()));
        row.setAction(action.name());
        row.setMatterCode(matterCode);
        row.setConsentId(consentId);
        row.setPurpose(truncate(actor.purpose()));
        row.setCaseId(truncate(actor.caseId()));
        row.setRequestId(truncate(actor.requestId()));
        row.setUsedAt(LocalDateTime.ofInstant(clock.instant().truncatedTo(ChronoUnit.MILLIS), ZoneOffset.UTC));
        usage.insert(row);
    }

    @Transactional(readOnly = true)
    public UsagePage history(String holderId, int page, int size) {
        String holder = HolderKind.lookupForm(holderId);
        Page<UsageRecord> result = usage.selectPage(
                new Page<>(page, size),
                new LambdaQueryWrapper<UsageRecord>()
                        .eq(UsageRecord::getHolderId, holder)
                        .orderByDesc(UsageRecord::getUsedAt)
                        .orderByDesc(UsageRecord::getId));
        Map<String, String> names = types.names(
                result.getRecords().stream().map(UsageRecord::getTypeCode).collect(Collectors.toSet()));
        return new UsagePage(
                holder,
                result.getCurrent(),
                result.getSize(),
                result.getTotal(),
                result.getRecords().stream()
                        .map(r -> new UsageView(
                                r.getCertificateId(),
                                r.getTypeCode(),
                                names.get(r.getTypeCode()),
                                r.getConsumerDept(),
                                r.getClientId(),
                                UsageAction.valueOf(r.getAction()),
                                r.getMatterCode(),
                                r.getConsentId(),
                                r.getPurpose(),
                                r.getCaseId(),
                                r.getUsedAt().toInstant(ZoneOffset.UTC)))
                        .toList());
    }

    private static String truncate(String value) {
        return value == null || value.length() <= 128 ? value : value.substring(0, 128);
    }
}
