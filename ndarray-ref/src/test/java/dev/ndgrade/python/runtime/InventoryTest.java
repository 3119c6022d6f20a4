package dev.ndgrade.python.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ndgrade.python.Eval;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The inventory against the interpreter: every real name a snippet can reach is either implemented or reported
 * unsupported, never answered with an error NumPy or CPython would not raise; what is implemented is proven by
 * the golden corpus; names they lack get their errors; and what the bound functions declare is NumPy's.
 */
class InventoryTest {

    /**
     * How a snippet reaches each owner's attributes; builtins are reached by bare name. The array is 2-d because
     * NumPy refuses some attributes of 1-d ones (ndarray.mT is a ValueError).
     */
    private static final Map<String, String> RECEIVERS = Map.ofEntries(
            Map.entry("numpy", "np"), Map.entry("numpy.lib", "np.lib"),
            Map.entry("numpy.lib.stride_tricks", "np.lib.stride_tricks"), Map.entry("numpy.random", "np.random"),
            Map.entry("numpy.linalg", "np.linalg"), Map.entry("numpy.exceptions", "np.exceptions"),
            Map.entry("numpy.ndarray", "np.zeros((2, 2))"), Map.entry("numpy.generic", "np.generic"),
            Map.entry("numpy.dtype", "np.dtype('float64')"),
            Map.entry("numpy._core.multiarray.flagsobj", "np.zeros(2).flags"),
            Map.entry("DummyArray", "np.lib.stride_tricks.as_strided(np.zeros(2)).base"),
            Map.entry("list", "[1]"), Map.entry("tuple", "(1,)"), Map.entry("dict", "{1: 2}"), Map.entry("str", "'a'"),
            Map.entry("int", "(1)"), Map.entry("bool", "True"), Map.entry("float", "1.5"), Map.entry("complex", "1j"),
            Map.entry("set", "{1}"), Map.entry("frozenset", "frozenset()"), Map.entry("range", "range(3)"),
            Map.entry("slice", "slice(1)"), Map.entry("NoneType", "None"), Map.entry("ellipsis", "..."));

    /** Minimum names per owner the brief names: far fewer means the inventory was cut short. */
    private static final Map<String, Integer> MINIMUM_NAMES = Map.of("numpy", 500, "numpy.ndarray", 150,
            "numpy.generic", 100, "numpy.dtype", 40, "builtins", 150, "numpy.random", 50, "numpy.linalg", 30,
            "list", 40, "str", 70, "numpy._core.multiarray.flagsobj", 15);

    /** Where NumPy's text signature names a parameter otherwise than its C parser (np.arange(start=2, stop=5) runs). */
    private static final Map<String, String> PARSER_NAMES = Map.of("numpy.arange", "start");

    @Test
    @DisplayName("the inventory holds every owner the brief names, each with its many names")
    void theInventoryIsComplete() {
        Map<String, Long> perOwner = Inventory.entries().stream()
                .collect(Collectors.groupingBy(Inventory.Entry::owner, Collectors.counting()));
        MINIMUM_NAMES.forEach((owner, min) -> assertTrue(perOwner.getOrDefault(owner, 0L) >= min,
                () -> owner + " has only " + perOwner.getOrDefault(owner, 0L) + " names"));
        for (String owner : RECEIVERS.keySet()) {
            assertTrue(perOwner.containsKey(owner), () -> owner + " is missing from the inventory");
        }
        assertTrue(Inventory.entries().size() > 3500, "the inventory has fewer than 3,500 names");
    }

    @Test
    @DisplayName("every real name is implemented or unsupported, never an AttributeError or NameError")
    void everyRealNameIsImplementedOrUnsupported() {
        List<String> wrong = new ArrayList<>();
        int implemented = 0;
        for (Inventory.Entry e : scalarOwnersToo()) {
            String out = Eval.transcript("x = " + reach(e) + "\n", "inventory.py");
            if (e.kind() == Inventory.Kind.REMOVED) {
                if (!out.equals("AttributeError: " + e.message() + "\n")) {
                    wrong.add(e.qualifiedName() + " -> " + out);
                }
            } else if (out.isEmpty()) {
                implemented++;
            } else if (!out.startsWith("UnsupportedError: ")) {
                wrong.add(e.qualifiedName() + " -> " + out);
            }
        }
        assertTrue(wrong.isEmpty(), () -> wrong.size() + " real names answered wrongly, e.g. " + wrong.subList(0, Math.min(10, wrong.size())));
        assertTrue(implemented > 200, "only " + implemented + " names are implemented: the snippets do not reach them");
    }

