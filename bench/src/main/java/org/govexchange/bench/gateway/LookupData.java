package org.govexchange.bench.gateway;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.govexchange.contracts.grant.GrantContext;
import org.govexchange.contracts.grant.Masking;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What the lookup benchmark reads from the stack's database: the loaded ID numbers and the caller's grant. */
final class LookupData {

    static final String RESOURCE = "101001/000001";

    private LookupData() {}

    static long personCount(Connection db) throws SQLException {
        try (Statement s = db.createStatement();
                ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM gx_population.person")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /**
     * About {@code wanted} ID numbers spread over the whole table: one pass keeping each row with probability
     * wanted / count (ORDER BY RAND() would sort all 5 M rows).
     */
    static List<String> sampleIdNumbers(Connection db, long count, int wanted) throws SQLException {
        double p = count <= wanted ? 1.0 : Math.min(1.0, 1.3 * wanted / count);
        String sql = String.format(
                Locale.ROOT, "SELECT id_number FROM gx_population.person WHERE RAND() < %.8f LIMIT %d", p, wanted);
        List<String> ids = new ArrayList<>(wanted);
        try (Statement s = db.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
        }
        return ids;
    }

    /** The consumer's ACTIVE API-mode grant on the population resource, as the gateway would put it in the token. */
    static final ZoneId BUSINESS_ZONE = ZoneId.of("Asia/Shanghai");

    static GrantContext activeGrant(Connection db, String consumerCode, String clientId, String purpose)
            throws SQLException {
        String sql = "SELECT id, fields, plain_fields FROM gx_catalog.resource_grant WHERE consumer_code = ?"
                + " AND resource_code = ? AND mode = 'API' AND status = 'ACTIVE' AND valid_from <= ?"
                + " AND valid_to >= ? ORDER BY created_at DESC LIMIT 1";
        try (PreparedStatement s = db.prepareStatement(sql)) {
            s.setString(1, consumerCode);
            s.setString(2, RESOURCE);
            // The catalog dates grants in its business zone, not the database server's (UTC) calendar.
            java.sql.Date today = java.sql.Date.valueOf(LocalDate.now(BUSINESS_ZONE));
            s.setDate(3, today);
            s.setDate(4, today);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("department " + consumerCode + " has no ACTIVE API grant on "
                            + RESOURCE + " in gx_catalog.resource_grant: the gateway would answer GRANT_MISSING");
                }
                Set<String> fields = csv(rs.getString("fields"));
                Set<String> plain = csv(rs.getString("plain_fields"));
                Map<String, Masking> resourceMasking = resourceMasking(db);
                Map<String, Masking> masking = new LinkedHashMap<>();
                for (String field : fields) {
                    masking.put(field, plain.contains(field) ? Masking.NONE : resourceMasking.get(field));
                }
                return new GrantContext(
                        "bench", consumerCode, clientId, rs.getString("id"), RESOURCE, fields, masking, purpose, null);
            }
        }
    }

    /** The resource's masking per field in its current schema, as the catalog hands it to the gateway. */
    static Map<String, Masking> resourceMasking(Connection db) throws SQLException {
        String sql = "SELECT fields_json FROM gx_catalog.resource_schema WHERE resource_code = ?"
                + " ORDER BY version DESC LIMIT 1";
        Map<String, Masking> masking = new LinkedHashMap<>();
        try (PreparedStatement s = db.prepareStatement(sql)) {
            s.setString(1, RESOURCE);
            try (ResultSet rs = s.executeQuery()) {
                if (rs.next()) {
                    for (JsonNode field : JsonMapper.builder().build().readTree(rs.getString(1))) {
                        JsonNode m = field.get("masking");
                        masking.put(
                                field.get("code").asString(),
                                m == null || m.isNull() ? Masking.NONE : Masking.valueOf(m.asString()));
                    }
                }
            }
        }
        return masking;
    }

    static Set<String> csv(String text) {
        Set<String> values = new LinkedHashSet<>();
        if (text != null) {
            Arrays.stream(text.split(","))
                    .map(String::trim)
                    .filter(s -> !s.isEmpty())
                    .forEach(values::add);
        }
        return values;
    }
}
