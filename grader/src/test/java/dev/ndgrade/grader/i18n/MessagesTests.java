package dev.ndgrade.grader.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ndgrade.grader.exercise.AnswerKind;
import dev.ndgrade.grader.result.Status;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class MessagesTests {

  @Test
  void everyLanguageHasEveryKeyAndEveryKindAndStatusHasItsWords() throws Exception {
    Properties english = bundle("messages.properties");
    Properties korean = bundle("messages_ko.properties");
    assertEquals(english.keySet(), korean.keySet());
    for (Language language : Language.values()) {
      Messages messages = Messages.of(language);
      for (AnswerKind kind : AnswerKind.values()) {
        assertTrue(messages.has("kind." + kind.word()), language + " " + kind);
      }
      for (Status status : Status.values()) {
        assertTrue(messages.has("status." + status.word()) && messages.has("cli.status." + status.word()),
            language + " " + status);
      }
    }
  }

  @Test
  void formatsArgumentsAndPluralsInEachLanguage() {
    Messages english = Messages.of(Language.EN);
    assertEquals("1 point", english.plural("points", 1, "1"));
    assertEquals("2.5 points", english.plural("points", 2.5, "2.5"));
    assertEquals("predict the value", english.text("report.predict", english.text("kind.value")));
    Messages korean = Messages.of(Language.KO);
    assertEquals("값 예측하기", korean.text("report.predict", korean.text("kind.value")));
    assertEquals("VIEW of #1 (arr)", english.text("diagram.viewOf", "1", "arr"));
    assertThrows(IllegalArgumentException.class, () -> english.text("no.such.key"));
  }

  @Test
  void knowsItsLanguagesByTag() {
    assertEquals(Optional.of(Language.KO), Language.fromTag("ko"));
    assertEquals(Optional.empty(), Language.fromTag("fr"));
    assertEquals("en, ko", Language.tags());
  }

  private static Properties bundle(String name) throws Exception {
    Properties properties = new Properties();
    try (InputStream in = MessagesTests.class.getResourceAsStream("/dev/ndgrade/grader/i18n/" + name)) {
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }
}
