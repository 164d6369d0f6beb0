package org.govexchange.bench.exchange;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.govexchange.contracts.identifier.ResidentIdNumbers;

/**
 * Synthetic rows for the provider's {@code dept_psb.resident}: row {@code i} of a run gets a valid GB 11643 ID
 * number under the run's 6-digit division code ({@code 35xxxx}, so a run's rows are one primary-key range that a
 * {@code LIKE 'code%'} count reads cheaply), birth date 1960-01-01 + i / 999 days, sequence i % 999 + 1 (odd =
 * male), and the ISO 7064 MOD 11-2 check character. Attributes are deterministic in i.
 */
public final class ResidentRows {

    static final int SEQUENCES = 999;
    static final LocalDate FIRST_BIRTH = LocalDate.of(1960, 1, 1);
    private static final DateTimeFormatter YMD = DateTimeFormatter.BASIC_ISO_DATE;
    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "林", "郑"};
    private static final String[] GIVEN = {"伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟"};
    private static final String[] STREETS = {"五四路", "八一七北路", "东街", "湖东路", "工业路", "杨桥中路", "华林路"};

    private final String division;

    public ResidentRows(String division) {
        if (!division.matches("[1-9][0-9]{5}")) {
            throw new IllegalArgumentException("a division code has 6 digits: " + division);
        }
        this.division = division;
    }

    public String division() {
        return division;
    }

    /** The largest number of rows one division code can hold with distinct birth dates up to 2020. */
    public static long capacity() {
        return (long) SEQUENCES * (LocalDate.of(2020, 1, 1).toEpochDay() - FIRST_BIRTH.toEpochDay());
    }

    public String idNumber(long i) {
        if (i < 0 || i >= capacity()) {
            throw new IllegalArgumentException("row index outside 0.." + (capacity() - 1) + ": " + i);
        }
        String first17 = division + YMD.format(birthDate(i)) + String.format(Locale.ROOT, "%03d", i % SEQUENCES + 1);
        return first17 + ResidentIdNumbers.checkCharacter(first17);
    }

    public LocalDate birthDate(long i) {
        return FIRST_BIRTH.plusDays(i / SEQUENCES);
    }

    /** GB/T 2261.1: 1 male (odd sequence), 2 female. */
    public String gender(long i) {
        return (i % SEQUENCES + 1) % 2 == 1 ? "1" : "2";
    }

    public String name(long i) {
        return SURNAMES[(int) (i % SURNAMES.length)]
                + GIVEN[(int) (i / 7 % GIVEN.length)]
                + GIVEN[(int) (i / 3 % GIVEN.length)];
    }

    public String residenceAddress(long i) {
        return "福建省福州市鼓楼区" + STREETS[(int) (i % STREETS.length)] + (i % 500 + 1) + "号" + (i % 30 + 1) + "栋"
                + (i % 2000 + 101) + "室";
    }

    public String phone(long i) {
        return String.format(Locale.ROOT, "13%09d", (i * 7_919L) % 1_000_000_000L);
    }

    /**
     * The row as the node would carry it in an uplink record (JSON of the published fields): the raw Kafka
     * baseline sends records of this size.
     */
    public String recordJson(long i, long version) {
        String id = idNumber(i);
        return "{\"data\":{\"birthDate\":\"" + birthDate(i) + "\",\"gender\":\"" + gender(i) + "\",\"idNumber\":\""
                + id + "\",\"name\":\"" + name(i) + "\",\"phone\":\"" + phone(i) + "\",\"residenceAddress\":\""
                + residenceAddress(i) + "\",\"status\":\"ALIVE\"},\"key\":\"" + id + "\",\"op\":\"UPSERT\",\"version\":"
                + version + "}";
    }
}
