package dev.ndgrade.grader.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The scan passes plain Java (records, lambdas, streams, printing) and refuses each dangerous family by name. */
class BytecodeScanTests {

  private static List<String> scan(String body) {
    String source = """
        package views;

        import dev.ndgrade.strided.Layout;
        import java.util.*;
        import java.util.stream.*;

        public final class Probe {
          record Pair(long a, long b) {}

          static Object run(Layout layout) throws Exception {
        %s
          }
        }
        """.formatted(body);
    Compilation compilation = SourceCompiler.compile(List.of(new JavaSource("Probe.java", source)),
        Classpath.student());
    Map<String, byte[]> classes = assertInstanceOf(Compilation.Compiled.class, compilation,
        () -> compilation.toString()).classes();
    return BytecodeScan.scan(classes, "views", Set.of("views.ProbeTests")).stream().map(Refusal::text).toList();
  }

  @Test
  void plainJavaPasses() {
    assertEquals(List.of(), scan("""
            List<Long> shape = new ArrayList<>();
            for (long n : layout.shape()) {
              shape.add(n);
            }
            Pair pair = new Pair(layout.offset(), Math.floorMod(-3, 4));
            System.out.println("shape " + shape + " " + pair + " " + Arrays.toString(layout.strides()));
            Optional<Long> biggest = shape.stream().max(Comparator.naturalOrder());
            return IntStream.range(0, 3).mapToObj(i -> i * 2).collect(Collectors.toList()) + "" + biggest;
        """));
  }

  @Test
  void eachDangerousFamilyIsRefusedWithFileLineAndReason() {
    assertEquals(List.of("Probe.java:11: java.lang.System.exit: System.exit would stop the grader"),
        scan("    System.exit(1); return null;"));
    assertEquals(List.of("Probe.java:11: java.lang.System.setOut: redirecting System output or input is not allowed"),
        scan("    System.setOut(null); return null;"));
    assertEquals(List.of("Probe.java:11: java.lang.System.getenv: reading or changing system properties or the "
        + "environment is not allowed"), scan("    return System.getenv(\"HOME\");"));
    assertEquals(List.of("Probe.java:11: java.lang.Runtime.getRuntime: Runtime is not available (processes, "
        + "memory, exit)"), scan("    return Runtime.getRuntime();"));
    assertEquals(List.of("Probe.java:11: java.lang.Thread: threads are not allowed",
        "Probe.java:11: java.lang.Thread.start: threads are not allowed"), scan("    new Thread().start(); return null;"));
    assertEquals(List.of("Probe.java:11: java.lang.Class.getMethods: reflection and method handles are not allowed",
        "Probe.java:11: java.lang.Object.getClass: reflection and method handles are not allowed",
        "Probe.java:11: java.lang.reflect.Method.invoke: reflection and method handles are not allowed"),
        scan("    return layout.getClass().getMethods()[0].invoke(null);"));
    assertEquals(List.of("Probe.java:11: java.lang.ClassLoader.getSystemClassLoader: class loaders are not allowed"),
        scan("    return ClassLoader.getSystemClassLoader();"));
    assertEquals(List.of("Probe.java:11: java.util.concurrent.ForkJoinPool.commonPool: threads are not allowed"),
        scan("    return java.util.concurrent.ForkJoinPool.commonPool();"));
    assertEquals(List.of("Probe.java:11: java.util.List.parallelStream: parallel streams start threads, which "
        + "are not allowed"), scan("    return List.of(1).parallelStream();"));
    assertEquals(List.of("Probe.java:11: dev.ndgrade.strided.check.Geometry.contiguous: grader, test and "
        + "reference classes are not available to student code"),
        scan("    return dev.ndgrade.strided.check.Geometry.contiguous(2);"));
    assertEquals(List.of("Probe.java:11: java.time.Instant.now: it is not available in this exercise, which needs "
        + "only the student API and basic java.lang and java.util"), scan("    return java.time.Instant.now();"));
  }

  @Test
  void classesMustStayInTheExercisesPackageAndOffTheTestsNames() {
    Compilation compilation = SourceCompiler.compile(List.of(
        new JavaSource("A.java", "package elsewhere; public class A {}"),
        new JavaSource("B.java", "package views; class ProbeTests {}")), Classpath.student());
    var classes = ((Compilation.Compiled) compilation).classes();
    assertEquals(List.of("A.java: elsewhere.A: classes of this exercise belong in package views",
            "B.java: views.ProbeTests: this name belongs to one of the exercise's tests"),
        BytecodeScan.scan(classes, "views", Set.of("views.ProbeTests")).stream().map(Refusal::text).toList());
  }

  @Test
  void compileErrorsNameFileLineAndMessage() {
    Compilation compilation = SourceCompiler.compile(List.of(new JavaSource("Bad.java",
        "package views;\nclass Bad {\n  int x = y;\n}\n")), Classpath.student());
    assertEquals(List.of("Bad.java:3: cannot find symbol"),
        assertInstanceOf(Compilation.Failed.class, compilation).errors());
  }
}
