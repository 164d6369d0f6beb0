package org.govexchange.certificate.certificate;

/** An attachment as downloaded. */
public record AttachmentFile(String fileName, String mediaType, String sha256, byte[] content) {}
