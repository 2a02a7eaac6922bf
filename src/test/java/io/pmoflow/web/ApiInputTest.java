package io.pmoflow.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * How the API answers a body it cannot read or that has a null in a list: without a Spring
 * context, with the strict mapper of {@link ApiInputConfiguration} and {@link ApiProblemHandler}.
 */
class ApiInputTest {

  enum Colour { RED, GREEN }

  record Line(@NotBlank(message = "is required") String text, Colour colour, int count) {}

  record Order(
      String name,
      LocalDate day,
      Instant at,
      boolean urgent,
      @NotNull(message = "is required") List<@NotNull(message = "must not be null") @Valid Line> lines) {}

  @RestController
  static class OrderController {
    @PostMapping("/orders")
    String order(@Valid @RequestBody Order order) {
      return "ok";
    }
  }

  final MockMvc mvc = mvc(new OrderController());

  /** The controller behind the API's strict reader, problem answers and validation. */
  static MockMvc mvc(Object controller) {
    LocalValidatorFactoryBean validator = new LocalValidatorFactoryBean();
    validator.afterPropertiesSet();
    return MockMvcBuilders.standaloneSetup(controller)
        .setControllerAdvice(new ApiProblemHandler(org.springframework.util.unit.DataSize.ofMegabytes(64)))
        .setMessageConverters(
            new MappingJackson2HttpMessageConverter(
                ApiInputConfiguration.strict(Jackson2ObjectMapperBuilder.json().build())))
        .setValidator(validator)
        .build();
  }

  ResultActions send(String json) throws Exception {
    return mvc.perform(post("/orders").contentType(MediaType.APPLICATION_JSON).content(json));
  }

  /** 400, problem JSON, and not a word of Java in it. */
  ResultActions refused(String json) throws Exception {
    return send(json)
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(content().string(not(containsString("io.pmoflow"))))
        .andExpect(content().string(not(containsString("java."))))
        .andExpect(content().string(not(containsString("$"))))
        .andExpect(content().string(not(containsString("Source:"))));
  }

  /** Refused with exactly one problem: this field, this message. */
  void refusedAt(String json, String field, String message) throws Exception {
    refused(json)
        .andExpect(jsonPath("$.errors.length()").value(1))
        .andExpect(jsonPath("$.errors[0].field").value(field))
        .andExpect(jsonPath("$.errors[0].message").value(message));
  }

  @Test
  void aValidOrderIsAccepted() throws Exception {
    send("{\"name\":\"n\",\"day\":\"2027-01-31\",\"lines\":[{\"text\":\"t\",\"colour\":\"RED\",\"count\":2}]}")
        .andExpect(status().isOk());
  }

  @Test
  void aNullInAListIsNamedByItsPosition() throws Exception {
    refusedAt("{\"lines\":[{\"text\":\"t\"},null]}", "lines[1]", "must not be null");
  }

  @Test
  void anUnknownEnumValueNamesTheFieldAndTheAllowedValues() throws Exception {
    refused("{\"lines\":[{\"text\":\"t\"},{\"text\":\"t\",\"colour\":\"BLUE\"}]}")
        .andExpect(jsonPath("$.title").value("Invalid input"))
        .andExpect(jsonPath("$.errors[0].field").value("lines[1].colour"))
        .andExpect(jsonPath("$.errors[0].message").value("must be one of RED, GREEN"));
  }

  @Test
  void aNumberIsNotAnEnumValue() throws Exception {
    refused("{\"lines\":[{\"text\":\"t\",\"colour\":0}]}")
        .andExpect(jsonPath("$.errors[0].field").value("lines[0].colour"));
  }

  @Test
  void aNumberOrBooleanIsNotText() throws Exception {
    refusedAt("{\"name\":42,\"lines\":[]}", "name", "must be text");
    refused("{\"name\":true,\"lines\":[]}").andExpect(jsonPath("$.errors[0].field").value("name"));
    refused("{\"lines\":[{\"text\":4.5}]}").andExpect(jsonPath("$.errors[0].field").value("lines[0].text"));
  }

  @Test
  void wrongScalarsSayWhatIsExpected() throws Exception {
    refusedAt("{\"day\":\"31.01.2027\",\"lines\":[]}", "day", "must be a date like 2027-01-31");
    refused("{\"at\":\"2027-01-31\",\"lines\":[]}")
        .andExpect(jsonPath("$.errors[0].field").value("at"))
        .andExpect(jsonPath("$.errors[0].message", containsString("2027-01-31T17:00:00Z")));
    refusedAt("{\"urgent\":1,\"lines\":[]}", "urgent", "must be true or false");
    refused("{\"urgent\":\"very\",\"lines\":[]}")
        .andExpect(jsonPath("$.errors[0].message").value("must be true or false"));
    refusedAt("{\"lines\":[{\"text\":\"t\",\"count\":\"many\"}]}", "lines[0].count", "must be a whole number");
    refused("{\"lines\":[{\"text\":\"t\",\"count\":2.5}]}")
        .andExpect(jsonPath("$.errors[0].message").value("must be a whole number"));
    refusedAt("{\"lines\":[{\"text\":\"t\",\"count\":99999999999}]}", "lines[0].count", "is too large");
    refusedAt("{\"lines\":\"one\"}", "lines", "must be a list");
    refusedAt("{\"lines\":[\"one\"]}", "lines[0]", "must be an object");
  }

  @Test
  void malformedJsonSaysWhereReadingStopped() throws Exception {
    refused("{\"name\": \"n\",\n \"lines\": [}")
        .andExpect(jsonPath("$.title").value("Unreadable request"))
        .andExpect(jsonPath("$.detail", containsString("not valid JSON (line 2")));
    refused("{\"name\": \"n\"")
        .andExpect(jsonPath("$.title").value("Unreadable request"));
    refused("").andExpect(jsonPath("$.detail", containsString("A JSON request body is required")));
  }
}
