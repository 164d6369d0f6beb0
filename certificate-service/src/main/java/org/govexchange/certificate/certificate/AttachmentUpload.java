package org.govexchange.certificate.certificate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The certificate's file, inline: PDF ({@code application/pdf}) or OFD ({@code application/ofd}), at most
 * 10 MiB once decoded.
 *
 * @param content base64 (standard alphabet) of the file
 */
public record AttachmentUpload(
        @NotBlank @Size(max = 255) String fileName,
        @NotBlank @Size(max = 64) String mediaType,
        @NotBlank String content) {}
