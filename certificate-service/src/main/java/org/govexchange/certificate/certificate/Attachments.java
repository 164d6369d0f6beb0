package org.govexchange.certificate.certificate;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import org.govexchange.contracts.problem.ProblemCodes;
import org.govexchange.contracts.problem.ProblemException;

/** Checks an uploaded certificate file: PDF or OFD by content, not just by the declared type, and its size. */
final class Attachments {

    static final String INVALID = "ATTACHMENT_INVALID";
    static final int MAX_BYTES = 10 * 1024 * 1024;

    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    /** OFD (GB/T 33190) is a ZIP container. */
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

    private static final Map<String, byte[]> MAGIC_BY_TYPE =
            Map.of("application/pdf", PDF_MAGIC, "application/ofd", ZIP_MAGIC);

    private Attachments() {}

    record Checked(AttachmentView view, byte[] content) {}

    static Checked check(AttachmentUpload upload) {
        String mediaType = upload.mediaType().strip().toLowerCase(Locale.ROOT);
        byte[] magic = MAGIC_BY_TYPE.get(mediaType);
        if (magic == null) {
            throw new ProblemException(422, INVALID, "An attachment is application/pdf or application/ofd.");
        }
        // Base64 is 4 characters per 3 bytes: refuse an oversized file before decoding it.
        if (upload.content().length() > (MAX_BYTES / 3 + 1) * 4 + 4) {
            throw tooLarge();
        }
        byte[] content;
        try {
            content = Base64.getMimeDecoder().decode(upload.content());
        } catch (IllegalArgumentException e) {
            throw new ProblemException(422, INVALID, "The attachment content is not valid base64.");
        }
        if (content.length > MAX_BYTES) {
            throw tooLarge();
        }
        if (content.length < magic.length || !Arrays.equals(Arrays.copyOf(content, magic.length), magic)) {
            throw new ProblemException(422, INVALID, "The attachment content is not a " + mediaType + " file.");
        }
        return new Checked(
                new AttachmentView(upload.fileName().strip(), mediaType, content.length, sha256(content)), content);
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ProblemException tooLarge() {
        return new ProblemException(
                413, ProblemCodes.PAYLOAD_TOO_LARGE, "An attachment is at most 10 MiB (" + MAX_BYTES + " bytes).");
    }
}
