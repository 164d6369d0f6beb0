package org.govexchange.population;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import org.govexchange.contracts.identifier.ResidentIdNumbers;
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

    @Test
    void theDataApiAnswersOnlyRequestsThatCameThroughTheGateway() throws Exception {
        var response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(
                                        "http://127.0.0.1:" + port + "/api/population/persons/11010519491231002X"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).contains("\"code\":\"INTERNAL_TOKEN_INVALID\"");
    }

    @Test
    void theConflictsApiNeedsABearerToken() throws Exception {
        var response = get("/api/population/conflicts");
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).contains("\"code\":\"TOKEN_INVALID\"");
    }
}
