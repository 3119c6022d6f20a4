package dev.ndgrade.grader.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ndgrade.grader.fixtures.SampleResults;
import dev.ndgrade.grader.result.SubmissionResult;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResultsJsonTests {

  @Test
  void writesTheContractFieldsForEverySubmissionAndQuestion() throws Exception {
    SubmissionResult broken = SubmissionResult.ungradable("dan", "", "bad.yaml", 0, "bad.yaml:5:7: found unexpected end");
    JsonNode json = new ObjectMapper().readTree(ResultsJson.write(List.of(SampleResults.views("ada"), broken)));
    assertEquals(2, json.size());
    JsonNode ada = json.get(0);
    assertEquals("ada", ada.get("student").asText());
    assertEquals("views-slicing", ada.get("exercise").asText());
    assertEquals(5.0, ada.get("score").asDouble());
    assertEquals(10.0, ada.get("max_score").asDouble());
    JsonNode q5 = ada.get("questions").get(4);
    assertEquals("q5", q5.get("id").asText());
    assertEquals(1.0, q5.get("points").asDouble());
    assertEquals(2.0, q5.get("max_points").asDouble());
    assertEquals("partial", q5.get("status").asText());
    assertEquals(List.of("correct", "wrong", "unanswered", "correct", "partial"),
        ada.get("questions").findValuesAsText("status"));
    assertEquals("error", json.get(1).get("status").asText());
    assertEquals(0, json.get(1).get("questions").size());
  }

  @Test
  void writesTheSameBytesForTheSameResults() {
    String first = ResultsJson.write(List.of(SampleResults.views("ada"), SampleResults.views("ben")));
    String second = ResultsJson.write(List.of(SampleResults.views("ada"), SampleResults.views("ben")));
    assertEquals(first, second);
    assertTrue(first.endsWith("]\n"));
    assertTrue(first.startsWith("[\n  {\n    \"student\" : \"ada\",\n    \"exercise\" : \"views-slicing\",\n"), first);
  }
}
