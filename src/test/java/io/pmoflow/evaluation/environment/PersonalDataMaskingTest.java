package io.pmoflow.evaluation.environment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PersonalDataMaskingTest {

  PersonalDataMasking masking = new PersonalDataMasking("a-test-key-of-32-characters-long");

  @Test
  void theSameValueGivesTheSameFakeAndAnotherKeyAnother() {
    assertThat(masking.mask(Masking.EMAIL, "yui.sato@example.jp")).isEqualTo(masking.mask(Masking.EMAIL, "yui.sato@example.jp"))
        .isNotEqualTo(masking.mask(Masking.EMAIL, "ren.sato@example.jp"))
        .isNotEqualTo(new PersonalDataMasking("another-key-of-32-characters-lng").mask(Masking.EMAIL, "yui.sato@example.jp"));
  }

  @Test
  void fakesKeepTheShapeButNotTheValue() {
    assertThat(masking.mask(Masking.NAME, "Yui Sato")).matches("Person [A-Z]{6}");
    assertThat(masking.mask(Masking.EMAIL, "yui.sato@example.jp")).matches("person-[0-9a-f]{10}@masked\\.invalid");
    String phone = masking.mask(Masking.PHONE, "03-1234-5678");
    assertThat(phone).matches("0\\d-\\d{4}-\\d{4}").isNotEqualTo("03-1234-5678");
    assertThat(masking.mask(Masking.TEXT, "anything")).matches("masked-[0-9a-f]{12}");
    // a name and an e-mail with the same text do not share a fake
    assertThat(masking.mask(Masking.TEXT, "x")).isNotEqualTo(masking.mask(Masking.NAME, "x"));
  }

  @Test
  void emptyStaysEmptyAndAShortKeyIsRefused() {
    assertThat(masking.mask(Masking.NAME, "")).isEmpty();
    assertThat(masking.mask(Masking.NAME, null)).isNull();
    assertThatThrownBy(() -> new PersonalDataMasking("short")).isInstanceOf(IllegalStateException.class);
  }
}
