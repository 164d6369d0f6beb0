package org.govexchange.contracts.grant;

import java.util.Set;

/**
 * De-identification (去标识化 / 脱敏) applied to a field unless the grant allows its plain value. The
 * catalog assigns one per field; services apply it when they project a record.
 */
public enum Masking {
    NONE {
        @Override
        String mask(int[] cp) {
            return new String(cp, 0, cp.length);
        }
    },
    /** {@code 11010519491231002X} → {@code 110105********002X}: region and the last four stay. */
    ID_NUMBER {
        @Override
        String mask(int[] cp) {
            return cp.length > 10 ? keep(cp, 6, 4) : FULL.mask(cp);
        }
    },
    /** {@code 张三} → {@code 张*}; a compound surname stays whole: {@code 欧阳娜娜} → {@code 欧阳**}. */
    NAME {
        @Override
        String mask(int[] cp) {
            if (cp.length <= 1) {
                return "*";
            }
            boolean compound = cp.length >= 3 && COMPOUND_SURNAMES.contains(new String(cp, 0, 2));
            return keep(cp, compound ? 2 : 1, 0);
        }
    },
    /** {@code 13812345678} → {@code 138****5678}. */
    PHONE {
        @Override
        String mask(int[] cp) {
            return cp.length >= 7 ? keep(cp, 3, 4) : FULL.mask(cp);
        }
    },
    /** Keeps the first six characters (roughly province, city, district), masks the rest. */
    ADDRESS {
        @Override
        String mask(int[] cp) {
            return cp.length > 6 ? keep(cp, 6, 0) : new String(cp, 0, cp.length);
        }
    },
    /** Nothing of the value is shown, not even its length. */
    FULL {
        @Override
        String mask(int[] cp) {
            return "***";
        }
    };

    /** The common two-character surnames (复姓) whose second character is not part of the given name. */
    static final Set<String> COMPOUND_SURNAMES = Set.of(
            "欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文", "司徒", "令狐", "夏侯", "轩辕", "端木", "独孤", "南宫",
            "西门", "百里", "呼延", "澹台", "公冶", "太史", "申屠", "万俟", "闻人", "赫连", "钟离", "濮阳");

    /** Masks a value; {@code null} stays {@code null}. */
    public String apply(String value) {
        return value == null ? null : mask(value.codePoints().toArray());
    }

    abstract String mask(int[] codePoints);

    private static String keep(int[] cp, int head, int tail) {
        var out = new StringBuilder(cp.length);
        for (int i = 0; i < cp.length; i++) {
            if (i < head || i >= cp.length - tail) {
                out.appendCodePoint(cp[i]);
            } else {
                out.append('*');
            }
        }
        return out.toString();
    }
}
