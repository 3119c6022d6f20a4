package dev.ndgrade.grader.worker;

import java.util.Map;

/**
 * The class loaders of one job. Student classes see {@code java.*} (the boot loader) and the student API
 * package, nothing else: not the grader, not JUnit, not the tests, not the reference. Test classes see
 * everything on the worker's class path, and the student's classes by name.
 */
final class SandboxLoaders {

  /** The student API: what student code may link against besides the JDK. */
  static final String STUDENT_API = "dev.ndgrade.strided.";
  private static final String TEST_SUPPORT = "dev.ndgrade.strided.check.";

  private final ClassBytesLoader student;
  private final ClassLoader tests;

  SandboxLoaders(Map<String, byte[]> studentClasses, Map<String, byte[]> testClasses) {
    ClassLoader app = SandboxLoaders.class.getClassLoader();
    this.student = new ClassBytesLoader("submission", studentClasses, new ApiOnly(app));
    this.tests = new TestLoader(testClasses, student, app);
  }

  ClassLoader tests() {
    return tests;
  }

  /** Boot classes and the student API; everything else does not exist. */
  private static final class ApiOnly extends ClassLoader {
    private final ClassLoader app;

    ApiOnly(ClassLoader app) {
      super("student-api", null);
      this.app = app;
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
      if (name.startsWith(STUDENT_API) && !name.startsWith(TEST_SUPPORT)) {
        return app.loadClass(name);
      }
      throw new ClassNotFoundException(name + " is not available to student code");
    }
  }

  /** The exercise's tests: the submission's classes by name first, then the worker's class path, then its own. */
  private static final class TestLoader extends ClassBytesLoader {
    private final ClassBytesLoader student;

    TestLoader(Map<String, byte[]> classes, ClassBytesLoader student, ClassLoader app) {
      super("exercise-tests", classes, app);
      this.student = student;
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
      if (student.holds(name) && !holds(name)) {
        return student.loadClass(name);
      }
      return super.loadClass(name, resolve);
    }
  }
}
