package org.govexchange.starter.problem;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.govexchange.contracts.problem.ProblemException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@WebMvcTest(controllers = ProblemExceptionHandlerTest.SampleController.class)
@ImportAutoConfiguration(ProblemHandlingAutoConfiguration.class)
@Import(ProblemExceptionHandlerTest.SampleController.class)
class ProblemExceptionHandlerTest {

    @Autowired
    MockMvc mvc;

    @Test
    void domainProblemKeepsItsStatusCodeAndMembers() throws Exception {
        mvc.perform(get("/sample/forbidden"))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("FIELD_NOT_GRANTED"))
                .andExpect(jsonPath("$.field").value("phone"))
                .andExpect(jsonPath("$.type").value("https://govexchange.org/problems/field-not-granted"))
                .andExpect(jsonPath("$.detail").value("phone is not in your grant"));
    }

    @Test
    void invalidBodyNamesEachField() throws Exception {
        mvc.perform(post("/sample").contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("VALIDATION_FAILED"))
                .andExpect(jsonPath("$.errors[0].field").value("name"));
    }

    @Test
    void unreadableJsonIsMalformedNotAServerError() throws Exception {
        mvc.perform(post("/sample").contentType(MediaType.APPLICATION_JSON).content("{\"name\":"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("MALFORMED_REQUEST"));
    }

    @Test
    void wrongParameterTypeIsAValidationProblem() throws Exception {
        mvc.perform(get("/sample/items/not-a-number"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("VALIDATION_FAILED"));
    }

    @Test
    void wrongMethodAndMediaTypeHaveCodes() throws Exception {
        mvc.perform(post("/sample/forbidden"))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(jsonPath("$.code").value("METHOD_NOT_ALLOWED"));
        mvc.perform(post("/sample").contentType(MediaType.TEXT_PLAIN).content("x"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(jsonPath("$.code").value("UNSUPPORTED_MEDIA_TYPE"));
    }

    @Test
    void unexpectedFailureIsA500WithoutInternals() throws Exception {
        mvc.perform(get("/sample/broken"))
                .andExpect(status().isInternalServerError())
                .andExpect(jsonPath("$.code").value("INTERNAL_ERROR"))
                .andExpect(jsonPath("$.detail").value("An unexpected error occurred; it has been logged."));
    }

    record SampleRequest(@NotBlank @Size(max = 10) String name) {}

    @RestController
    static class SampleController {

        @GetMapping("/sample/forbidden")
        String forbidden() {
            throw new ProblemException(
                    403, "FIELD_NOT_GRANTED", "phone is not in your grant", Map.of("field", "phone"));
        }

        @PostMapping("/sample")
        String create(@Valid @RequestBody SampleRequest request) {
            return request.name();
        }

        @GetMapping("/sample/items/{id}")
        long item(@PathVariable long id) {
            return id;
        }

        @GetMapping("/sample/broken")
        String broken() {
            throw new IllegalStateException("secret internal state");
        }
    }
}
