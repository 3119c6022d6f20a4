package dev.ndgrade.grader.sandbox;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;

/**
 * Compiles sources in memory with {@code javax.tools} (Java 17, no annotation processing): class files come
 * back as bytes, errors as {@code File.java:LINE: message}. Nothing is read from or written to disk except the
 * class path.
 */
final class SourceCompiler {

  private static final int MAX_ERRORS = 10;
  private static final JavaCompiler JAVAC = ToolProvider.getSystemJavaCompiler();

  private SourceCompiler() {}

  static Compilation compile(List<JavaSource> sources, List<Path> classpath) {
    if (JAVAC == null) {
      throw new IllegalStateException("no Java compiler: ndgrade needs a JDK, not a JRE");
    }
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    StandardJavaFileManager standard = JAVAC.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8);
    try (InMemoryOutput output = new InMemoryOutput(standard)) {
      standard.setLocationFromPaths(StandardLocation.CLASS_PATH, classpath);
      List<JavaFileObject> units = sources.stream().map(SourceCompiler::unit).collect(Collectors.toList());
      boolean ok = JAVAC.getTask(null, output, diagnostics,
          List.of("--release", "17", "-proc:none", "-g", "-Xlint:none", "-implicit:none"), null, units).call();
      if (!ok) {
        return new Compilation.Failed(errors(diagnostics));
      }
      return new Compilation.Compiled(output.classes(), output.sourceOf());
    } catch (IOException e) {
      throw new IllegalStateException("cannot set up the Java compiler: " + e.getMessage(), e);
    }
  }

  private static List<String> errors(DiagnosticCollector<JavaFileObject> diagnostics) {
    List<String> errors = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
      if (d.getKind() == Diagnostic.Kind.ERROR && errors.size() < MAX_ERRORS) {
        String file = d.getSource() == null ? "" : d.getSource().getName() + ":" + d.getLineNumber() + ": ";
        errors.add(file + d.getMessage(Locale.ROOT).lines().findFirst().orElse(""));
      }
    }
    return errors.isEmpty() ? List.of("the compiler failed without a message") : errors;
  }

  private static JavaFileObject unit(JavaSource source) {
    return new SimpleJavaFileObject(URI.create("string:///" + source.name()), JavaFileObject.Kind.SOURCE) {
      @Override
      public CharSequence getCharContent(boolean ignoreEncodingErrors) {
        return source.text();
      }

      @Override
      public String getName() {
        return source.name();
      }

      /** A submission file may be named after its student, not its public class. */
      @Override
      public boolean isNameCompatible(String simpleName, JavaFileObject.Kind kind) {
        return kind == JavaFileObject.Kind.SOURCE;
      }
    };
  }

  /** Keeps every class file javac writes, with the source it came from. */
  private static final class InMemoryOutput extends ForwardingJavaFileManager<JavaFileManager> {
    private final Map<String, ByteArrayOutputStream> classes = new HashMap<>();
    private final Map<String, String> sourceOf = new HashMap<>();

    InMemoryOutput(JavaFileManager standard) {
      super(standard);
    }

    @Override
    public JavaFileObject getJavaFileForOutput(Location location, String className, JavaFileObject.Kind kind,
                                               FileObject sibling) {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      classes.put(className, bytes);
      sourceOf.put(className, sibling == null ? "" : sibling.getName());
      return new SimpleJavaFileObject(URI.create("mem:///" + className.replace('.', '/') + ".class"), kind) {
        @Override
        public OutputStream openOutputStream() {
          return bytes;
        }
      };
    }

    Map<String, byte[]> classes() {
      Map<String, byte[]> done = new HashMap<>();
      classes.forEach((name, bytes) -> done.put(name, bytes.toByteArray()));
      return done;
    }

    Map<String, String> sourceOf() {
      return sourceOf;
    }
  }
}
