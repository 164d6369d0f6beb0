package org.govexchange.population;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.govexchange.population.person.Person;
import org.govexchange.population.person.PersonMapper;
import org.govexchange.testkit.ServiceRuntimeContract;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class PopulationRuntimeTest extends ServiceRuntimeContract {

    @Autowired
    PersonMapper persons;

    @Test
    void personRoundTripsThroughMyBatisPlus() {
        var person = new Person();
        person.setIdNumber("11010519491231002X");
        person.setName("张三");
        person.setGender("2");
        person.setBirthDate(LocalDate.of(1949, 12, 31));
        person.setResidenceAddress("北京市朝阳区建国路1号");
        person.setStatus("ALIVE");
        person.setVersion(1L);
        person.setSourceDept("11100000000013338W");
        person.setUpdatedAt(LocalDateTime.of(2026, 11, 1, 8, 30, 0, 123_000_000));
        persons.insert(person);

        Person read = persons.selectById("11010519491231002X");
        assertThat(read).usingRecursiveComparison().isEqualTo(person);
    }
}
