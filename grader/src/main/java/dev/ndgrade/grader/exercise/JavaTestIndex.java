package dev.ndgrade.grader.exercise;

import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.SourcePositions;
import com.sun.source.util.Trees;
import dev.ndgrade.grader.data.DataFormatException;
import dev.ndgrade.grader.data.Location;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;

/**
 * Finds an implement exercise's tests by parsing its test sources (javac's parser, nothing compiled): every
 * {@code @Test} method is a question, named by the method, worth its {@code @Points} (default 1), hidden when
 * tagged {@code hidden}, explained by its {@code @DisplayName}, shown with its source.
 */
final class JavaTestIndex {

  private static final JavaCompiler JAVAC = ToolProvider.getSystemJavaCompiler();
  /** Parsed tests by their sources' text: a batch loads each exercise once per submission, parses it once. */
  private static final Map<String, Found> PARSED = new ConcurrentHashMap<>();

  /** The tests found, as questions, and the binary names of the classes that hold them. */
  record Found(List<Question> questions, List<String> testClasses) {
    Found {
      questions = List.copyOf(questions);
      testClasses = List.copyOf(testClasses);
    }
  }

  private JavaTestIndex() {}

  static Found read(JavaSources sources) throws DataFormatException {
    StringBuilder key = new StringBuilder(sources.shownDirectory()).append('\0');
    for (Path file : sources.files(JavaSources.TESTS)) {
      key.append(file).append('\0').append(JavaSources.read(file)).append('\0');
    }
    Found cached = PARSED.get(key.toString());
    if (cached == null) {
      cached = parseAll(sources);
      PARSED.put(key.toString(), cached);
    }
    return cached;
  }

  private static Found parseAll(JavaSources sources) throws DataFormatException {
    List<Question> questions = new ArrayList<>();
    List<String> classes = new ArrayList<>();
    Map<String, Location> seen = new HashMap<>();
    for (Path file : sources.files(JavaSources.TESTS)) {
      String shown = sources.shown(file);
      String text = JavaSources.read(file);
      for (Question question : questions(parse(shown, text), text, shown, classes)) {
        Location first = seen.putIfAbsent(question.id(), question.location());
        if (first != null) {
          throw new DataFormatException(question.location(), "two tests are named '" + question.id()
              + "' (first at " + first + "); test names are the exercise's question ids");
        }
        questions.add(question);
      }
    }
    if (questions.isEmpty()) {
      throw new DataFormatException(Location.ofFile(sources.shownDirectory() + "/" + JavaSources.TESTS),
          "an implement exercise needs at least one @Test method under tests/");
    }
    return new Found(questions, classes);
  }

  /** The package a source file declares, empty for the default package. */
  static String packageOf(String shown, String text) throws DataFormatException {
    CompilationUnitTree unit = parse(shown, text).unit();
    return unit.getPackageName() == null ? "" : unit.getPackageName().toString();
  }

  private record Parsed(CompilationUnitTree unit, SourcePositions positions) {
  }

  private static Parsed parse(String shown, String text) throws DataFormatException {
    JavaFileObject source = new SimpleJavaFileObject(URI.create("string:///" + shown), JavaFileObject.Kind.SOURCE) {
      @Override
      public CharSequence getCharContent(boolean ignoreEncodingErrors) {
        return text;
      }
    };
    try {
      JavacTask task = (JavacTask) JAVAC.getTask(null, null, d -> { }, List.of("-proc:none"), null, List.of(source));
      CompilationUnitTree unit = task.parse().iterator().next();
      return new Parsed(unit, Trees.instance(task).getSourcePositions());
    } catch (IOException e) {
      throw new DataFormatException(Location.ofFile(shown), "cannot parse: " + e.getMessage());
    }
  }

  private static List<Question> questions(Parsed parsed, String text, String shown, List<String> classes) {
    String pkg = parsed.unit().getPackageName() == null ? "" : parsed.unit().getPackageName() + ".";
    List<Question> questions = new ArrayList<>();
    for (Tree type : parsed.unit().getTypeDecls()) {
      if (type instanceof ClassTree cls) {
        classes.add(pkg + cls.getSimpleName());
        for (Tree member : cls.getMembers()) {
          if (member instanceof MethodTree method && annotation(method, "Test").isPresent()) {
            questions.add(question(parsed, method, text, shown));
          }
        }
      }
    }
    return questions;
  }

  private static Question question(Parsed parsed, MethodTree method, String text, String shown) {
    long start = parsed.positions().getStartPosition(parsed.unit(), method);
    long end = parsed.positions().getEndPosition(parsed.unit(), method);
    long line = parsed.unit().getLineMap().getLineNumber(start);
    long column = parsed.unit().getLineMap().getColumnNumber(start);
    String code = " ".repeat((int) column - 1) + text.substring((int) start, (int) end);
    double points = annotation(method, "Points").flatMap(JavaTestIndex::value).map(Double::parseDouble).orElse(1.0);
    boolean hidden = annotation(method, "Tag").flatMap(JavaTestIndex::value).map("hidden"::equals).orElse(false);
    String explain = annotation(method, "DisplayName").flatMap(JavaTestIndex::value).orElse("");
    return new Question(method.getName().toString(), code.stripIndent().strip(), AnswerKind.TEST, List.of(), "",
        List.of(), points, hidden ? Visibility.HIDDEN : Visibility.VISIBLE, explain, List.of(),
        new Location(shown, (int) line, (int) column));
  }

  private static Optional<AnnotationTree> annotation(MethodTree method, String simpleName) {
    return method.getModifiers().getAnnotations().stream()
        .filter(a -> a.getAnnotationType().toString().endsWith(simpleName)
            && (a.getAnnotationType().toString().equals(simpleName)
                || a.getAnnotationType().toString().endsWith("." + simpleName)))
        .map(AnnotationTree.class::cast)
        .findFirst();
  }

  /** The single value of an annotation, {@code @X(v)} or {@code @X(value = v)}, as written (strings unquoted). */
  private static Optional<String> value(AnnotationTree annotation) {
    if (annotation.getArguments().size() != 1) {
      return Optional.empty();
    }
    ExpressionTree argument = annotation.getArguments().get(0);
    if (argument instanceof AssignmentTree assignment) {
      argument = assignment.getExpression();
    }
    return argument instanceof LiteralTree literal ? Optional.of(String.valueOf(literal.getValue())) : Optional.empty();
  }
}
