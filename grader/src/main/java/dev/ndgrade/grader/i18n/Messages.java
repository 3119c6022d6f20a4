package dev.ndgrade.grader.i18n;

import java.text.MessageFormat;
import java.util.EnumMap;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The UI strings of one language, from the bundle {@code dev/ndgrade/grader/i18n/messages}
 * ({@code messages.properties} in English, {@code messages_ko.properties} in Korean). Patterns are
 * {@link MessageFormat}s, so plurals are choice formats. Thread-safe.
 */
public final class Messages {

  private static final String BUNDLE = "dev.ndgrade.grader.i18n.messages";
  private static final Map<Language, Messages> LOADED = new EnumMap<>(Language.class);

  private final Language language;
  private final ResourceBundle bundle;

  private Messages(Language language, ResourceBundle bundle) {
    this.language = language;
    this.bundle = bundle;
  }

  /** The messages of {@code language}. */
  public static synchronized Messages of(Language language) {
    return LOADED.computeIfAbsent(language, l -> new Messages(l, ResourceBundle.getBundle(BUNDLE, l.locale(),
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))));
  }

  /** The language these messages are in. */
  public Language language() {
    return language;
  }

  /** The message {@code key} with {@code args} filled in. */
  public String text(String key, Object... args) {
    String pattern;
    try {
      pattern = bundle.getString(key);
    } catch (MissingResourceException e) {
      throw new IllegalArgumentException("no message '" + key + "' for " + language.tag(), e);
    }
    // every pattern goes through MessageFormat, so '' means an apostrophe in all of them
    return new MessageFormat(pattern, language.locale()).format(args);
  }

  /** The message {@code key.one} when {@code count} is 1, else {@code key.many}, with {@code args}. */
  public String plural(String key, double count, Object... args) {
    return text(key + (count == 1 ? ".one" : ".many"), args);
  }

  /** Whether the bundle has {@code key}. */
  public boolean has(String key) {
    return bundle.containsKey(key);
  }
}
