package org.govexchange.basicdb.load;

import java.util.SplittableRandom;

/** Plausible Chinese names: a common surname (a few compound ones) and one or two given characters. */
public final class ChineseNames {

    private static final String[] SURNAMES = {
        "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "高", "林", "罗",
        "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹", "彭", "曾", "肖", "田", "董", "袁", "潘", "于", "蒋", "蔡",
        "余", "杜", "叶", "程", "苏", "魏", "吕", "丁", "任", "沈", "欧阳", "司马", "上官", "诸葛"
    };

    private static final String MALE = "伟强磊军勇杰涛斌超明刚平辉鹏华飞鑫波宇浩凯健俊帆帅旭宁龙林洋东晨阳博文志建国峰";
    private static final String FEMALE = "芳娜敏静丽艳娟霞秀英玲婷雪慧莹琳颖倩洁佳梅琴云欣怡悦萍红燕丹薇蓉璐晶妍瑶月嘉";

    private ChineseNames() {}

    /** Surnames are weighted towards the front of the list, as the common ones are in life. */
    public static String name(SplittableRandom random, boolean male) {
        int surname = Math.min(random.nextInt(SURNAMES.length), random.nextInt(SURNAMES.length));
        String given = male ? MALE : FEMALE;
        var name = new StringBuilder(SURNAMES[surname]);
        int length = random.nextInt(10) < 7 ? 2 : 1;
        for (int i = 0; i < length; i++) {
            name.append(given.charAt(random.nextInt(given.length())));
        }
        return name.toString();
    }
}
