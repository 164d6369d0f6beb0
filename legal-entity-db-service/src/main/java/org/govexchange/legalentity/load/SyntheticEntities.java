package org.govexchange.legalentity.load;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import org.govexchange.basicdb.load.ChineseNames;
import org.govexchange.contracts.identifier.CreditCodes;
import org.govexchange.contracts.identifier.ResidentIdNumbers;

/**
 * Synthetic but valid legal entities, a pure function of their index: the same index always gives the same
 * row, so the loader and the raw JDBC comparison insert the same rows, and different indices never share a
 * credit code (the organisation-code body is a permutation of the index). Index 0 is the demo entity
 * 91350100M000100Y43 福州示例科技有限公司.
 */
final class SyntheticEntities {

    static final String DEMO_CREDIT_CODE = "91350100M000100Y43";

    /** Indices the generator serves; far more than any register. */
    static final long CAPACITY = 1_000_000_000L;

    /** GB 32100 alphabet (value order): the organisation-code body is written in it, base 31. */
    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private static final long BODIES = pow(31, 8);

    /** A prime that does not divide 31^8: index × MULTIPLIER mod 31^8 visits every body once. */
    private static final long MULTIPLIER = 1_000_000_007L;

    private static final long DEMO_POSITION = decode("M000100Y");

    private static final String TRADE_NAME_CHARACTERS = "华鑫源泰恒达隆盛兴宏腾瑞信和嘉安丰利通诚德汇金博创联新海天宇明锦辉正永富祥凯康佳远中东南北福闽榕";

    private static final String[] STREETS = {
        "建国路", "人民路", "解放路", "中山路", "和平街", "长安街", "五四路", "八一七路", "东风路", "新华路", "工业路", "科技园路", "滨江大道", "金融街"
    };

    private static final String[] BUREAUS = {"教育局", "财政局", "民政局", "人力资源和社会保障局", "卫生健康局", "住房和城乡建设局", "交通运输局", "司法局"};

    /** A line of business: the word in the name, its GB/T 4754 code, the business scope it implies. */
    private record Industry(String word, String code, String scope) {}

    private static final List<Industry> COMPANY_LINES = List.of(
            new Industry("科技", "I6513", "软件开发；信息系统集成服务；信息技术咨询服务；数据处理和存储支持服务"),
            new Industry("贸易", "F5199", "日用百货销售；五金产品批发；电子产品销售；货物进出口"),
            new Industry("建设工程", "E4710", "房屋建筑工程施工；市政道路工程施工；园林绿化工程施工"),
            new Industry("物流", "G5431", "普通货物道路运输；仓储服务（不含危险化学品）；国内货物运输代理"),
            new Industry("餐饮管理", "H6210", "餐饮服务；餐饮管理；食品销售"),
            new Industry("信息咨询", "L7243", "社会经济咨询服务；企业管理咨询；市场调查"),
            new Industry("电子", "C3990", "电子元器件制造；电子产品销售；技术服务"),
            new Industry("食品", "C1499", "食品生产；食品销售；农副产品销售"),
            new Industry("文化传媒", "L7259", "广告设计、代理；广告发布；组织文化艺术交流活动"),
            new Industry("农业发展", "A0190", "蔬菜种植；水果种植；农业技术推广服务"),
            new Industry("医药", "F5151", "药品批发；医疗器械销售；保健食品销售"),
            new Industry("房地产开发", "K7010", "房地产开发经营；物业管理；住房租赁"));

    private static final List<Industry> SHOPS = List.of(
            new Industry("便利店", "F5213", "日用百货零售；预包装食品销售"),
            new Industry("餐馆", "H6210", "餐饮服务"),
            new Industry("五金店", "F5274", "五金产品零售"),
            new Industry("水果店", "F5223", "水果零售"),
            new Industry("服装店", "F5232", "服装零售"),
            new Industry("理发店", "O804", "理发服务；美容服务"));

    private final long seed;

    SyntheticEntities(long seed) {
        this.seed = seed;
    }

    /** One generated entity, already in column form. */
    record Row(
            String creditCode,
            String name,
            String type,
            String legalRepresentative,
            String legalRepresentativeIdNumber,
            BigDecimal registeredCapital,
            String currency,
            LocalDate establishedOn,
            String status,
            String businessScope,
            String address,
            String registrationAuthority,
            String industryCode) {}

