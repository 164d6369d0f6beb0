package org.govexchange.gateway.edge;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.UriUtils;

/**
 * A request path decoded exactly once, and only if that decoding is unambiguous: the form the gateway routes
 * and judges on, and the one the service behind it will see. {@link #parse} refuses (with the reason) encoded
 * {@code /}, {@code \} and {@code .}, a literal {@code \}, control characters raw or encoded, dot segments,
 * empty segments (a single trailing {@code /} aside), {@code ;} parameters raw or encoded, malformed escapes
 * and invalid UTF-8.
 *
 * @param decoded the path with every escape decoded, e.g. {@code /api/population/persons/batch}
 * @param encoded the canonical raw form: each decoded segment encoded again the one standard way
 */
public record CanonicalPath(String decoded, String encoded) {

    /** Exchange attribute holding the {@link CanonicalPath} of an accepted request. */
    public static final String ATTRIBUTE = CanonicalPath.class.getName();

    /** The decoded path of an accepted request; the raw path for one that never passed the check. */
    public static String decodedOf(ServerWebExchange exchange) {
        CanonicalPath path = exchange.getAttribute(ATTRIBUTE);
        return path != null
                ? path.decoded()
                : exchange.getRequest().getPath().pathWithinApplication().value();
    }

    /** Why a raw path is refused. */
    public static final class NotCanonical extends Exception {
        NotCanonical(String reason) {
            super(reason, null, false, false);
        }
    }

    public static CanonicalPath parse(String raw) throws NotCanonical {
        if (raw.isEmpty() || raw.charAt(0) != '/') {
            throw new NotCanonical("the path does not start with /");
        }
        String[] segments = raw.substring(1).split("/", -1);
        List<String> decoded = new ArrayList<>(segments.length);
        for (int i = 0; i < segments.length; i++) {
            String segment = segments[i];
            boolean last = i == segments.length - 1;
            if (segment.isEmpty()) {
                if (last) {
                    decoded.add("");
                    continue;
                }
                throw new NotCanonical("it has an empty segment (//)");
            }
            String value = decodeSegment(segment);
            if (value.equals(".") || value.equals("..")) {
                throw new NotCanonical("it has a dot segment (" + value + ")");
            }
            decoded.add(value);
        }
        StringBuilder plain = new StringBuilder();
        StringBuilder canonical = new StringBuilder();
        for (String segment : decoded) {
            plain.append('/').append(segment);
            canonical.append('/').append(UriUtils.encodePathSegment(segment, StandardCharsets.UTF_8));
        }
        return new CanonicalPath(plain.toString(), canonical.toString());
    }

    private static String decodeSegment(String segment) throws NotCanonical {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(segment.length());
        for (int i = 0; i < segment.length(); i++) {
            char c = segment.charAt(i);
            if (c == '%') {
                if (i + 2 >= segment.length()) {
                    throw new NotCanonical("it has an incomplete % escape");
                }
                int high = Character.digit(segment.charAt(i + 1), 16);
                int low = Character.digit(segment.charAt(i + 2), 16);
                if (high < 0 || low < 0) {
                    throw new NotCanonical("it has an invalid % escape");
                }
                int b = (high << 4) | low;
                if (b == '/' || b == '\\' || b == '.' || b == ';') {
                    throw new NotCanonical("it encodes a reserved character (" + segment.substring(i, i + 3) + ")");
                }
                bytes.write(b);
                i += 2;
            } else if (c == '\\' || c == ';') {
                throw new NotCanonical("it contains " + c);
            } else if (c > 0x7e) {
                // A URI carries only ASCII; anything else arrived unencoded and has no single meaning.
                throw new NotCanonical("it contains an unencoded non-ASCII or control character");
            } else {
                bytes.write(c);
            }
        }
        String value;
        try {
            value = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray()))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new NotCanonical("its escapes are not valid UTF-8");
        }
        for (int i = 0; i < value.length(); i++) {
            if (Character.isISOControl(value.charAt(i))) {
                throw new NotCanonical("it contains a control character");
            }
        }
        return value;
    }
}
