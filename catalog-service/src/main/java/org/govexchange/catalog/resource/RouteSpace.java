package org.govexchange.catalog.resource;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.govexchange.contracts.problem.ProblemException;
import org.springframework.stereotype.Component;

/**
 * The rules a resource's gateway {@code apiPath} obeys, so that no resource can take over a route: the
 * gateway picks the data route by path, and a resource at {@code /oauth2} or below another resource's path
 * would capture its calls. Paths are compared segment by segment, never as raw string prefixes
 * ({@code /a/persons} and {@code /a/personsX} do not collide, {@code /a/persons} and {@code /a/persons/batch} do).
 */
@Component
public class RouteSpace {

    public static final String NOT_CANONICAL = "API_PATH_NOT_CANONICAL";
    public static final String RESERVED = "API_PATH_RESERVED";
    public static final String OUTSIDE_SERVICE_SPACE = "API_PATH_OUTSIDE_SERVICE_SPACE";
    public static final String OVERLAPS = "API_PATH_OVERLAPS";

    /** Served by the gateway or the platform itself; no resource may be at, above or below one of them. */
    static final List<String> RESERVED_PATHS = List.of(
            "/oauth2",
            "/.well-known",
            "/actuator",
            "/openapi",
            "/v3",
            "/swagger-ui",
            "/console",
            "/api/catalog",
            "/api/exchange");

    /** The only accepted form: lowercase letters, digits and inner hyphens, one {@code /} between segments. */
    private static final Pattern CANONICAL = Pattern.compile("(/[a-z0-9]+(-[a-z0-9]+)*)+");

    private static final int MAX_LENGTH = 256;

    private final RouteSpaceProperties properties;

    public RouteSpace(RouteSpaceProperties properties) {
        this.properties = properties;
    }

    /** A path already in use by another (not retired) resource. */
    record Occupied(String resourceCode, String apiPath) {}

    /**
     * Refuses {@code apiPath} with 422 and a code per rule, checked in this order: canonical form, reserved
     * paths, the service space, then the paths of {@code others}.
     */
    void check(String apiPath, List<Occupied> others) {
        if (apiPath.length() > MAX_LENGTH || !isCanonical(apiPath)) {
            throw new ProblemException(
                    422,
                    NOT_CANONICAL,
                    "apiPath must be canonical: segments of lowercase letters, digits and '-' separated by one '/',"
                            + " without a trailing '/', dot segments, escapes or parameters.",
                    Map.of("apiPath", printable(apiPath)));
        }
        Optional<String> reserved = reservedTouchedBy(apiPath);
        if (reserved.isPresent()) {
            throw new ProblemException(
                    422,
                    RESERVED,
                    "apiPath " + apiPath + " touches the reserved path " + reserved.get() + ".",
                    Map.of("apiPath", apiPath, "reserved", reserved.get()));
        }
        List<String> path = segments(apiPath);
        boolean inSpace = properties.services().values().stream()
                .map(prefix -> segments(prefix))
                .anyMatch(prefix -> prefix.size() < path.size() && startsWith(path, prefix));
        if (!inSpace) {
            throw new ProblemException(
                    422,
                    OUTSIDE_SERVICE_SPACE,
                    "apiPath " + apiPath + " lies below none of the services' prefixes "
                            + properties.services().values().stream().sorted().toList() + ".",
                    Map.of("apiPath", apiPath));
        }
        for (Occupied other : others) {
            // Stored paths from before these rules may be sloppy: compare them as the gateway would see them.
            List<String> theirs = segments(other.apiPath().toLowerCase(Locale.ROOT));
            if (theirs.equals(path)) {
                throw ProblemException.conflict(
                        ResourceService.API_PATH_TAKEN,
                        "Resource " + other.resourceCode() + " is served at " + other.apiPath() + ".");
            }
            if (startsWith(path, theirs) || startsWith(theirs, path)) {
                throw new ProblemException(
                        422,
                        OVERLAPS,
                        "apiPath " + apiPath + " overlaps " + other.apiPath() + " of resource " + other.resourceCode()
                                + ": one would capture the other's calls.",
                        Map.of("apiPath", apiPath, "resource", other.resourceCode(), "otherApiPath", other.apiPath()));
            }
        }
    }

    static boolean isCanonical(String path) {
        return CANONICAL.matcher(path).matches();
    }

    /** The reserved path {@code path} is equal to, above or below, if any. */
    static Optional<String> reservedTouchedBy(String path) {
        List<String> mine = segments(path);
        return RESERVED_PATHS.stream()
                .filter(reserved -> {
                    List<String> theirs = segments(reserved);
                    return startsWith(mine, theirs) || startsWith(theirs, mine);
                })
                .findFirst();
    }

    private static List<String> segments(String path) {
        return Arrays.stream(path.split("/")).filter(s -> !s.isEmpty()).toList();
    }

    private static boolean startsWith(List<String> path, List<String> prefix) {
        return !prefix.isEmpty()
                && prefix.size() <= path.size()
                && path.subList(0, prefix.size()).equals(prefix);
    }

    /** Control characters are never echoed back into a problem body. */
    private static String printable(String value) {
        String cut = value.length() > MAX_LENGTH ? value.substring(0, MAX_LENGTH) + "…" : value;
        return cut.codePoints()
                .map(c -> Character.isISOControl(c) ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
    }
}
