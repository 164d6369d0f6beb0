package org.govexchange.certificate;

import java.util.Map;
import org.govexchange.contracts.identifier.CreditCodes;
import org.govexchange.testkit.HostileWalk;
import org.junit.jupiter.api.Test;

/**
 * Every operation of the certificate service's OpenAPI document with the test kit's table of hostile values,
 * each as the caller it is meant for: data reads as the gateway under a grant of every field, issuing and
 * status changes as the issuing department's gateway token, consents as the portal, management as the
 * platform administrator. No 5xx, every 4xx a problem+json with a code, no row changed except by the creates
 * named below.
 */
class HostileWalkTest extends CertificateServiceTest {

    private static final String WALKER = CreditCodes.compose("11350100", "00350199");

    @Test
    void everyOperationRefusesHostileValuesCleanly() throws Exception {
        String typeCode = registerPersonType(newTypeCode(), "恶意遍历证照", AMR);
        HostileWalk.of(port, jdbc)
                .credentials((method, path) -> {
                    Api.Caller caller = callerFor(method, path);
                    return Map.of(caller.header, caller.value);
                })
                .seed("typeCode", "\"" + typeCode + "\"")
                .seed("holderId", "\"" + newPersonId() + "\"")
                // Creates: a holder name or a matter title that reads like SQL is still text.
                .writes("POST /api/certificates/certificates", "issues a certificate")
                .writes("POST /api/certificates/types", "registers a certificate type")
                .writes("PUT /api/certificates/types/{typeCode}/issuers", "replaces a type's issuers")
                .writes("POST /api/certificates/matters", "registers a matter")
                .writes("POST /api/certificates/consents", "records a holder's consent")
                .touches(
                        "GET /api/certificates/certificates/{id}/verification",
                        "outbox_event",
                        "every verification call is audited, a refused one included (issue 14, item 8)")
                .countRowsOnly("outbox_event", "the relay stamps rows as sent after publishing them to Kafka")
                .run()
                .assertClean();
    }

    private static Api.Caller callerFor(String method, String path) {
        if (path.startsWith("/api/certificates/consents") || path.startsWith("/api/certificates/holders")) {
            return portal();
        }
        if (path.endsWith("/materials")) {
            return departmentSystem(HRSS);
        }
        if (path.startsWith("/api/certificates/certificates")) {
            if (path.endsWith("/verification")) {
                // A department of its own: the documented purpose, case and fields slots add calls enough to use
                // up HRSS's verification limit for the tests that run after the walk.
                return gateway(WALKER);
            }
            return method.equals("GET") ? gateway(HRSS) : Api.Caller.writer(AMR);
        }
        return admin();
    }
}
