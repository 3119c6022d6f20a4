package dev.ndgrade.python.runtime;

import dev.ndgrade.ndarray.DType;
import dev.ndgrade.ndarray.random.Generator;
import dev.ndgrade.ndarray.random.RandomState;
import dev.ndgrade.ndarray.random.SeedSequence;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code numpy.random}: {@code default_rng} and the legacy functions a course seeds with {@code np.random.seed}.
 * Its other names are unsupported.
 */
final class NumpyRandomModule {
    private static final long SEED_LIMIT = 0xFFFF_FFFFL;
    /** A Cython function: its repr shows an address. */
    static final NamedFunction DEFAULT_RNG = new NamedFunction("default_rng", NumpyRandomModule::defaultRng,
            Args.CallStyle.PYTHON);

    private NumpyRandomModule() {
    }

    static PyModule build() {
        PyModule random = new PyModule("numpy.random");
        random.put("default_rng", DEFAULT_RNG);
        legacy(random, "seed", NumpyRandomModule::seed);
        legacy(random, "rand", (r, a) -> {
            RandomArgs.bind(new Args(a.function(), List.of(), a.keywords()), 0);
            RandomState rs = r.state("rand");
            return a.positional().isEmpty() ? (Object) rs.randomSample() : rs.randomSample(NumpyArgs.spreadDimensions(a.positional()));
        });
        for (String name : new String[] {"random", "random_sample", "sample", "ranf"}) {
            legacy(random, name, (r, a) -> {
                long[] shape = RandomArgs.size(RandomArgs.bind(a, 0, "size")[0]);
                RandomState rs = r.state(name);
                return shape == null ? (Object) rs.randomSample() : rs.randomSample(shape);
            });
        }
        legacy(random, "randn", (r, a) -> {
            RandomArgs.bind(new Args(a.function(), List.of(), a.keywords()), 0);
            RandomState rs = r.state("randn");
            return a.positional().isEmpty() ? (Object) rs.standardNormal() : rs.standardNormal(NumpyArgs.spreadDimensions(a.positional()));
        });
        legacy(random, "standard_normal", (r, a) -> {
            long[] shape = RandomArgs.size(RandomArgs.bind(a, 0, "size")[0]);
            RandomState rs = r.state("standard_normal");
            return shape == null ? (Object) rs.standardNormal() : rs.standardNormal(shape);
        });
        legacy(random, "normal", NumpyRandomModule::normal);
        legacy(random, "randint", NumpyRandomModule::randint);
        legacy(random, "uniform", NumpyRandomModule::uniform);
        legacy(random, "choice", (r, a) -> RandomSampling.legacyChoice(r.state("choice"), a));
        legacy(random, "shuffle", (r, a) -> RandomSampling.legacyShuffle(r.state("shuffle"), a));
        legacy(random, "permutation", (r, a) -> RandomSampling.legacyPermutation(r.state("permutation"), a));
        return random;
    }

    private static void legacy(PyModule m, String name, LegacyRandomFunction.Body body) {
        m.put(name, new LegacyRandomFunction(name, body));
    }

    private static Object defaultRng(Args args) {
        Object seed = RandomArgs.bind(args, 0, "seed")[0];
        if (seed instanceof GeneratorObject g) {
            return g;
        }
        if (RandomArgs.absent(seed)) {
            throw new UnsupportedFeature("np.random.default_rng() without a seed: its numbers come from the operating system");
        }
        List<BigInteger> entropy = new ArrayList<>();
        for (Object word : seed instanceof PyList || seed instanceof PyTuple ? Iteration.iterate(seed) : List.of(seed)) {
            entropy.add(entropyWord(word));
        }
        return new GeneratorObject(Generator.defaultRng(SeedSequence.of(entropy)));
    }

    private static BigInteger entropyWord(Object word) {
        if (word instanceof Double) {
            throw PyException.typeError("SeedSequence expects int or sequence of ints for entropy not " + Repr.repr(word));
        }
        BigInteger w = word instanceof BigInteger b ? b : null;
        Long small = w == null ? Subscripts.asIndex(word) : null;
        if (w == null && small == null) {
            throw new UnsupportedFeature("np.random.default_rng seeded with " + Types.shortName(word));
        }
        w = w == null ? BigInteger.valueOf(small) : w;
        if (w.signum() < 0) {
            throw PyException.valueError("expected non-negative integer");
        }
        return w;
    }

    private static Object seed(LegacyRandom random, Args args) {
        Object seed = RandomArgs.bind(args, 0, "seed")[0];
        if (RandomArgs.absent(seed)) {
            random.seed(null);
            return PyNone.NONE;
        }
        if (seed instanceof PyList || seed instanceof PyTuple) {
            List<Object> items = Iteration.iterate(seed);
            int[] words = new int[items.size()];
            for (int i = 0; i < words.length; i++) {
                words[i] = (int) seedWord(items.get(i));
            }
            if (words.length == 0) {
                throw PyException.valueError("Seed must be non-empty");
            }
            random.seed(RandomState.seeded(words));
            return PyNone.NONE;
        }
        random.seed(RandomState.seeded(seedWord(seed)));
        return PyNone.NONE;
    }

    private static long seedWord(Object v) {
        BigInteger w = v instanceof BigInteger b ? b : null;
        Long small = w == null ? Subscripts.asIndex(v) : null;
        if (w == null && small == null) {
            throw new UnsupportedFeature("np.random.seed with " + Types.shortName(v));
        }
        w = w == null ? BigInteger.valueOf(small) : w;
        if (w.signum() < 0 || w.bitLength() > 32) {
            throw PyException.valueError("Seed must be between 0 and 2**32 - 1");
        }
        return w.longValue() & SEED_LIMIT;
    }

    private static Object randint(LegacyRandom random, Args args) {
        Object[] v = RandomArgs.bind(args, 1, "low", "high", "size", "dtype");
        boolean noHigh = RandomArgs.absent(v[1]);
        BigInteger low = noHigh ? BigInteger.ZERO : RandomArgs.bound(v[0], "low");
        BigInteger high = RandomArgs.bound(noHigh ? v[0] : v[1], "high");
        Object dtypeArg = v[3] == null ? Types.INT : v[3];
        DType dtype = RandomArgs.integerDtype(dtypeArg);
        long[] shape = RandomArgs.size(v[2]);
        RandomState rs = random.state("randint");
        if (shape == null) {
            return RandomArgs.integer(rs.randint(low, high, dtype), dtype, dtypeArg);
        }
        return rs.randint(low, high, dtype, shape);
    }

    private static Object normal(LegacyRandom random, Args args) {
        Object[] v = RandomArgs.bind(args, 0, "loc", "scale", "size");
        double loc = RandomArgs.real(v[0], 0.0, "loc");
        double scale = RandomArgs.real(v[1], 1.0, "scale");
        long[] shape = RandomArgs.size(v[2]);
        RandomState rs = random.state("normal");
        return shape == null ? (Object) rs.normal(loc, scale) : rs.normal(loc, scale, shape);
    }

    private static Object uniform(LegacyRandom random, Args args) {
        Object[] v = RandomArgs.bind(args, 0, "low", "high", "size");
        double low = RandomArgs.real(v[0], 0.0, "low");
        double high = RandomArgs.real(v[1], 1.0, "high");
        long[] shape = RandomArgs.size(v[2]);
        RandomState rs = random.state("uniform");
        return shape == null ? (Object) rs.uniform(low, high) : rs.uniform(low, high, shape);
    }
}
