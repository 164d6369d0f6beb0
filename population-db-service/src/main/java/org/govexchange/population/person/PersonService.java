package org.govexchange.population.person;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.govexchange.basicdb.grant.GrantedFields;
import org.govexchange.contracts.grant.FieldProjection;
import org.govexchange.contracts.grant.GrantContext;
import org.govexchange.contracts.identifier.IdentifierViolation;
import org.govexchange.contracts.identifier.InvalidIdentifierException;
import org.govexchange.contracts.identifier.ResidentIdNumbers;
import org.govexchange.contracts.problem.ProblemException;
import org.govexchange.contracts.schema.CalendarRange;
import org.springframework.stereotype.Service;

/** Reads of the population database on behalf of a granted department: projected, masked, nothing more. */
@Service
public class PersonService {

    public static final String NOT_FOUND = "PERSON_NOT_FOUND";

    private final PersonMapper persons;

    public PersonService(PersonMapper persons) {
        this.persons = persons;
    }

    public Map<String, Object> find(String idNumber, GrantContext grant) {
        Person person = persons.selectById(normalize(idNumber));
        if (person == null) {
            throw ProblemException.notFound(NOT_FOUND, "No resident with this ID number is registered.");
        }
        return FieldProjection.project(PersonField.record(person), grant);
    }

    /**
     * Compares without disclosing: the answer names mismatching fields, never a stored value. Still, a match
     * confirms each compared value, so the grant must cover every one of them (the number included).
     */
    public VerifyResult verify(VerifyPersonRequest request, GrantContext grant) {
        List<String> compared = new ArrayList<>(List.of(PersonField.ID_NUMBER.code(), PersonField.NAME.code()));
        if (request.birthDate() != null) {
            compared.add(PersonField.BIRTH_DATE.code());
        }
        GrantedFields.require(grant, compared, "Verifying");
        CalendarRange.requireDate(PersonField.BIRTH_DATE.code(), request.birthDate());
        Person person = persons.selectById(normalize(request.idNumber()));
        if (person == null || PersonStatus.CANCELLED.name().equals(person.getStatus())) {
            return new VerifyResult(false, List.of(PersonField.ID_NUMBER.code()));
        }
        List<String> mismatched = new ArrayList<>();
        if (!request.name().strip().equals(person.getName())) {
            mismatched.add(PersonField.NAME.code());
        }
        if (request.birthDate() != null && !request.birthDate().equals(person.getBirthDate())) {
            mismatched.add(PersonField.BIRTH_DATE.code());
        }
        return new VerifyResult(mismatched.isEmpty(), mismatched);
    }

    /** Looks up by number, so the number must be granted; each record found is projected to the grant. */
    public PersonBatchResult batch(List<String> idNumbers, GrantContext grant) {
        GrantedFields.require(grant, List.of(PersonField.ID_NUMBER.code()), "A batch lookup by ID number");
        // normalised number -> number as requested; the first spelling of a duplicate wins
        Map<String, String> wanted = new LinkedHashMap<>();
        List<PersonBatchResult.Invalid> invalid = new ArrayList<>();
        for (String requested : idNumbers) {
            var violation = ResidentIdNumbers.check(requested);
            if (violation.isPresent()) {
                invalid.add(new PersonBatchResult.Invalid(
                        requested, violation.map(IdentifierViolation::code).orElseThrow()));
            } else {
                wanted.putIfAbsent(ResidentIdNumbers.normalize(requested), requested);
            }
        }
        Map<String, Person> byId = wanted.isEmpty()
                ? Map.of()
                : persons.selectByIds(wanted.keySet()).stream()
                        .collect(Collectors.toMap(Person::getIdNumber, Function.identity()));
        List<PersonBatchResult.Found> found = new ArrayList<>();
        List<String> notFound = new ArrayList<>();
        wanted.forEach((id, requested) -> {
            Person person = byId.get(id);
            if (person == null) {
                notFound.add(requested);
            } else {
                found.add(new PersonBatchResult.Found(
                        requested, FieldProjection.project(PersonField.record(person), grant)));
            }
        });
        return new PersonBatchResult(found, notFound, invalid);
    }

    /**
     * A malformed number in a request is the client's mistake: 400 with the identifier's own code
     * ({@code ID_NUMBER_CHECKSUM}…), whatever status the shared exception carries.
     */
    static String normalize(String idNumber) {
        try {
            return ResidentIdNumbers.normalize(idNumber);
        } catch (InvalidIdentifierException e) {
            throw ProblemException.badRequest(e.code(), e.getMessage());
        }
    }
}
