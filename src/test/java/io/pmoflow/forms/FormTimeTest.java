package io.pmoflow.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pmoflow.i18n.Languages;
import io.pmoflow.i18n.RequestLanguage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A deadline typed at 22:02 is 22:02 in the deployment's time zone, stored as that instant. */
class FormTimeTest {

  private final FormTime tokyo = new FormTime(ZoneId.of("Asia/Tokyo"));

  @Test
  void aTypedWallClockTimeIsThatTimeInTheDeploymentsZoneToTheMinute() {
    assertThat(tokyo.typed("2026-12-01T22:02", "Question deadline")).isEqualTo(Instant.parse("2026-12-01T13:02:00Z"));
    assertThat(tokyo.shown(Instant.parse("2026-12-01T13:02:00Z"))).isEqualTo("2026-12-01T22:02");
  }

  @Test
  void aValueWithAnOffsetIsThatInstantWhateverTheZone() {
    assertThat(tokyo.typed("2026-12-01T13:02Z", "Question deadline")).isEqualTo(Instant.parse("2026-12-01T13:02:00Z"));
    assertThat(tokyo.typed("2026-12-01T22:02+09:00", "Question deadline")).isEqualTo(Instant.parse("2026-12-01T13:02:00Z"));
    assertThat(tokyo.typed(" ", "Question deadline")).isNull();
  }

  @Test
  void aValueThatIsNoMomentIsRefusedNamingTheFieldAsTheFormShowsIt() {
    assertThatThrownBy(() -> tokyo.typed("tomorrow", "Question deadline"))
        .isInstanceOf(FormInputRefused.class).hasMessage("Question deadline: \"tomorrow\" is not a date and time");
    assertThatThrownBy(() -> RequestLanguage.in(Languages.JAPANESE, () -> tokyo.typed("明日", "Question deadline")))
        .hasMessage("質問期限：「明日」は日時ではありません");
  }

  /**
   * Tasklist's form-js 1.8.7 rounds a typed time down to the field's {@code timeInterval}
   * ({@code minutes - minutes % interval}): with 15, a typed 22:02 became 22:00. Every time field
   * keeps the typed minute (interval 1) and is typed without a zone, in the zone the form names.
   */
  @Test
  void everyTimeFieldOfEveryFormKeepsTheTypedMinuteInTheNamedZone() throws Exception {
    List<String> wrong = new ArrayList<>();
    int timeFields = 0;
    for (Path form : FormTextsTest.forms()) {
      for (JsonNode field : new ObjectMapper().readTree(Files.readAllBytes(form)).findParents("subtype")) {
        String subtype = field.path("subtype").asText();
        if (subtype.equals("datetime") || subtype.equals("time")) {
          timeFields++;
          if (field.path("timeInterval").asInt(15) != 1) {
            wrong.add(form.getFileName() + " " + field.path("key").asText() + ": timeInterval is not 1");
          }
          if (!field.path("timeSerializingFormat").asText().equals("no_timezone")) {
            wrong.add(form.getFileName() + " " + field.path("key").asText() + ": not typed without a zone");
          }
          if (!field.path("timeLabel").asText().contains(FormTexts.TIME_ZONE)) {
            wrong.add(form.getFileName() + " " + field.path("key").asText() + ": the time label names no zone");
          }
        }
      }
    }
    assertThat(timeFields).isEqualTo(3);
    assertThat(wrong).isEmpty();
  }
}
