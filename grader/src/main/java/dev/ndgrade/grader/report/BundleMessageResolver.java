package dev.ndgrade.grader.report;

import dev.ndgrade.grader.i18n.Language;
import dev.ndgrade.grader.i18n.Messages;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.messageresolver.IMessageResolver;

/**
 * Resolves the templates' {@code #{key}} and {@code #{key(args)}} from ndgrade's message bundles,
 * in the language of the page's locale, so Java and templates share one set of strings.
 */
final class BundleMessageResolver implements IMessageResolver {

  @Override
  public String getName() {
    return "ndgrade-messages";
  }

  @Override
  public Integer getOrder() {
    return 0;
  }

  @Override
  public String resolveMessage(ITemplateContext context, Class<?> origin, String key, Object[] parameters) {
    Messages messages = Messages.of(Language.fromTag(context.getLocale().getLanguage()).orElse(Language.EN));
    return messages.has(key) ? messages.text(key, parameters == null ? new Object[0] : parameters) : null;
  }

  @Override
  public String createAbsentMessageRepresentation(ITemplateContext context, Class<?> origin, String key,
                                                  Object[] parameters) {
    throw new IllegalStateException("no message '" + key + "' for the templates");
  }
}