    @Test
    @DisplayName("every implemented NumPy name is used by at least one golden snippet")
    void everyImplementedNumpyNameIsCoveredByGoldens() {
        String corpus = goldenCorpus();
        List<String> uncovered = new ArrayList<>();
        for (Inventory.Entry e : scalarOwnersToo()) {
            boolean numpy = e.owner().startsWith("numpy") || e.owner().equals("DummyArray");
            if (numpy && e.kind() != Inventory.Kind.REMOVED
                    && Eval.transcript("x = " + reach(e) + "\n", "inventory.py").isEmpty()
                    && !Pattern.compile("(\\.|import )" + Pattern.quote(e.name()) + "\\b").matcher(corpus).find()) {
                uncovered.add(e.qualifiedName());
            }
        }
        assertTrue(uncovered.isEmpty(), () -> "implemented but in no golden snippet: " + uncovered);
    }

    @Test
    @DisplayName("a name an owner does not have gets CPython's or NumPy's own error")
    void absentNamesGetTheRealError() {
        String absent = "no_such_name";
        RECEIVERS.forEach((owner, receiver) -> {
            boolean module = owner.equals("numpy") || owner.startsWith("numpy.") && !owner.contains("ndarray")
                    && !owner.equals("numpy.generic") && !owner.equals("numpy.dtype") && !owner.contains("flagsobj");
            String expected = module ? "AttributeError: module '" + owner + "' has no attribute '" + absent + "'\n"
                    : owner.equals("numpy.generic") ? "AttributeError: type object 'numpy.generic' has no attribute '" + absent + "'\n"
                    : null;
            String out = Eval.transcript(receiver + "." + absent + "\n", "absent.py");
            if (expected != null) {
                assertEquals(expected, out, owner);
            } else if (!owner.equals("set") && !owner.equals("frozenset")) {
                assertTrue(out.startsWith("AttributeError: '") && out.endsWith("' object has no attribute '" + absent + "'\n"),
                        () -> owner + ": " + out);
            }
        });
        assertEquals("NameError: name 'no_such_name' is not defined\n", Eval.transcript("no_such_name\n", "absent.py"));
        assertEquals("ModuleNotFoundError: No module named 'numpy.no_such_name'\n",
                Eval.transcript("import numpy.no_such_name\n", "absent.py"));
    }

    @Test
    @DisplayName("every parameter a NumPy function or method declares is NumPy's; NumPy's others are refused")
    void declaredParametersAreNumpysAndTheRestAreRefused() {
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (DeclaredFunction f : NumpyModule.declared()) {
            String call = RECEIVERS.get(f.module()) + "." + f.name();
            checked += check(f.module(), f.name(), f.params(), call, wrong);
        }
        for (ArrayMethods.ArrayMethod m : ArrayMethods.all().values()) {
            checked += check(ArrayAttributes.OWNER, m.name(), m.params(), "np.zeros(2)." + m.name(), wrong);
        }
        assertTrue(wrong.isEmpty(), () -> String.join("\n", wrong));
        assertTrue(checked > 100, "only " + checked + " parameters were checked");
    }

