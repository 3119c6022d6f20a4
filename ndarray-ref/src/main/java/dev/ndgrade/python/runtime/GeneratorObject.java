package dev.ndgrade.python.runtime;

import dev.ndgrade.ndarray.DType;
import dev.ndgrade.ndarray.random.Generator;
import java.math.BigInteger;
import java.util.Set;

/**
 * What {@code np.random.default_rng(seed)} returns: NumPy's Generator over PCG64, with the methods the subset runs.
 * Its other real methods are unsupported; its repr carries an address, so printing it is unsupported too.
 */
record GeneratorObject(Generator rng) {
    static final PyType TYPE = new PyType("numpy.random._generator", "Generator");
    private static final Set<String> REAL = Set.of("beta", "binomial", "bit_generator", "bytes", "chisquare",
            "choice", "dirichlet", "exponential", "f", "gamma", "geometric", "gumbel", "hypergeometric", "integers",
            "laplace", "logistic", "lognormal", "logseries", "multinomial", "multivariate_hypergeometric",
            "multivariate_normal", "negative_binomial", "noncentral_chisquare", "noncentral_f", "normal", "pareto",
            "permutation", "permuted", "poisson", "power", "random", "rayleigh", "shuffle", "spawn",
            "standard_cauchy", "standard_exponential", "standard_gamma", "standard_normal", "standard_t",
            "triangular", "uniform", "vonmises", "wald", "weibull", "zipf");

    Object attribute(String name) {
        PyCallable body = switch (name) {
            case "random" -> this::random;
            case "integers" -> this::integers;
            case "standard_normal" -> this::standardNormal;
            case "normal" -> this::normal;
            case "uniform" -> this::uniform;
            case "choice" -> args -> RandomSampling.generatorChoice(rng, args);
            case "shuffle" -> args -> RandomSampling.generatorShuffle(rng, args);
            case "permutation" -> args -> RandomSampling.generatorPermutation(rng, args);
            default -> null;
        };
        if (body != null) {
            return Attributes.method(this, name, args -> RandomObjects.reproducible(() -> body.call(args)));
        }
        if (REAL.contains(name)) {
            throw new UnsupportedFeature("Generator." + name);
        }
        throw PyException.attributeError(TYPE.qualifiedName(), name);
    }

    private Object random(Args args) {
        Object[] v = RandomArgs.bind(args, 0, "size", "dtype", "out");
        refuseOut(v[2]);
        DType dtype = RandomArgs.absent(v[1]) ? DType.FLOAT64 : NumpyArgs.dtype(v[1]);
        long[] shape = RandomArgs.size(v[0]);
        if (dtype == DType.FLOAT32) {
            return shape == null ? (Object) rng.randomFloat32() : rng.randomFloat32(shape);
        }
        if (dtype != DType.FLOAT64) {
            throw PyException.typeError("Unsupported dtype " + Repr.repr(dtype) + " for random");
        }
        return shape == null ? (Object) rng.random() : rng.random(shape);
    }

    private Object integers(Args args) {
        Object[] v = RandomArgs.bind(args, 1, "low", "high", "size", "dtype", "endpoint");
        boolean noHigh = RandomArgs.absent(v[1]);
        BigInteger low = noHigh ? BigInteger.ZERO : RandomArgs.bound(v[0], "low");
        BigInteger high = RandomArgs.bound(noHigh ? v[0] : v[1], "high");
        Object dtypeArg = v[3] == null ? Types.scalarType(DType.INT64) : v[3];
        DType dtype = RandomArgs.integerDtype(dtypeArg);
        boolean endpoint = RandomArgs.flag(v[4], false);
        long[] shape = RandomArgs.size(v[2]);
        if (shape == null) {
            return RandomArgs.integer(rng.integer(low, high, endpoint, dtype), dtype, dtypeArg);
        }
        return rng.integers(low, high, endpoint, dtype, shape);
    }

    private Object standardNormal(Args args) {
        Object[] v = RandomArgs.bind(args, 0, "size", "dtype", "out");
        refuseOut(v[2]);
        if (!RandomArgs.absent(v[1]) && NumpyArgs.dtype(v[1]) != DType.FLOAT64) {
            throw new UnsupportedFeature("the argument 'dtype' of standard_normal() other than float64");
        }
        long[] shape = RandomArgs.size(v[0]);
        return shape == null ? (Object) rng.standardNormal() : rng.standardNormal(shape);
    }

    private Object normal(Args args) {
        Object[] v = RandomArgs.bind(args, 0, "loc", "scale", "size");
        double loc = RandomArgs.real(v[0], 0.0, "loc");
        double scale = RandomArgs.real(v[1], 1.0, "scale");
        long[] shape = RandomArgs.size(v[2]);
        return shape == null ? (Object) rng.normal(loc, scale) : rng.normal(loc, scale, shape);
    }

    private Object uniform(Args args) {
        Object[] v = RandomArgs.bind(args, 0, "low", "high", "size");
        double low = RandomArgs.real(v[0], 0.0, "low");
        double high = RandomArgs.real(v[1], 1.0, "high");
        long[] shape = RandomArgs.size(v[2]);
        return shape == null ? (Object) rng.uniform(low, high) : rng.uniform(low, high, shape);
    }

    /** Filling out= is not modelled. */
    private static void refuseOut(Object out) {
        if (!RandomArgs.absent(out)) {
            throw new UnsupportedFeature("the argument 'out' of a Generator's float draws");
        }
    }
}
