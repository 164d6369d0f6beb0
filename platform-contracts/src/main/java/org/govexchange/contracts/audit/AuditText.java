package org.govexchange.contracts.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * How an audit text longer than its column is kept: cut to fit and ended with a marker naming the whole
 * value's hash, so the event still enters the chain (an evidence log diverting an event for a long
 * reason would lose exactly the unusual ones) and the original can still be matched against a copy
 * kept elsewhere. The exchange service applies it at ingest; a producer may apply it first, with the
 * same result.
 *
 * <pre>
 * fit(v, n) = v                                              if v has at most n code points
 *           = first (n - 30) code points of v + MARKER + h + "]"   otherwise
 * h         = first 16 lower-case hex digits of SHA-256(UTF-8(v))
 * </pre>
 *
 * Lengths are counted in Unicode code points, as a MariaDB {@code VARCHAR(n)} in utf8mb4 counts
 * characters, so a surrogate pair is never split. Pure JDK.
 */
public final class AuditText {

    /** Starts the marker; U+2026 (one character) so a reader sees the text stops early. */
    public static final String MARKER = "\u2026[cut sha256:";

    /** Hex digits of the whole value's SHA-256 in the marker (64 bits: enough to match a known value). */
    public static final int HASH_DIGITS = 16;

    /** Code points the marker takes: MARKER, the digits and the closing bracket. */
    public static final int MARKER_LENGTH = MARKER.length() + HASH_DIGITS + 1;

    private AuditText() {}

    /**
     * {@code value} if it has at most {@code maxCodePoints} code points (null stays null), else its
     * cut form of exactly {@code maxCodePoints} code points.
     *
     * @throws IllegalArgumentException if {@code maxCodePoints} leaves no room for the marker and one
     *     character of the value
     */
    public static String fit(String value, int maxCodePoints) {
        if (maxCodePoints <= MARKER_LENGTH) {
            throw new IllegalArgumentException("a column of " + maxCodePoints + " characters cannot hold the marker");
        }
        if (value == null || value.codePointCount(0, value.length()) <= maxCodePoints) {
            return value;
        }
        int end = value.offsetByCodePoints(0, maxCodePoints - MARKER_LENGTH);
        return value.substring(0, end) + marker(value);
    }

    /**
     * {@code value} if its UTF-8 form has at most {@code maxBytes} bytes (null stays null), else its cut
     * form whose UTF-8 form fits, for a column measured in bytes (a TEXT column). Whole code points only.
     */
    public static String fitUtf8(String value, int maxBytes) {
        if (maxBytes <= MARKER_LENGTH + 2) {
            throw new IllegalArgumentException("a column of " + maxBytes + " bytes cannot hold the marker");
        }
        if (value == null || value.getBytes(StandardCharsets.UTF_8).length <= maxBytes) {
            return value;
        }
        String marker = marker(value);
        int budget = maxBytes - marker.getBytes(StandardCharsets.UTF_8).length;
        int end = 0;
        int bytes = 0;
        while (end < value.length()) {
            int codePoint = value.codePointAt(end);
            int size = utf8Length(codePoint);
            if (bytes + size > budget) {
                break;
            }
            bytes += size;
            end += Character.charCount(codePoint);
        }
        return value.substring(0, end) + marker;
    }

    private static String marker(String whole) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(whole.getBytes(StandardCharsets.UTF_8));
            return MARKER + HexFormat.of().formatHex(digest).substring(0, HASH_DIGITS) + "]";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    private static int utf8Length(int codePoint) {
        if (codePoint < 0x80) {
            return 1;
        }
        if (codePoint < 0x800) {
            return 2;
        }
        return codePoint < 0x10000 ? 3 : 4;
    }
}
