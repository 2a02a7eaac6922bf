package io.pmoflow.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A vendor's language, as POST /api/vendors checks it. */
class NewVendorTest {

  static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

  static NewVendor vendor(String language) {
    return new NewVendor("initech", "Initech", "C-1", LocalDate.now(), LocalDate.now().plusMonths(6), true,
        "peter", "Ivy", "ivy@initech.example", language);
  }

  @Test
  void aVendorsLanguageIsJaOrEnOrLeftToTheDefault() {
    assertThat(VALIDATOR.validate(vendor("ja"))).isEmpty();
    assertThat(VALIDATOR.validate(vendor("en"))).isEmpty();
    assertThat(VALIDATOR.validate(vendor(null))).isEmpty();
    for (String wrong : new String[] {"ko", "JA", "ja-JP", " en", ""}) {
      Set<ConstraintViolation<NewVendor>> problems = VALIDATOR.validate(vendor(wrong));
      assertThat(problems).as(wrong).singleElement().satisfies(problem -> {
        assertThat(problem.getPropertyPath()).hasToString("language");
        // the text itself is the bundle's (i18n/messages*.properties), in the reader's language
        assertThat(problem.getMessageTemplate()).isEqualTo("{pmoflow.validation.language}");
      });
    }
  }
}
