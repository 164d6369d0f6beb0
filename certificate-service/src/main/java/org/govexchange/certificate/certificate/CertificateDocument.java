package org.govexchange.certificate.certificate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.govexchange.certificate.signing.DocumentSignature;
import tools.jackson.databind.node.ObjectNode;

/**
 * The exported, self-contained certificate: anyone holding it and the published keys can check it offline.
 *
 * @param certificate the signed content; its RFC 8785 canonical JSON is what the signature covers
 * @param signature over that canonical JSON, by the key it names
 */
public record CertificateDocument(@NotNull ObjectNode certificate, @NotNull @Valid DocumentSignature signature) {}