    @Test
    @DisplayName("what NumPy has and the reference does not run is unsupported, named as NumPy names it")
    void realButMissingFeaturesAreUnsupported() {
        Map<String, String> cases = Map.ofEntries(
                Map.entry("np.arange(3).partition(1)", "numpy.ndarray.partition"),
                Map.entry("np.arange(3).flat", "numpy.ndarray.flat"),
                Map.entry("np.float64(1).as_integer_ratio()", "numpy.float64.as_integer_ratio"),
                Map.entry("np.linspace(0, 1, 3, retstep=True)", "the argument 'retstep' of numpy.linspace"),
                Map.entry("np.linspace(0, 1, 3, True, True)", "the argument 'retstep' of numpy.linspace"),
                Map.entry("np.arange(4).any(0, None, True)", "the argument 'out' of numpy.ndarray.any"),
                Map.entry("np.sum(np.arange(4), out=np.zeros(()))", "the argument 'out' of numpy.sum"),
                Map.entry("np.take(np.arange(4), [5], mode='clip')", "mode='clip'"),
                Map.entry("np.random.beta(1, 1)", "numpy.random.beta"),
                Map.entry("from numpy import no_such_name", "'from numpy import no_such_name'"),
                Map.entry("import numpy.fft", "importing module 'numpy.fft'"),
                Map.entry("np.random", "the repr of module 'numpy.random'"),
                Map.entry("np.reshape", "the repr of function reshape"),
                Map.entry("property(len)", "builtins.property"),
                Map.entry("'abc'.translate({97: 98})", "str.translate"),
                Map.entry("np.ndarray.partition", "numpy.ndarray.partition"),
                Map.entry("np.dtype('int8').names", "numpy.dtype.names"),
                Map.entry("np.zeros(2).flags.num", "numpy._core.multiarray.flagsobj.num"));
        cases.forEach((code, feature) -> assertTrue(Eval.transcript(code + "\n", "f.py")
                .startsWith("UnsupportedError: ndgrade does not support " + feature), () -> code + " -> " + Eval.transcript(code + "\n", "f.py")));
    }

    /** Checks one declaration against NumPy's signature; returns how many parameters it checked. */
    private static int check(String owner, String name, Params params, String call, List<String> wrong) {
        Optional<Signature> real = Inventory.signature(owner, name);
        if (real.isEmpty() || params.parserKnown()) {
            return 0;
        }
        Signature sig = real.get();
        int checked = 0;
        for (String p : params.names()) {
            boolean known = sig.keywords().contains(p) || sig.positional().contains(p)
                    || p.equals(PARSER_NAMES.get(owner + "." + name)) || sig.varKeywords();
            if (!known) {
                wrong.add(owner + "." + name + " declares '" + p + "', which NumPy's signature (" + sig + ") lacks");
            }
            checked++;
        }
        for (String k : sig.keywords()) {
            if (!params.implemented().contains(k)) {
                String out = Eval.transcript(call + "(" + k + "=0)\n", "keywords.py");
                if (!out.startsWith("UnsupportedError: ndgrade does not support the argument '" + k + "'")) {
                    wrong.add(call + "(" + k + "=0) -> " + out);
                }
                checked++;
            }
        }
        String out = Eval.transcript(call + "(no_such_keyword=1)\n", "keywords.py");
        if (!sig.varKeywords() && !out.startsWith("TypeError: ")) {
            wrong.add(call + "(no_such_keyword=1) -> " + out);
        }
        return checked;
    }

    /** The snippet expression that reaches an entry. */
    private static String reach(Inventory.Entry e) {
        if (e.owner().equals("builtins")) {
            return e.name();
        }
        String receiver = RECEIVERS.get(e.owner());
        return (receiver != null ? receiver : "np." + e.owner().substring("numpy.".length()) + "(1)") + "." + e.name();
    }

    /** Every entry, the concrete scalar types' ({@code numpy.float64}...) included. */
    private static List<Inventory.Entry> scalarOwnersToo() {
        return Inventory.entries().stream()
                .filter(e -> e.owner().equals("builtins") || RECEIVERS.containsKey(e.owner())
                        || e.owner().matches("numpy\\.(bool|u?int\\d+|float\\d+|complex\\d+)"))
                .toList();
    }

    private static String goldenCorpus() {
        URL url = InventoryTest.class.getClassLoader().getResource("golden/eval");
        try (Stream<Path> files = Files.walk(Path.of(url.toURI()))) {
            return files.filter(p -> p.toString().endsWith(".py")).map(InventoryTest::read).collect(Collectors.joining("\n"));
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("cannot read the golden corpus", e);
        }
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
