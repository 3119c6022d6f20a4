package dev.ndgrade.python.runtime;

import dev.ndgrade.ndarray.Axes;
import dev.ndgrade.ndarray.NdArray;
import dev.ndgrade.ndarray.Reshaping;
import dev.ndgrade.ndarray.Views;
import java.util.Map;
import java.util.function.Function;

/** The attributes of {@code numpy.ndarray}: its data attributes by table, its methods from {@link ArrayMethods}. */
final class ArrayAttributes {
    static final String OWNER = "numpy.ndarray";

    private static final Map<String, Function<NdArray, Object>> DATA = Map.ofEntries(
            Map.entry("base", a -> a.base() == null ? PyNone.NONE : a.base()),
            Map.entry("shape", a -> NumpyArgs.tuple(a.shape())),
            Map.entry("strides", a -> NumpyArgs.tuple(a.strides())),
            Map.entry("ndim", a -> Ints.of(a.ndim())),
            Map.entry("size", a -> Ints.of(a.size())),
            Map.entry("itemsize", a -> Ints.of(a.itemsize())),
            Map.entry("nbytes", a -> Ints.of(a.nbytes())),
            Map.entry("dtype", NdArray::dtype),
            Map.entry("flags", FlagsObject::new),
            Map.entry("T", a -> Axes.transpose(a, null)),
            Map.entry("mT", Axes::matrixTranspose),
            Map.entry("real", Views::real),
            Map.entry("imag", Views::imag));

    private ArrayAttributes() {
    }

    static Object get(NdArray a, String name) {
        Function<NdArray, Object> data = DATA.get(name);
        if (data != null) {
            return data.apply(a);
        }
        ArrayMethods.ArrayMethod m = ArrayMethods.find(name)
                .orElseThrow(() -> Inventory.missingAttribute(OWNER, OWNER, name));
        return Attributes.method(a, name, args -> m.call(a, args));
    }

    static void set(NdArray a, String name, Object value) {
        if (!name.equals("shape")) {
            throw Inventory.cannotSet(OWNER, OWNER, name);
        }
        Reshaping.setShape(a, NumpyArgs.dimensions(value));
    }
}
