package dev.ndgrade.grader.i18n;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** A language ndgrade ships messages in. */
public enum Language {
  /** The default. */
  EN("en", Locale.ENGLISH),
  KO("ko", Locale.KOREAN);

  private final String tag;
  private final Locale locale;

  Language(String tag, Locale locale) {
    this.tag = tag;
    this.locale = locale;
  }

  /** The tag used by {@code --lang}, an exercise's {@code lang:} and HTML's {@code lang}: {@code en}, {@code ko}. */
  public String tag() {
    return tag;
  }

  /** The locale whose message bundle holds this language's strings. */
  public Locale locale() {
    return locale;
  }

  /** The language a tag names, if ndgrade ships it. */
  public static Optional<Language> fromTag(String tag) {
    return Arrays.stream(values()).filter(language -> language.tag.equals(tag)).findFirst();
  }

  /** "en, ko", for messages. */
  public static String tags() {
    return Arrays.stream(values()).map(Language::tag).collect(Collectors.joining(", "));
  }
}
