package dev.ndgrade.grader.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The authoring commands: new, key, lint and verify-keys. */
class AuthoringCommandTests {

  @TempDir
  Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @Test
  void lintPassesOnTheWholeBank() {
    int exit = run("lint", "../exercises");
    assertEquals(ExitCodes.OK, exit, out.toString());
    assertTrue(out.toString().endsWith("no problems\n"), out.toString());
  }

  @Test
  void newWritesASkeletonThatPassesLintAndRefusesToOverwrite() throws Exception {
    assertEquals(ExitCodes.OK, run("new", "my-views", "--exercises", dir.toString()));
    String skeleton = Files.readString(dir.resolve("my-views/exercise.yaml"));
    assertTrue(skeleton.contains("id: my-views"), skeleton);
    assertTrue(skeleton.contains("# value | output | relation | error | bytes | choice"), skeleton);
    assertEquals(ExitCodes.OK, run("lint", dir.resolve("my-views").toString()));
    assertTrue(out.toString().contains("1 exercise, no problems"), out.toString());
    assertEquals(ExitCodes.USAGE, run("new", "my-views", "--exercises", dir.toString()));
    assertTrue(err.toString().contains("exists"), err.toString());
    assertEquals(ExitCodes.USAGE, run("new", "Not_An_Id", "--exercises", dir.toString()));
  }

  @Test
  void lintReportsEveryProblemAtItsLine() throws Exception {
    write("broken", """
        id: broken
        title: Broken on purpose
        setup: |
          arr = np.arange(4)
        questions:
          - id: q1
            code: |
              arr[1:3].base is arr
            ask: value
            explain: A slice is a view.
            misconceptions:
              - answer: "True"
                feedback: same as the key
              - answer: "array([1, 2])"
                feedback: not a bool
          - id: q2
            code: |
              print(arr[1:3])
              arr[9]
            ask: output
          - id: q3
            code: |
              arr[5]
            ask: error
            explain: out of bounds
            misconceptions:
              - answer: "not an exception!"
                feedback: unreadable
        """);
    assertEquals(ExitCodes.UNUSABLE_INPUT, run("lint", dir.toString()));
    String report = out.toString();
    String file = dir + "/broken/exercise.yaml";
    assertTrue(report.contains(file + ":1:1: no question is hidden"), report);
    assertTrue(report.contains(file + ":12:9: question q1: misconception 'True' is graded as right"), report);
    assertTrue(report.contains(file + ":14:9: question q1: misconception 'array([1, 2])' is an array but the key "
        + "is a bool"), report);
    assertTrue(report.contains(file + ":16:5: question q2 has no 'explain'"), report);
    assertTrue(report.contains(file + ":16:5: question q2: the code raises, so the expected output ends in an error "
        + "line; ask: error if that is the point (IndexError: index 9 is out of bounds"), report);
    assertTrue(report.contains(file + ":27:9: question q3: misconception 'not an exception!' does not read as an "
        + "answer to ask: error"), report);
    assertTrue(report.endsWith("1 exercise, 6 problems\n"), report);
  }

  @Test
  void lintReportsAKeyTheReferenceCannotComputeAndAFileThatDoesNotRead() throws Exception {
    write("refused", """
        id: refused
        title: T
        questions:
          - id: q1
            code: |
              a = np.arange(4)
              a.base.base
            ask: value
            explain: x
          - {id: q2, code: "1", ask: value, visibility: hidden, explain: x}
        """);
    write("unreadable", "id: unreadable\ntitle: T\nquestions: []\n");
    assertEquals(ExitCodes.UNUSABLE_INPUT, run("lint", dir.toString()));
    String report = out.toString();
    assertTrue(report.contains(dir + "/refused/exercise.yaml:4:5: question q1: line 2 raised AttributeError: "
        + "'NoneType' object has no attribute 'base'; only error and output questions may raise"), report);
    assertTrue(report.contains(dir + "/unreadable/exercise.yaml:3:12: 'questions' must list at least one question"),
        report);
    assertEquals(ExitCodes.USAGE, run("lint", dir.resolve("nope").toString()));
  }

