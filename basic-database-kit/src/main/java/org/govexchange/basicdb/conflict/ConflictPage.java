package org.govexchange.basicdb.conflict;

import java.util.List;

public record ConflictPage(long page, long size, long total, List<ConflictView> items) {}
