package org.govexchange.population.person;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.govexchange.basicdb.field.FieldSpec;
import org.govexchange.basicdb.field.RecordField;

/**
 * The fields of the population resource as the API and the exchange name them (camelCase codes), with
 * their column and how to read and write them on a {@link Person}. Values travel as canonical strings
 * (dates ISO-8601), so sources, masking and reconciliation compare like with like.
 */
public enum PersonField implements RecordField<Person> {
    ID_NUMBER("idNumber", "id_number", 18, Person::getIdNumber, Person::setIdNumber),
    NAME("name", "name", 64, Person::getName, Person::setName),
    GENDER("gender", "gender", 1, Person::getGender, Person::setGender),
    BIRTH_DATE(
            "birthDate",
            "birth_date",
            10,
            person ->
                    person.getBirthDate() == null ? null : person.getBirthDate().toString(),
            (person, value) -> person.setBirthDate(value == null ? null : LocalDate.parse(value))),
    ETHNICITY("ethnicity", "ethnicity", 2, Person::getEthnicity, Person::setEthnicity),
    NATIVE_PLACE("nativePlace", "native_place", 128, Person::getNativePlace, Person::setNativePlace),
    HOUSEHOLD_ADDRESS(
            "householdAddress", "household_address", 256, Person::getHouseholdAddress, Person::setHouseholdAddress),
    RESIDENCE_ADDRESS(
            "residenceAddress", "residence_address", 256, Person::getResidenceAddress, Person::setResidenceAddress),
    PHONE("phone", "phone", 32, Person::getPhone, Person::setPhone),
    HOUSEHOLD_TYPE("householdType", "household_type", 16, Person::getHouseholdType, Person::setHouseholdType),
    STATUS("status", "status", 16, Person::getStatus, Person::setStatus);

    private final FieldSpec<Person> spec;

    PersonField(
            String code,
            String column,
            int maxLength,
            Function<Person, String> reader,
            BiConsumer<Person, String> writer) {
        this.spec = new FieldSpec<>(code, column, maxLength, reader, writer);
    }

    @Override
    public FieldSpec<Person> spec() {
        return spec;
    }

    /**
     * Whether a source sets this field. The ID number is the key, and gender and birth date are encoded
     * in it: sources may send them, but only to be cross-checked.
     */
    @Override
    public boolean sourced() {
        return this != ID_NUMBER && this != GENDER && this != BIRTH_DATE;
    }

    public static Optional<PersonField> byCode(String code) {
        return Arrays.stream(values()).filter(f -> f.code().equals(code)).findFirst();
    }

    /** The person as a record of field code to value, in field order: what projection and masking work on. */
    public static Map<String, Object> record(Person person) {
        Map<String, Object> record = new LinkedHashMap<>();
        for (PersonField field : values()) {
            record.put(field.code(), field.read(person));
        }
        return record;
    }
}
