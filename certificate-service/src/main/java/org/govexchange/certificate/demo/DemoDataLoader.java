package org.govexchange.certificate.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.govexchange.certificate.certificate.CertificateService;
import org.govexchange.certificate.certificate.CertificateView;
import org.govexchange.certificate.certificate.IssueCertificateRequest;
import org.govexchange.certificate.matter.MatterService;
import org.govexchange.certificate.type.CertificateTypeRequest;
import org.govexchange.certificate.type.CertificateTypeService;
import org.govexchange.certificate.usage.UsageActor;
import org.govexchange.contracts.identifier.CreditCodes;
import org.govexchange.contracts.identifier.ResidentIdNumbers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * Loads the local stack's demo certificates: three types, a few hundred certificates for generated persons and
 * organisations (among them holder 11010519491231002X, who has everything the demo matter needs), some expired
 * and revoked ones, and one matter. The people and organisations come from a fixed seed, so every start plans
 * the same set and issues only what is missing: safe to run on every start.
 */
@Component
@ConditionalOnProperty(prefix = "gx.certificate.demo", name = "enabled", havingValue = "true")
public class DemoDataLoader implements ApplicationRunner, Ordered {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    /** The demo citizen the other services know too (population demo data, smoke test). */
    static final String DEMO_PERSON = "11010519491231002X";

    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "林", "郑", "欧阳"};
    private static final String[] GIVEN = {
        "伟", "芳", "娜", "敏", "静", "磊", "洋", "艳", "勇", "军", "杰", "娟", "涛", "明", "超", "秀英", "建华", "丽"
    };
    private static final String[] REGIONS = {"350102", "350103", "350104", "350105", "350111", "350121"};
    private static final String[] STREETS = {"鼓屏路", "五四路", "六一中路", "工业路", "华林路", "江滨西大道", "福马路"};
    private static final String[] ENTITY_TYPES = {"有限责任公司", "股份有限公司", "个体工商户", "个人独资企业"};
    private static final String[] TRADES = {"软件", "餐饮", "贸易", "建材", "物流", "茶业", "文化传媒", "电子科技"};

    private final CertificateTypeService types;
    private final CertificateService certificates;
    private final MatterService matters;
    private final DemoProperties properties;
    private final Clock clock;

    public DemoDataLoader(
            CertificateTypeService types,
            CertificateService certificates,
            MatterService matters,
            DemoProperties properties,
            Clock clock) {
        this.types = types;
        this.certificates = certificates;
        this.matters = matters;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        load();
    }

    /** Issues what is missing; returns how many certificates it issued this time. */
    public int load() {
        DemoProperties.Issuers issuers = properties.issuers();
        ensureType(DemoTypes.businessLicence(issuers.marketSupervision()));
        ensureType(DemoTypes.marriageCertificate(issuers.civilAffairs()));
        ensureType(DemoTypes.householdRegister(issuers.publicSecurity()));
        if (!matters.exists(DemoTypes.BIRTH_REGISTRATION_MATTER)) {
            matters.create(DemoTypes.birthRegistration());
        }

        Random random = new Random(20_260_101L);
        LocalDate today = LocalDate.now(clock);
        List<Person> persons = persons(random, today);
        int issued = 0;
        issued += issuePersons(persons, today, issuers);
        issued += issueOrganisations(random, today, issuers);
        log.info("demo certificates ready ({} issued now)", issued);
        return issued;
    }

    private void ensureType(CertificateTypeRequest request) {
        if (types.find(request.typeCode()).isEmpty()) {
            types.register("demo-loader", request);
        }
    }

    private record Person(String idNumber, String name, String region, int household) {}

    private List<Person> persons(Random random, LocalDate today) {
        List<Person> persons = new ArrayList<>();
        persons.add(new Person(DEMO_PERSON, "张三", "110105", 0));
        while (persons.size() < Math.max(2, properties.persons())) {
            String region = REGIONS[random.nextInt(REGIONS.length)];
            LocalDate birth = LocalDate.of(1950, 1, 1).plusDays(random.nextInt(18_250));
            String first17 = region + birth.toString().replace("-", "") + String.format("%03d", random.nextInt(1000));
            String idNumber = first17 + ResidentIdNumbers.checkCharacter(first17);
            if (birth.isAfter(today)
                    || persons.stream().anyMatch(p -> p.idNumber().equals(idNumber))) {
                continue;
            }
            String name = SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)];
            persons.add(new Person(idNumber, name, region, persons.size() / 2));
        }
        return persons;
    }

    /** Everyone has a household register; the first 60 % are married in pairs (0 with 1, 2 with 3, …). */
    private int issuePersons(List<Person> persons, LocalDate today, DemoProperties.Issuers issuers) {
        Set<String> registered = certificates.holdersOf(DemoTypes.HOUSEHOLD_REGISTER);
        Set<String> married = certificates.holdersOf(DemoTypes.MARRIAGE_CERTIFICATE);
        UsageActor police = actor(issuers.publicSecurity());
        UsageActor civilAffairs = actor(issuers.civilAffairs());
        int marriedCount = (int) (persons.size() * 0.6) / 2 * 2;
        int issued = 0;
        for (int i = 0; i < persons.size(); i++) {
            Person person = persons.get(i);
            boolean inCouple = i < marriedCount;
            if (!registered.contains(person.idNumber())) {
                Map<String, Object> data = new LinkedHashMap<>();
                data.put("householdNumber", String.format("%09d", 350_000_000 + person.household()));
                data.put("householdType", "家庭户");
                data.put("relationship", i % 2 == 0 ? "户主" : inCouple ? "配偶" : "子女");
                data.put(
                        "address",
                        "福建省福州市" + STREETS[person.household() % STREETS.length] + (person.household() + 1) + "号");
                certificates.issue(
                        police,
                        new IssueCertificateRequest(
                                DemoTypes.HOUSEHOLD_REGISTER,
                                person.idNumber(),
                                person.name(),
                                data,
                                today.minusDays(30L + i * 17L),
                                null,
                                null));
                issued++;
            }
            if (inCouple && !married.contains(person.idNumber())) {
                Person spouse = persons.get(i % 2 == 0 ? i + 1 : i - 1);
                LocalDate registrationDate = today.minusDays(200L + (i / 2) * 37L);
                Map<String, Object> data = new LinkedHashMap<>();
                data.put("spouseName", spouse.name());
                data.put("spouseIdNumber", spouse.idNumber());
                data.put("registrationDate", registrationDate.toString());
                data.put(
                        "registrationNumber",
                        "J350100-" + registrationDate.getYear() + "-" + String.format("%06d", i / 2 + 1));
                certificates.issue(
                        civilAffairs,
                        new IssueCertificateRequest(
                                DemoTypes.MARRIAGE_CERTIFICATE,
                                person.idNumber(),
                                person.name(),
                                data,
                                registrationDate,
                                null,
                                null));
                issued++;
            }
        }
        return issued;
    }

    /** Every 10th licence ran out (营业期限届满), every 25th is revoked (吊销). */
    private int issueOrganisations(Random random, LocalDate today, DemoProperties.Issuers issuers) {
        Set<String> licensed = certificates.holdersOf(DemoTypes.BUSINESS_LICENCE);
        UsageActor market = actor(issuers.marketSupervision());
        int issued = 0;
        for (int i = 1; i <= properties.organisations(); i++) {
            String creditCode = CreditCodes.compose("91350100", "MA" + String.format("%06d", 1000 + i));
            String trade = TRADES[random.nextInt(TRADES.length)];
            String entityType = ENTITY_TYPES[random.nextInt(ENTITY_TYPES.length)];
            LocalDate established = today.minusDays(400L + random.nextInt(5000));
            String representative = SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)];
            if (licensed.contains(creditCode)) {
                continue;
            }
            String name = "福州" + STREETS[i % STREETS.length].substring(0, 2) + trade
                    + (entityType.equals("个体工商户") ? "店" : "有限公司") + i;
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("entityName", name);
            data.put("entityType", entityType);
            data.put("legalRepresentative", representative);
            data.put("registeredCapital", String.valueOf(50 + (i * 37) % 1000));
            data.put("establishedDate", established.toString());
            data.put("address", "福建省福州市" + STREETS[i % STREETS.length] + (100 + i) + "号");
            data.put("businessScope", trade + "相关业务。（依法须经批准的项目，经相关部门批准后方可开展经营活动）");
            LocalDate validTo = i % 10 == 0 ? today.minusDays(1L + i % 300) : null;
            CertificateView licence = certificates.issue(
                    market,
                    new IssueCertificateRequest(
                            DemoTypes.BUSINESS_LICENCE, creditCode, name, data, established, validTo, null));
            if (i % 25 == 0) {
                certificates.revoke(market, licence.id(), "吊销营业执照（演示数据）");
            }
            issued++;
        }
        return issued;
    }

    private static UsageActor actor(String department) {
        return new UsageActor(department, "demo-loader", "DEMO_DATA", null, null);
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
