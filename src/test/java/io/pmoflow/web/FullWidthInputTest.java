package io.pmoflow.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Numbers, dates and codes typed with a Japanese input method in full-width mode. */
class FullWidthInputTest {

  record Entry(
      @HalfWidth @Pattern(regexp = "[A-Z][A-Z0-9-]{1,19}", message = "must be capital letters") String code,
      String name,
      BigDecimal budget,
      Integer count,
      LocalDate day) {}

  @RestController
  static class EntryController {
    @PostMapping("/entries")
    java.util.Map<String, String> entry(@Valid @RequestBody Entry entry) {
      java.util.Map<String, String> read = new java.util.HashMap<>();
      read.put("code", entry.code());
      read.put("name", entry.name());
      read.put("budget", String.valueOf(entry.budget()));
      read.put("count", String.valueOf(entry.count()));
      read.put("day", String.valueOf(entry.day()));
      return read;
    }
  }

  final MockMvc mvc = ApiInputTest.mvc(new EntryController());

  @Test
  void fullWidthNumbersDatesAndCodesReadAsHalfWidth() throws Exception {
    send("{\"code\":\"ＣＲＭ－２０２７\",\"name\":\"ＡＢＣ株式会社\",\"budget\":\"２５０，０００．５\",\"count\":\"１２\",\"day\":\"２０２７－０３－３１\"}")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.code").value("CRM-2027"))
        .andExpect(jsonPath("$.name").value("ＡＢＣ株式会社"))
        .andExpect(jsonPath("$.budget").value("250000.5"))
        .andExpect(jsonPath("$.count").value("12"))
        .andExpect(jsonPath("$.day").value("2027-03-31"));
  }

  @Test
  void theMinusTypedAsAProlongedSoundMarkIsAMinus() throws Exception {
    send("{\"count\":\"ー５\"}").andExpect(status().isOk()).andExpect(jsonPath("$.count").value("-5"));
  }

  @Test
  void whatStaysUnreadableIsRefusedWithTheFieldNamed() throws Exception {
    send("{\"count\":\"１２ａ\"}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("count"))
        .andExpect(jsonPath("$.errors[0].message").value("must be a whole number"));
    send("{\"budget\":\"１２，３４\"}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("budget"));
  }

  @Test
  void onlyFullWidthAsciiChanges() {
    assertThat(FullWidth.toHalfWidth("ａｎｎ＠ａｃｍｅ．ｅｘａｍｐｌｅ")).isEqualTo("ann@acme.example");
    assertThat(FullWidth.toHalfWidth("営業部　第一課")).isEqualTo("営業部 第一課");
    assertThat(FullWidth.toHalfWidth("ｶﾀｶﾅ")).isEqualTo("ｶﾀｶﾅ");
  }

  private ResultActions send(String json) throws Exception {
    return mvc.perform(post("/entries").contentType(MediaType.APPLICATION_JSON).content(json));
  }
}