    Row row(long index) {
        if (index < 0 || index >= CAPACITY) {
            throw new IllegalArgumentException("index outside 0.." + (CAPACITY - 1) + ": " + index);
        }
        // index < 10^9, so the product stays below 2^63.
        String body = encode((index * MULTIPLIER % BODIES + DEMO_POSITION) % BODIES);
        if (index == 0) {
            return new Row(
                    CreditCodes.compose("91350100", body),
                    "福州示例科技有限公司",
                    "ENTERPRISE",
                    "张三",
                    "11010519491231002X",
                    new BigDecimal("1000000.00"),
                    "CNY",
                    LocalDate.of(2015, 3, 2),
                    "OPERATING",
                    COMPANY_LINES.get(0).scope(),
                    "福建省福州市鼓楼区五四路89号",
                    "福州市市场监督管理局",
                    COMPANY_LINES.get(0).code());
        }

        var random = new SplittableRandom(seed ^ (index * 0x9E3779B97F4A7C15L));
        Regions.Region region = Regions.ALL.get(random.nextInt(Regions.ALL.size()));
        String tradeName = tradeName(random);
        int kind = random.nextInt(100);
        String type;
        String prefix;
        String name;
        String authority;
        Industry line;
        BigDecimal capital;
        if (kind < 60) {
            type = "ENTERPRISE";
            prefix = "91";
            line = COMPANY_LINES.get(random.nextInt(COMPANY_LINES.size()));
            int form = random.nextInt(10);
            name = region.city() + tradeName + line.word() + (form < 7 ? "有限公司" : form < 9 ? "有限责任公司" : "股份有限公司");
            authority = region.city() + "市市场监督管理局";
            capital = BigDecimal.valueOf(10 + random.nextInt(5000)).multiply(BigDecimal.valueOf(10_000));
        } else if (kind < 90) {
            type = "INDIVIDUAL_BUSINESS";
            prefix = "92";
            line = SHOPS.get(random.nextInt(SHOPS.size()));
            name = region.district() + tradeName + line.word();
            authority = region.city() + "市市场监督管理局";
            capital = BigDecimal.valueOf(1 + random.nextInt(50)).multiply(BigDecimal.valueOf(10_000));
        } else if (kind < 95) {
            type = "SOCIAL_ORGANISATION";
            prefix = "51";
            line = new Industry("协会", "S9522", "行业交流；业务培训；咨询服务");
            name = region.city() + "市"
                    + COMPANY_LINES.get(random.nextInt(COMPANY_LINES.size())).word()
                    + (random.nextBoolean() ? "协会" : "商会");
            authority = region.city() + "市民政局";
            capital = BigDecimal.valueOf(3 + random.nextInt(50)).multiply(BigDecimal.valueOf(10_000));
        } else if (kind < 99) {
            type = "PUBLIC_INSTITUTION";
            prefix = "12";
            int number = 1 + random.nextInt(40);
            line = switch (random.nextInt(3)) {
                case 0 -> new Industry(region.city() + "市第" + number + "中学", "P833", "实施中等学历教育");
                case 1 -> new Industry(region.city() + "市第" + number + "人民医院", "Q841", "医疗服务；预防保健；医学教学与科研");
                default -> new Industry(region.district() + "图书馆", "R883", "图书借阅；公共文化服务");
            };
            name = line.word();
            authority = region.city() + "市事业单位登记管理局";
            capital = BigDecimal.valueOf(10 + random.nextInt(1000)).multiply(BigDecimal.valueOf(10_000));
        } else {
            type = "GOVERNMENT_AGENCY";
            prefix = "11";
            line = new Industry("", "S922", "行政管理");
            name = region.city() + "市" + region.district() + BUREAUS[random.nextInt(BUREAUS.length)];
            authority = region.city() + "市委机构编制委员会办公室";
            capital = null;
        }
        String creditCode = CreditCodes.compose(prefix + region.code(), body);

        boolean male = random.nextInt(10) < 7;
        String representativeId = idNumber(random, male);
        String status;
        int fate = random.nextInt(100);
        if (type.equals("GOVERNMENT_AGENCY") || fate < 90) {
            status = "OPERATING";
        } else if (fate < 94) {
            status = "REVOKED";
        } else if (fate < 99) {
            status = "CANCELLED";
        } else {
            status = "MOVED_OUT";
        }
        return new Row(
                creditCode,
                name,
                type,
                ChineseNames.name(random, male),
                representativeId,
                capital == null ? null : capital.setScale(2),
                capital == null ? null : "CNY",
                LocalDate.of(1985, 1, 1).plusDays(random.nextInt(14_700)),
                status,
                line.scope(),
                region.name() + STREETS[random.nextInt(STREETS.length)] + (1 + random.nextInt(500)) + "号",
                authority,
                line.code());
    }

    private static String tradeName(SplittableRandom random) {
        return new String(new char[] {
            TRADE_NAME_CHARACTERS.charAt(random.nextInt(TRADE_NAME_CHARACTERS.length())),
            TRADE_NAME_CHARACTERS.charAt(random.nextInt(TRADE_NAME_CHARACTERS.length()))
        });
    }

    /** A valid resident ID number of someone born 1950-1999. */
    private static String idNumber(SplittableRandom random, boolean male) {
        String region = Regions.ALL.get(random.nextInt(Regions.ALL.size())).code();
        LocalDate birth = LocalDate.of(1950, 1, 1).plusDays(random.nextInt(18_250));
        int sequence = 2 * random.nextInt(499) + (male ? 1 : 2);
        String first17 = region + birth.toString().replace("-", "") + String.format("%03d", sequence);
        return first17 + ResidentIdNumbers.checkCharacter(first17);
    }

    private static String encode(long value) {
        char[] body = new char[8];
        for (int i = 7; i >= 0; i--) {
            body[i] = ALPHABET.charAt((int) (value % 31));
            value /= 31;
        }
        return new String(body);
    }

    private static long decode(String body) {
        long value = 0;
        for (int i = 0; i < body.length(); i++) {
            value = value * 31 + ALPHABET.indexOf(body.charAt(i));
        }
        return value;
    }

    private static long pow(long base, int exponent) {
        long result = 1;
        for (int i = 0; i < exponent; i++) {
            result *= base;
        }
        return result;
    }
}
