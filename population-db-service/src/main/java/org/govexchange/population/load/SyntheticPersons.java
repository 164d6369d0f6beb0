package org.govexchange.population.load;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.SplittableRandom;
import org.govexchange.basicdb.load.ChineseNames;
import org.govexchange.contracts.identifier.ResidentIdNumbers;

/**
 * Synthetic but valid residents, a pure function of their index: the same index always gives the same
 * row, so the loader and the raw JDBC comparison insert the same rows, and different indices never give
 * the same ID number. Index 0 is the demo resident 11010519491231002X 张三.
 */
final class SyntheticPersons {

    static final String DEMO_ID_NUMBER = "11010519491231002X";

    private static final LocalDate FIRST_BIRTH = LocalDate.of(1930, 1, 1);
    private static final LocalDate LAST_BIRTH = LocalDate.of(2015, 12, 31);
    private static final long DAYS = ChronoUnit.DAYS.between(FIRST_BIRTH, LAST_BIRTH) + 1;
    private static final long REGIONS = Regions.ALL.size();
    private static final long SEQUENCES = 999;

    /** Number of distinct ID numbers: region × birth date × sequence 001-999. */
    static final long CAPACITY = REGIONS * DAYS * SEQUENCES;

    /** A prime above CAPACITY / 2, so index × MULTIPLIER mod CAPACITY visits every ID number once. */
    private static final long MULTIPLIER = 1_000_000_007L;

    /** The demo resident's position among all ID numbers, so that index 0 lands on it. */
    private static final long DEMO_POSITION =
            2 + REGIONS * (ChronoUnit.DAYS.between(FIRST_BIRTH, LocalDate.of(1949, 12, 31)) + DAYS * (2 - 1));

    private static final String[] STREETS = {
        "建国路", "人民路", "解放路", "中山路", "和平街", "长安街", "五四路", "八一七路", "东风路", "新华路", "朝阳路", "光明街", "学府路", "滨江大道", "文化路"
    };

    private final long seed;

    SyntheticPersons(long seed) {
        this.seed = seed;
    }

    /** One generated resident, already in column form. */
    record Row(
            String idNumber,
            String name,
            String gender,
            LocalDate birthDate,
            String ethnicity,
            String nativePlace,
            String householdAddress,
            String residenceAddress,
            String phone,
            String householdType,
            String status) {}

    Row row(long index) {
        if (index < 0 || index >= CAPACITY) {
            throw new IllegalArgumentException("index outside 0.." + (CAPACITY - 1) + ": " + index);
        }
        // index < CAPACITY < 2^31, so the product stays far below 2^63.
        long position = (index * MULTIPLIER % CAPACITY + DEMO_POSITION) % CAPACITY;
        Regions.Region region = Regions.ALL.get((int) (position % REGIONS));
        long rest = position / REGIONS;
        LocalDate birth = FIRST_BIRTH.plusDays(rest % DAYS);
        long sequence = rest / DAYS + 1;
        String first17 = region.code() + birth.toString().replace("-", "") + String.format("%03d", sequence);
        String idNumber = first17 + ResidentIdNumbers.checkCharacter(first17);
        String gender = ResidentIdNumbers.genderCode(idNumber);
        if (index == 0) {
            return new Row(
                    idNumber,
                    "张三",
                    gender,
                    birth,
                    "01",
                    region.name(),
                    "北京市朝阳区建国路1号",
                    "北京市朝阳区建国路1号",
                    "13800138000",
                    "FAMILY",
                    "ALIVE");
        }

        var random = new SplittableRandom(seed ^ (index * 0x9E3779B97F4A7C15L));
        String name = ChineseNames.name(random, "1".equals(gender));
        String ethnicity = random.nextInt(100) < 91 ? "01" : String.format("%02d", 2 + random.nextInt(55));
        String nativePlace = Regions.ALL.get(random.nextInt(Regions.ALL.size())).name();
        String household = address(random, region.name());
        String residence = random.nextInt(10) < 7
                ? household
                : address(
                        random,
                        Regions.ALL.get(random.nextInt(Regions.ALL.size())).name());
        String phone = "1" + "3456789".charAt(random.nextInt(7)) + String.format("%09d", random.nextInt(1_000_000_000));
        String householdType = random.nextInt(10) < 9 ? "FAMILY" : "COLLECTIVE";
        String status;
        if (birth.getYear() < 1945 && random.nextInt(5) == 0) {
            status = "DECEASED";
        } else if (random.nextInt(200) == 0) {
            status = "EMIGRATED";
        } else {
            status = "ALIVE";
        }
        return new Row(
                idNumber,
                name,
                gender,
                birth,
                ethnicity,
                nativePlace,
                household,
                residence,
                phone,
                householdType,
                status);
    }

    private static String address(SplittableRandom random, String region) {
        return region + STREETS[random.nextInt(STREETS.length)] + (1 + random.nextInt(300)) + "号"
                + (1 + random.nextInt(30)) + "栋" + (101 + random.nextInt(20) * 100 + random.nextInt(6)) + "室";
    }
}
