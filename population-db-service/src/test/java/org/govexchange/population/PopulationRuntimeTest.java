package org.govexchange.population;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import org.govexchange.basicdb.testing.BasicDatabaseRuntimeContract;
import org.govexchange.contracts.identifier.ResidentIdNumbers;
import org.govexchange.population.person.Person;
import org.govexchange.population.person.PersonMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class PopulationRuntimeTest extends BasicDatabaseRuntimeContract {

    PopulationRuntimeTest() {
        super(PopulationTestInfrastructure.DATABASE);
    }

    @Autowired
    PersonMapper persons;

    @Test
    void personRoundTripsThroughMyBatisPlus() {
        String idNumber = TestIds.next(false);
        var person = new Person();
        person.setIdNumber(idNumber);
        person.setName("李四");
        person.setGender("2");
        person.setBirthDate(ResidentIdNumbers.birthDate(idNumber));
        person.setResidenceAddress("北京市朝阳区建国路1号");
        person.setStatus("ALIVE");
        person.setVersion(1L);
        person.setSourceDept("11100000000013338W");
        person.setUpdatedAt(LocalDateTime.of(2026, 11, 1, 8, 30, 0, 123_000_000));
        persons.insert(person);

        Person read = persons.selectById(idNumber);
        assertThat(read).usingRecursiveComparison().isEqualTo(person);
    }
}
