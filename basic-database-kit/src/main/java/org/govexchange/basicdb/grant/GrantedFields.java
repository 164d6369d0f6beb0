package org.govexchange.basicdb.grant;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.govexchange.contracts.grant.GrantContext;
import org.govexchange.contracts.problem.ProblemException;

/**
 * A read that compares or looks up fields (verify, batch, search) discloses them as surely as one that returns
 * them: a "match" confirms a name that a GET would only show masked. Such a read needs every field it touches
 * in the internal token's grant, or it is 403 {@code FIELD_NOT_GRANTED} naming the missing ones (the code and
 * {@code fields} property the gateway uses for {@code ?fields=}).
 */
public final class GrantedFields {

    public static final String FIELD_NOT_GRANTED = "FIELD_NOT_GRANTED";

    private GrantedFields() {}

    /** @param fields the field codes the operation compares, looks up or filters by, in the order to report them */
    public static void require(GrantContext grant, Collection<String> fields, String operation) {
        List<String> missing = new ArrayList<>();
        for (String field : fields) {
            if (!grant.grants(field) && !missing.contains(field)) {
                missing.add(field);
            }
        }
        if (!missing.isEmpty()) {
            throw new ProblemException(
                    403,
                    FIELD_NOT_GRANTED,
                    operation + " needs a grant on " + String.join(", ", missing) + " of resource "
                            + grant.resourceCode() + ".",
                    Map.of("fields", List.copyOf(missing)));
        }
    }
}
