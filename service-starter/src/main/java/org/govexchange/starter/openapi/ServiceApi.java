package org.govexchange.starter.openapi;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What one service says about its API document, declared once as a bean: its title (Chinese and English), what it
 * is for, which paths are data routes behind the gateway's {@code DataRouteFilter}, which operations are public,
 * and every problem {@code code} it answers with, by HTTP status. The starter's {@link ContractCustomizer} turns
 * this into the shared parts of the document.
 */
public final class ServiceApi {

    private final String title;
    private final String description;
    private final List<String> dataPaths = new ArrayList<>();
    private final Set<String> publicOperations = new LinkedHashSet<>();
    private final Map<Integer, Set<String>> codes = new TreeMap<>();

    private ServiceApi(String title, String description) {
        this.title = title;
        this.description = description;
    }

    /** A service titled e.g. {@code 人口基础库 Population database}. */
    public static ServiceApi titled(String title, String description) {
        return new ServiceApi(title, description);
    }

    /** Paths (prefixes) the gateway guards as data routes: purpose and case headers, grants, quotas. */
    public ServiceApi dataPaths(String... paths) {
        dataPaths.addAll(List.of(paths));
        return this;
    }

    /** Operations anyone may call, as {@code "GET /api/x/{id}"}: documented with {@code security: []}. */
    public ServiceApi publicOperation(String operation) {
        publicOperations.add(operation);
        return this;
    }

    /** Problem codes this service answers with at {@code status}, besides the platform-wide ones. */
    public ServiceApi codes(int status, String... problemCodes) {
        codes.computeIfAbsent(status, s -> new TreeSet<>()).addAll(List.of(problemCodes));
        return this;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public List<String> dataPaths() {
        return Collections.unmodifiableList(dataPaths);
    }

    public boolean isPublic(String method, String path) {
        return publicOperations.contains(method + " " + path);
    }

    public boolean isDataRoute(String path) {
        return dataPaths.stream().anyMatch(p -> path.equals(p) || path.startsWith(p + "/"));
    }

    /** This service's own codes by status (unmodifiable view). */
    public Map<Integer, Set<String>> codes() {
        return Collections.unmodifiableMap(codes);
    }
}
