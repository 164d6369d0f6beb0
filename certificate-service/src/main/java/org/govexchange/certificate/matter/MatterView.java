package org.govexchange.certificate.matter;

import java.util.List;

public record MatterView(String matterCode, String name, List<MaterialSpec> materials) {}
