package org.govexchange.catalog.resource;

/**
 * Resource codes: classification (类 1 digit + 项 2 + 目 3) {@code /} 6-digit sequence, e.g.
 * {@code 101001/000001}. See docs/catalog-resource-codes.md.
 */
public final class ResourceCodes {

    public static final String CODE_PATTERN = "[1-3][0-9]{5}/[0-9]{6}";

    private ResourceCodes() {}

    static String code(String classification, int sequence) {
        return classification + "/" + String.format("%06d", sequence);
    }
}
