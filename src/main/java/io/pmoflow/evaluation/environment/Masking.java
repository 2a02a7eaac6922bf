package io.pmoflow.evaluation.environment;

/** How a personal column is masked (see {@link PersonalDataMasking}). */
enum Masking {
  /** a person's name: {@code Person} and six letters */
  NAME,
  /** an e-mail address: {@code person-<10 hex>@masked.invalid} (a domain that never receives mail) */
  EMAIL,
  /** a phone number: every digit but the first replaced, separators kept */
  PHONE,
  /** any other text: {@code masked-<12 hex>} */
  TEXT
}
