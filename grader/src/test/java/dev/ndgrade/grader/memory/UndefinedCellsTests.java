package dev.ndgrade.grader.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ndgrade.ndarray.NdArray;
import dev.ndgrade.python.Session;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Memory np.empty left unwritten has no knowable value: diagrams and value lists show it as "?" and do not fail. */
class UndefinedCellsTests {

  @Test
  void cellsNpEmptyNeverWroteAreQuestionMarks() {
    Session session = Session.create();
    session.run("a = np.empty(3, dtype=np.int64)\na[1] = 7\n", "empty.py");
    MemorySnapshot snapshot = MemorySnapshots.numbering().capture(session);
    List<String> cells = snapshot.buffers().get(0).values().stream().map(CellValue::text).toList();
    assertEquals(List.of("?", "7", "?"), cells);
    assertEquals(List.of("?", "7", "?"), ElementValues.inCOrder((NdArray) session.get("a")));
  }
}
