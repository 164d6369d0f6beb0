package org.govexchange.exchange.quarantine;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.extension.plugins.pagination.Page;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.ZoneOffset;
import java.util.List;
import org.govexchange.exchange.security.ExchangeAccess;
import org.govexchange.starter.security.CurrentCaller;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Lists quarantined records; a department sees only the records it provided. */
@Service
public class QuarantineService {

    private final QuarantineRecordMapper mapper;

    QuarantineService(QuarantineRecordMapper mapper, MeterRegistry meters) {
        this.mapper = mapper;
        Gauge.builder("gx.exchange.quarantine.records", this, QuarantineService::countOrNaN)
                .description("records (and whole batches) held in quarantine")
                .register(meters);
    }

    private double countOrNaN() {
        try {
            return count();
        } catch (RuntimeException e) {
            return Double.NaN;
        }
    }

    @Transactional(readOnly = true)
    public QuarantinePage list(CurrentCaller caller, String provider, String resource, int page, int size) {
        if (!ExchangeAccess.seesAll(caller)) {
            String own = ExchangeAccess.department(caller);
            if (own == null) {
                throw ExchangeAccess.forbidden(
                        "only administrators, operators, auditors and departments read quarantine");
            }
            if (provider != null && !provider.equals(own)) {
                throw ExchangeAccess.forbidden("a department reads only the quarantine of its own records");
            }
            provider = own;
        }
        var query = new LambdaQueryWrapper<QuarantineRecord>()
                .eq(provider != null, QuarantineRecord::getProviderCode, provider)
                .eq(resource != null, QuarantineRecord::getResourceCode, resource)
                .orderByDesc(QuarantineRecord::getId);
        Page<QuarantineRecord> result = mapper.selectPage(new Page<>(page + 1L, size), query);
        List<QuarantinedRecord> items = result.getRecords().stream()
                .map(row -> new QuarantinedRecord(
                        row.getProviderCode(),
                        row.getResourceCode(),
                        row.getBatchId(),
                        row.getRecordKey(),
                        row.getField(),
                        row.getRule(),
                        row.getReason(),
                        row.getCreatedAt().toInstant(ZoneOffset.UTC)))
                .toList();
        return new QuarantinePage(items, page, size, result.getTotal());
    }

    /** How many rows the quarantine holds (a gauge). */
    public long count() {
        return mapper.selectCount(null);
    }
}
