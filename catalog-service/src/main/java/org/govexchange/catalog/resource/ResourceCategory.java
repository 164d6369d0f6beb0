package org.govexchange.catalog.resource;

/** 资源分类 of the catalog guide; the digit is the first character (类) of the classification code. */
public enum ResourceCategory {
    /** 基础信息资源 */
    BASIC('1'),
    /** 主题信息资源 */
    THEME('2'),
    /** 部门信息资源 */
    DEPARTMENT('3');

    private final char digit;

    ResourceCategory(char digit) {
        this.digit = digit;
    }

    public char digit() {
        return digit;
    }
}
