package org.govexchange.legalentity.entity;

import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.BeanPropertyRowMapper;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Name search by index only. Prefix: a range of idx_legal_entity_name, read in index order. Contains: the
 * entities having every chosen shingle of the query (primary-key lookups in legal_entity_name_gram), then
 * name LIKE on those rows alone. Counting stops at {@link #COUNT_LIMIT}: a search for 有限 must not count
 * half the register to report a total nobody pages through.
 */
@Component
public class EntitySearch {

    public static final int COUNT_LIMIT = 10_000;

    private static final BeanPropertyRowMapper<LegalEntity> ROWS = new BeanPropertyRowMapper<>(LegalEntity.class);

    private final JdbcTemplate jdbc;

    public EntitySearch(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public enum Match {
        PREFIX,
        CONTAINS
    }

    /** SQL and its arguments, in order; public so a test can EXPLAIN exactly what runs. */
    public record Query(String sql, List<Object> args) {}

    List<LegalEntity> page(Match match, String name, String status, long limit, long offset) {
        Query query = pageQuery(match, name, status, limit, offset);
        return jdbc.query(query.sql(), ROWS, query.args().toArray());
    }

    /** Matches up to COUNT_LIMIT + 1, so the caller can tell "exactly 10 000" from "more". */
    long count(Match match, String name, String status) {
        Query query = countQuery(match, name, status);
        Long count = jdbc.queryForObject(query.sql(), Long.class, query.args().toArray());
        return count == null ? 0 : count;
    }

    public static Query pageQuery(Match match, String name, String status, long limit, long offset) {
        Query core = core(match, name, status);
        String order = match == Match.PREFIX ? " ORDER BY e.name, e.credit_code" : " ORDER BY g0.credit_code";
        List<Object> args = new ArrayList<>(core.args());
        args.add(limit);
        args.add(offset);
        return new Query("SELECT e.*" + core.sql() + order + " LIMIT ? OFFSET ?", args);
    }

    public static Query countQuery(Match match, String name, String status) {
        if (match == Match.CONTAINS && status == null && isOneGram(name)) {
            // Counting "科技" touches only the shingle index, never 10 000 entity rows.
            return new Query(
                    "SELECT COUNT(*) FROM (SELECT 1 AS hit FROM legal_entity_name_gram g0 WHERE g0.gram = ? LIMIT ?) capped",
                    List.of(NameGrams.forQuery(name).get(0), COUNT_LIMIT + 1));
        }
        Query core = core(match, name, status);
        List<Object> args = new ArrayList<>(core.args());
        args.add(COUNT_LIMIT + 1);
        return new Query("SELECT COUNT(*) FROM (SELECT 1 AS hit" + core.sql() + " LIMIT ?) capped", args);
    }

    private static Query core(Match match, String name, String status) {
        List<Object> args = new ArrayList<>();
        var sql = new StringBuilder();
        if (match == Match.PREFIX) {
            sql.append(" FROM legal_entity e WHERE e.name LIKE ? ESCAPE '!'");
            args.add(escape(name) + "%");
        } else {
            List<String> grams = NameGrams.forQuery(name);
            sql.append(" FROM legal_entity_name_gram g0");
            for (int i = 1; i < grams.size(); i++) {
                sql.append(" JOIN legal_entity_name_gram g")
                        .append(i)
                        .append(" ON g")
                        .append(i)
                        .append(".gram = ? AND g")
                        .append(i)
                        .append(".credit_code = g0.credit_code");
                args.add(grams.get(i));
            }
            sql.append(" JOIN legal_entity e ON e.credit_code = g0.credit_code WHERE g0.gram = ?");
            args.add(grams.get(0));
            if (!isOneGram(name)) {
                // The shingles may occur apart (鑫源…源科…科技); only the name itself can say.
                sql.append(" AND e.name LIKE ? ESCAPE '!'");
                args.add("%" + escape(name) + "%");
            }
        }
        if (status != null) {
            sql.append(" AND e.status = ?");
            args.add(status);
        }
        return new Query(sql.toString(), args);
    }

    /** A 2-character query is its own single shingle: having the shingle is containing the query. */
    private static boolean isOneGram(String name) {
        return name.codePointCount(0, name.length()) == 2;
    }

    /** LIKE wildcards in the query are meant literally. */
    private static String escape(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
