package org.govexchange.certificate.certificate;

/** The attached file's description; {@code sha256} (hex) is covered by the certificate's signature. */
public record AttachmentView(String fileName, String mediaType, long size, String sha256) {}