  @Test
  void lintAndKeyNameTheQuestionsOverALimitAndTheOnesAfterThem() throws Exception {
    write("bomb", """
        id: bomb
        title: T
        limits: {int-bits: 1000}
        questions:
          - {id: q1, code: "x = 2**2000", ask: output, explain: x}
          - {id: q2, code: "1", ask: value, visibility: hidden, explain: x}
        """);
    assertEquals(ExitCodes.UNUSABLE_INPUT, run("lint", dir.toString()));
    assertTrue(out.toString().contains(dir + "/bomb/exercise.yaml:5:5: question q1: the answer key cannot be computed:"
        + " question q1 raised LimitError: an int of 2001 bits exceeds the limit int-bits=1000"), out.toString());
    assertTrue(out.toString().contains(dir + "/bomb/exercise.yaml:6:5: question q2: the answer key cannot be computed:"
        + " question q1 went over a limit"), out.toString());
    out.getBuffer().setLength(0);
    assertEquals(ExitCodes.OK, run("key", dir.resolve("bomb").toString()));
    assertTrue(out.toString().contains("  key: none: the answer key cannot be computed: question q1 raised LimitError"),
        out.toString());
  }

  @Test
  void keyListsEachQuestionsKeyExplanationOriginsAndMisconceptionsAndPreviewsTheReport() throws Exception {
    Path report = dir.resolve("preview.html");
    assertEquals(ExitCodes.OK, run("key", "views-slicing", "--exercises", "../exercises", "--report",
        report.toString()));
    String listing = out.toString();
    assertTrue(listing.startsWith("views-slicing · Slicing makes views"), listing);
    assertTrue(listing.contains("q2 · value · 2 points · visible · ../exercises/views-slicing/exercise.yaml:24:5"),
        listing);
    assertTrue(listing.contains("  key: array([  0,   1, 100,   3,   4,   5])"), listing);
    assertTrue(listing.contains("  why: s[0] and arr[2] are the same 8 bytes"), listing);
    assertTrue(listing.contains("  report: `s` was made by basic slicing"), listing);
    assertTrue(listing.contains("  if array([0, 1, 2, 3, 4, 5]): This would be right for a Python list"), listing);
    assertTrue(listing.contains("  key:\n      (8,) (24,)\n      (4,) True\n"), listing);
    assertTrue(Files.readString(report).contains("aria-label=\"Score: 100 percent\""), "a report of the keys has full marks");
    assertEquals(ExitCodes.OK, run("key", "../exercises/fancy-indexing-copies"));
    assertEquals(ExitCodes.USAGE, run("key", "no-such-exercise", "--exercises", "../exercises"));
  }

  @Test
  void verifyKeysReportsWhereNumpyDisagrees() throws Exception {
    assertEquals(ExitCodes.OK, run("new", "ex", "--exercises", dir.toString()));
    Path python = fakePython("""
        {"python": "3.11.7", "numpy": "2.4.6", "exercises": [{"id": "ex", "questions": {
          "q1": {"key": "False", "output": "False\\n"}, "q2": {"key": "copy", "output": ""}}}]}
        """, 0);
    assertEquals(ExitCodes.UNUSABLE_INPUT, run("verify-keys", "--python", python.toString(), dir.toString()));
    String report = out.toString();
    assertTrue(report.contains(dir + "/ex/exercise.yaml:16:5: question q1: the reference's key is 'True' but "
        + "NumPy 2.4.6 gives 'False'"), report);
    assertTrue(report.endsWith("2 questions run in CPython 3.11.7 + NumPy 2.4.6: 1 problem\n"), report);
  }

