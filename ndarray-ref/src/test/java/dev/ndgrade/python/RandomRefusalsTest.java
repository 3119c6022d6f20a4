package dev.ndgrade.python;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * np.random where the reference cannot reproduce NumPy: unseeded generators (the operating system's entropy),
 * reprs with addresses, arguments and methods not modelled. The snippet's last unit is refused, naming what is
 * missing. Golden family {@code random} holds the cases answered.
 */
class RandomRefusalsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "np.random.rand(3) | np.random.rand before np.random.seed(...)",
        "np.random.seed(1)\\nnp.random.seed()\\nnp.random.randint(5) | np.random.randint before np.random.seed(...)",
        "np.random.default_rng() | np.random.default_rng() without a seed",
        "np.random.default_rng(None) | np.random.default_rng() without a seed",
        "rng = np.random.default_rng(1)\\nrng | the repr of numpy.random._generator.Generator objects",
        "rng = np.random.default_rng(1)\\nprint(rng) | the repr of numpy.random._generator.Generator objects",
        "rng = np.random.default_rng(1)\\nrng.integers | the repr of builtin_function_or_method objects",
        "np.random.default_rng | the repr of builtin_function_or_method objects",
        "np.random.rand | the type of np.random.rand",
        "type(np.random.seed) | the type of np.random.seed",
        "rng = np.random.default_rng(1)\\nrng.choice(3, 2, replace=False, p=[0.2, 0.3, 0.5]) | the argument 'p' of choice() with replace=False",
        "np.random.seed(1)\\nnp.random.choice(3, p=0.5) | the argument 'p' of choice() as float",
        "rng = np.random.default_rng(1)\\nrng.integers(2.5) | the argument 'high' as float",
        "rng = np.random.default_rng(1)\\nrng.integers([1, 2], 5) | the argument 'low' as list",
        "rng = np.random.default_rng(1)\\nrng.normal([0, 1]) | the argument 'loc' as list",
        "rng = np.random.default_rng(1)\\nrng.random(out=np.zeros(2)) | the argument 'out' of a Generator's float draws",
        "rng = np.random.default_rng(1)\\nrng.standard_normal(dtype=np.float32) | the argument 'dtype' of standard_normal() other than float64",
        "rng = np.random.default_rng(1)\\nrng.exponential() | Generator.exponential",
        "rng = np.random.default_rng(1)\\nrng.bit_generator | Generator.bit_generator",
        "rng = np.random.default_rng(1)\\nrng.shuffle(np.zeros((2, 2)), axis=1) | the argument 'axis' of shuffle()",
        "rng = np.random.default_rng(1)\\nrng.choice(np.arange(4), size=()) | np.random choice with size=() from an array",
        "np.random.poisson(3) | numpy.random.poisson",
        "np.random.Generator(5) | numpy.random.Generator",
        "np.random.get_state() | numpy.random.get_state",
        "np.random.RandomState(0) | numpy.random.RandomState",
        "rng = np.random.default_rng(6)\\nrng.standard_normal(20000) | a normal draw from the ziggurat's tail",
        "np.random.seed(0)\\nnp.random.randn(2000) | a legacy Gaussian draw whose log the C library may round either way",
        "np.random.seed(0)\\ntry:\\n    np.random.randn(2000)\\nexcept Exception:\\n    pass\\nnp.random.randn() | a legacy Gaussian draw",
    })
    void isRefusedAsUnsupported(String source, String feature) {
        List<String> lines = Eval.transcript(source.replace("\\n", "\n") + "\n", "t.py").lines().toList();
        String last = lines.get(lines.size() - 1);
        String prefix = "UnsupportedError: ndgrade does not support ";
        assertEquals(prefix + feature, last.substring(0, Math.min(last.length(), prefix.length() + feature.length())),
                () -> "transcript: " + lines);
    }
}
