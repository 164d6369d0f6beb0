package org.govexchange.contracts.grant;

/** 共享类型: who may get a resource and whether the provider must approve (国发〔2016〕51号). */
public enum ShareType {
    UNCONDITIONAL,
    CONDITIONAL,
    NOT_SHARED
}
