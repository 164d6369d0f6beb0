package org.govexchange.population.person;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** 身份核验: does this ID number belong to a person of this name (and birth date)? */
public record VerifyPersonRequest(
        @NotBlank @Size(max = 32) String idNumber, @NotBlank @Size(max = 64) String name, LocalDate birthDate) {}
