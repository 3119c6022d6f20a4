package dev.ndgrade.grader.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ndgrade.grader.data.DataFormatException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Java submissions: a file or a directory, the exercise from the header, the student from it or the name. */
class JavaSubmissionReaderTests {

  @TempDir
  Path dir;

  @Test
  void aFileNamesItsExerciseAndStudentInItsHeader() throws Exception {
    Path file = Files.writeString(dir.resolve("x.java"), "// exercise: slice-axis\n// student: ada\nclass A {}\n");
    JavaSubmission submission = JavaSubmissionReader.read(file, "x.java");
    assertEquals("slice-axis", submission.exercise());
    assertEquals("ada", submission.student());
    assertEquals("x.java", submission.sources().get(0).name());
  }

  @Test
  void aDirectoryIsOneSubmissionNamedAfterIt() throws Exception {
    Path sub = Files.createDirectories(dir.resolve("cleo").resolve("views"));
    Files.writeString(sub.resolve("A.java"), "package views;\nclass A {}\n");
    Files.writeString(sub.resolve("B.java"), "// exercise: permute-axes\npackage views;\nclass B {}\n");
    JavaSubmission submission = JavaSubmissionReader.read(dir.resolve("cleo"), "cleo");
    assertEquals("permute-axes", submission.exercise());
    assertEquals("cleo", submission.student());
    assertEquals(2, submission.sources().size());
    assertEquals("views/A.java", submission.sources().get(0).name());
  }

  @Test
  void withoutAnExerciseLineTheSubmissionIsRefusedWithItsLocation() throws Exception {
    Path file = Files.writeString(dir.resolve("y.java"), "class A {}\n");
    DataFormatException e = assertThrows(DataFormatException.class, () -> JavaSubmissionReader.read(file, "y.java"));
    assertTrue(e.getMessage().startsWith("y.java:1:1: no '// exercise: ID' line"), e.getMessage());
  }
}
