package org.govexchange.certificate.matter;

import java.util.List;

/**
 * What a window clerk need not ask for: every required material of the matter and how the holder's
 * certificates stand against it.
 *
 * @param remainingUses uses of the consent left after this check
 */
public record MaterialsAnswer(
        String matterCode,
        String matterName,
        String holderId,
        String consentId,
        int remainingUses,
        List<MaterialAnswer> materials) {}
