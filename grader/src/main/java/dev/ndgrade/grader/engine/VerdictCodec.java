package dev.ndgrade.grader.engine;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.ndgrade.grader.result.Verdict;

/**
 * Carries a {@link Verdict} from a question's test to the listener inside a report entry, the
 * platform's own channel for a test's data.
 */
final class VerdictCodec {

  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .visibility(PropertyAccessor.IS_GETTER, JsonAutoDetect.Visibility.NONE)
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .build();

  private VerdictCodec() {}

  static String encode(Verdict verdict) {
    try {
      return MAPPER.writeValueAsString(verdict);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot encode the verdict of " + verdict.questionId(), e);
    }
  }

  static Verdict decode(String json) {
    try {
      return MAPPER.readValue(json, Verdict.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot decode a verdict: " + e.getOriginalMessage(), e);
    }
  }
}