  @Test
  void verifyKeysAgreesWithRealNumpyOnTheWholeBank() throws Exception {
    assumeTrue(numpy24(), "python3 with NumPy 2.4 is not installed here");
    assertEquals(ExitCodes.OK, run("verify-keys", "../exercises"), out.toString());
    assertTrue(out.toString().endsWith(": every key agrees\n"), out.toString());
  }

  @Test
  void verifyKeysSaysWhenPythonOrNumpyIsMissing() throws Exception {
    assertEquals(ExitCodes.MISSING_TOOL, run("verify-keys", "--python", dir.resolve("no-python").toString(),
        "../exercises"));
    assertTrue(err.toString().contains("cannot verify keys: cannot run"), err.toString());
    Path python = fakePython("", 3);
    assertEquals(ExitCodes.MISSING_TOOL, run("verify-keys", "--python", python.toString(), "../exercises"));
    assertTrue(err.toString().contains("has no NumPy"), err.toString());
  }

  private static boolean numpy24() throws InterruptedException {
    try {
      Process probe = new ProcessBuilder("python3", "-c", "import numpy; assert numpy.__version__.startswith('2.4.')")
          .redirectErrorStream(true).start();
      probe.getInputStream().readAllBytes();
      return probe.waitFor() == 0;
    } catch (IOException noPython) {
      return false;
    }
  }

  @Test
  void importDraftsAnExerciseFromANotebookThatLintCanRead() throws Exception {
    Path notebook = dir.resolve("Views 101.ipynb");
    Files.writeString(notebook, """
        {"nbformat": 4, "nbformat_minor": 5, "metadata": {}, "cells": [
          {"cell_type": "markdown", "metadata": {}, "source": ["# 뷰\\n", "슬라이스는 뷰입니다."]},
          {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
           "source": ["import numpy as np\\n", "a = np.arange(4)"]},
          {"cell_type": "code", "execution_count": 2, "metadata": {},
           "outputs": [{"output_type": "execute_result", "data": {"text/plain": ["True"]}}],
           "source": "a[1:].base is a"}]}
        """);
    assertEquals(ExitCodes.OK, run("import", notebook.toString(), "--exercises", dir.toString()), err.toString());
    String yaml = Files.readString(dir.resolve("views-101/exercise.yaml"));
    assertTrue(yaml.contains("title: \"뷰\"") && yaml.contains("      슬라이스는 뷰입니다."), yaml);
    assertTrue(yaml.contains("setup: |\n  a = np.arange(4)\n"), yaml);
    assertEquals(ExitCodes.OK, run("key", dir.resolve("views-101").toString()));
    assertTrue(out.toString().contains("  key: True"), out.toString());
    assertEquals(ExitCodes.USAGE, run("import", notebook.toString(), "--exercises", dir.toString()));
    Files.writeString(dir.resolve("broken.ipynb"), "{\"not\": \"a notebook\"}");
    assertEquals(ExitCodes.UNUSABLE_INPUT, run("import", dir.resolve("broken.ipynb").toString(), "--exercises",
        dir.toString()));
  }

  /** A stand-in for python3 that prints {@code stdout} and exits with {@code exit}, whatever it is asked. */
  private Path fakePython(String stdout, int exit) throws Exception {
    Path json = dir.resolve("answer-" + exit + ".json");
    Files.writeString(json, stdout);
    Path script = dir.resolve("python-" + exit);
    Files.writeString(script, "#!/bin/sh\ncat > /dev/null\ncat '" + json + "'\necho 'no numpy' >&2\nexit " + exit + "\n");
    Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
    return script;
  }

  private void write(String id, String yaml) throws Exception {
    Files.createDirectories(dir.resolve(id));
    Files.writeString(dir.resolve(id).resolve("exercise.yaml"), yaml);
  }

  private int run(String... args) {
    CommandLine commandLine = NdgradeCommand.commandLine(args);
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    return commandLine.execute(args);
  }
}
