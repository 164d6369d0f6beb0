package org.govexchange.contracts.grant;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * What the gateway established about a data request and passes on in the internal token: who asks,
 * under which grant, for which fields (already narrowed to what the caller asked for), which of them
 * may be returned unmasked, and why. A controller takes it as a method parameter.
 *
 * @param requestId correlation id ({@code X-Request-Id})
 * @param consumerDept credit code of the calling department
 * @param clientId OAuth2 client id of the calling system
 * @param grantId the grant that allows the call
 * @param resourceCode the catalog resource the route serves
 * @param fields field codes the response may contain, in catalog order
 * @param masking the grant's own masking of every field in {@code fields} (NONE where the grant lets the
 *     plain value out), as the catalog decided it: services apply this, never a table of their own. A field
 *     the map does not name is masked FULL.
 * @param purpose purpose code from {@code X-GX-Purpose}
 * @param caseId 办件编号 from {@code X-GX-Case-Id}, if given
 */
public record GrantContext(
        String requestId,
        String consumerDept,
        String clientId,
        String grantId,
        String resourceCode,
        Set<String> fields,
        Map<String, Masking> masking,
        String purpose,
        String caseId) {

    /** Request attribute under which the verifying filter stores the context. */
    public static final String REQUEST_ATTRIBUTE = GrantContext.class.getName();

    public GrantContext {
        fields = fields == null ? Set.of() : Collections.unmodifiableSet(new LinkedHashSet<>(fields));
        Map<String, Masking> given = masking == null ? Map.of() : masking;
        Map<String, Masking> effective = new LinkedHashMap<>();
        for (String field : fields) {
            Masking m = given.get(field);
            effective.put(field, m == null ? Masking.FULL : m);
        }
        masking = Collections.unmodifiableMap(effective);
    }

    public boolean grants(String field) {
        return fields.contains(field);
    }

    /** Whether a granted field may be returned without masking. */
    public boolean isPlain(String field) {
        return maskingOf(field) == Masking.NONE;
    }

    /** How a granted field leaves; FULL for a field outside the grant. */
    public Masking maskingOf(String field) {
        return masking.getOrDefault(field, Masking.FULL);
    }

    /** The same grant for another request (a token is reused for several requests of one caller and grant). */
    public GrantContext withRequestId(String otherRequestId) {
        return new GrantContext(
                otherRequestId, consumerDept, clientId, grantId, resourceCode, fields, masking, purpose, caseId);
    }
}
