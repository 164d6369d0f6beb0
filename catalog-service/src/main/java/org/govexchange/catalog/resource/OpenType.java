package org.govexchange.catalog.resource;

/** 开放类型: whether the resource is also opened to the public (outside government). */
public enum OpenType {
    OPEN,
    CONDITIONAL,
    NOT_OPEN
}
