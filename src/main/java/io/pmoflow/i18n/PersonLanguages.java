package io.pmoflow.i18n;

import java.util.Locale;

/** The language a person reads: mails and other texts addressed to them are written in it. */
public interface PersonLanguages {

  /** Always one of {@link Languages#SUPPORTED}. */
  Locale of(String userId);
}
