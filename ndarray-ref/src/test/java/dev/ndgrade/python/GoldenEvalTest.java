package dev.ndgrade.python;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The golden corpus: every snippet under {@code golden/eval/<family>/} must make {@link Eval} print
 * byte for byte what CPython 3.11 with NumPy 2.4 printed for it (the {@code .out} next to it,
 * written by {@code src/test/python/golden_runner.py}).
 */
class GoldenEvalTest {

    private static final String CORPUS = "golden/eval";
    /** The corpus is several hundred snippets; far fewer means the resources were not found. */
    private static final int MINIMUM_SNIPPETS = 400;

    /**
     * Snippets that need what the subset deliberately leaves out (string arrays), each with its reason. They must
     * still fail, and with an UnsupportedError line: once one passes, it leaves this list.
     */
    private static final String KNOWN_GAPS = "known-gaps.tsv";

    /** One snippet of the corpus and the transcript CPython printed for it. */
    private record GoldenSnippet(String name, String family, String source, String expected) {

        /** The interpreter's transcript for this snippet, or the failure that stopped it. */
        String actual() {
            return Eval.transcript(source, name);
        }

        boolean passes() {
            try {
                return expected.equals(actual());
            } catch (RuntimeException | StackOverflowError failure) {
                return false;
            }
        }
    }

    @TestFactory
    @DisplayName("every snippet prints exactly what CPython and NumPy print")
    Stream<DynamicNode> everySnippetPrintsWhatCPythonPrints() {
        Map<String, List<GoldenSnippet>> byFamily = corpus().stream()
                .collect(Collectors.groupingBy(GoldenSnippet::family, TreeMap::new, Collectors.toList()));
        return byFamily.entrySet().stream().map(family -> DynamicContainer.dynamicContainer(
                family.getKey(),
                family.getValue().stream().map(snippet -> DynamicTest.dynamicTest(snippet.name(),
                        () -> assertPrintsItsTranscript(snippet)))));
    }

    private static void assertPrintsItsTranscript(GoldenSnippet snippet) {
        String actual = snippet.actual();
        String gap = knownGaps().get(snippet.name());
        if (gap != null) {
            assertTrue(!snippet.expected().equals(actual) && actual.contains("UnsupportedError: "),
                    () -> snippet.name() + " is listed in " + KNOWN_GAPS + " (" + gap + ") but "
                            + (snippet.expected().equals(actual) ? "now passes: take it off the list" : "fails without saying it is unsupported"));
            return;
        }
        assertEquals(snippet.expected(), actual, () -> firstDifference(snippet.expected(), actual));
    }

    private static Map<String, String> knownGaps() {
        Path file = corpusRoot().resolve(KNOWN_GAPS);
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.split("\t", 2))
                    .collect(Collectors.toMap(cols -> cols[0], cols -> cols.length > 1 ? cols[1] : ""));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    @Test
    @DisplayName("the whole corpus passes, and the message tells the pass rate")
    void theWholeCorpusPasses() {
        List<GoldenSnippet> snippets = corpus();
        Map<String, String> gaps = knownGaps();
        List<String> failing = snippets.stream()
                .filter(snippet -> !gaps.containsKey(snippet.name()))
                .filter(snippet -> !snippet.passes())
                .map(GoldenSnippet::name)
                .toList();
        int passed = snippets.size() - failing.size();
        assertTrue(failing.isEmpty(), () -> String.format(
                "%d of %d golden snippets pass (%.1f%%, %d known gaps); first failing: %s",
                passed - gaps.size(), snippets.size(), 100.0 * (passed - gaps.size()) / snippets.size(), gaps.size(),
                failing.subList(0, Math.min(10, failing.size()))));
    }

    @Test
    @DisplayName("the corpus is found and every snippet has its CPython transcript")
    void theCorpusIsCompleteOnTheClasspath() {
        List<GoldenSnippet> snippets = corpus();
        assertTrue(snippets.size() >= MINIMUM_SNIPPETS,
                () -> "only " + snippets.size() + " golden snippets found under " + CORPUS);
    }

    /** A readable account of where two transcripts part: the first differing line, both sides. */
    static String firstDifference(String expected, String actual) {
        List<String> want = expected.lines().toList();
        List<String> got = actual.lines().toList();
        int line = 0;
        while (line < want.size() && line < got.size() && want.get(line).equals(got.get(line))) {
            line++;
        }
        if (line == want.size() && line == got.size()) {
            return "transcripts differ only in line endings or a final newline";
        }
        return String.format("first difference at line %d:%n  expected: %s%n  actual:   %s",
                line + 1, lineOrEnd(want, line), lineOrEnd(got, line));
    }

    private static String lineOrEnd(List<String> lines, int index) {
        return index < lines.size() ? "\"" + lines.get(index) + "\"" : "<end of transcript>";
    }

    private static List<GoldenSnippet> corpus() {
        Path root = corpusRoot();
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(path -> path.toString().endsWith(".py"))
                    .sorted()
                    .map(path -> load(root, path))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the golden corpus under " + root, e);
        }
    }

    private static GoldenSnippet load(Path root, Path snippet) {
        String name = root.relativize(snippet).toString().replace('\\', '/');
        String family = name.contains("/") ? name.substring(0, name.indexOf('/')) : "";
        Path transcript = snippet.resolveSibling(
                snippet.getFileName().toString().replaceFirst("\\.py$", ".out"));
        if (!Files.exists(transcript)) {
            throw new IllegalStateException(
                    "golden snippet " + name + " has no .out; run src/test/python/golden_runner.py");
        }
        return new GoldenSnippet(name, family, read(snippet), read(transcript));
    }

    private static String read(Path path) {
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read golden file " + path, e);
        }
    }

    private static Path corpusRoot() {
        URL url = GoldenEvalTest.class.getClassLoader().getResource(CORPUS);
        if (url == null) {
            throw new IllegalStateException("golden corpus " + CORPUS + " is not on the test classpath");
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("golden corpus location is not a path: " + url, e);
        }
    }
}
