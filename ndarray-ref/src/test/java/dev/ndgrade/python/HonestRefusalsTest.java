package dev.ndgrade.python;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Where NumPy prints something the reference cannot reproduce (memory np.empty never wrote, SVML's rounding of
 * float powers, dtypes it lacks, generic aliases), the snippet's last unit is refused as unsupported, naming what is missing — never answered
 * with a plausible value or an error NumPy does not raise. Golden family {@code npwrong} holds the cases answered.
 */
class HonestRefusalsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "np.empty([2, 2]) | reading the values of np.empty memory before they are written",
        "a = np.empty(3); a[0] = 1\\na[1] | reading the values of np.empty memory",
        "a = np.empty(3); a[0] = 1\\nprint(a) | reading the values of np.empty memory",
        "b = np.empty(3, dtype=int)\\nb += 1 | reading the values of np.empty memory",
        "c = np.empty(4).copy()\\nc | reading the values of np.empty memory",
        "np.empty_like(np.arange(3)).tolist() | reading the values of np.empty memory",
        "for x in np.empty(2):\\n    pass | reading the values of np.empty memory",
        "try:\\n    np.empty(3)[0]\\nexcept Exception:\\n    print('caught') | reading the values of np.empty memory",
        "def g(x):\\n    return x ** (1 / 3.)\\ng(np.int64(27)) | a float power whose result is not exact",
        "np.dtype([('x', 'i4'), ('y', 'i4')]) | structured dtypes (a list of fields)",
        "np.dtype({'names': ['a'], 'formats': ['i4']}) | structured dtypes (a dict of fields)",
        "np.dtype('i8, f4') | structured dtypes ('i8, f4')",
        "np.dtype(('i4', 4)) | subarray and other tuple dtypes",
        "np.dtype('8f') | subarray dtypes ('8f')",
        "np.dtype('(2,3)f8') | subarray dtypes",
        "np.dtype('>f8') | non-native byte order ('>f8')",
        "np.zeros(3, dtype='U5') | string dtypes ('U5')",
        "np.dtype('S') | string dtypes ('S')",
        "np.dtype(str) | dtype str",
        "np.dtype('M8[ns]') | datetime64 and timedelta64 dtypes",
        "np.dtype('timedelta64') | datetime64 and timedelta64 dtypes",
        "np.dtype('O') | the object dtype",
        "np.dtype('f2') | the float16 dtype",
        "np.dtype('g') | long double dtypes",
        "np.dtype('c') | string dtypes ('c')",
        "np.dtype('O4') | the object dtype ('O4')",
        "np.dtype('>i') | non-native byte order ('>i')",
        "np.dtype('i8', metadata={'unit': 'm'}) | dtype metadata",
        "np.arange(3).astype('<U1', casting='unsafe') | string dtypes",
        "np.dtype[np.int64] | type subscription (dtype[...])",
        "np.ndarray[int] | type subscription (ndarray[...])",
        "np.ndarray((2,), buffer=np.array([1, 2, 3]), offset=8, dtype=int) | np.ndarray(...)",
        "x = np.arange(3)\\nnp.meshgrid(x, x, copy=False) | np.meshgrid(copy=False) without sparse=True",
        "np.sort(np.arange(3), stable=True) | the argument 'stable' of numpy.sort",
        "np.arange(3).argsort(order='x') | the argument 'order' of numpy.ndarray.argsort",
        "np.searchsorted(np.arange(3), 1, sorter=[0, 1, 2]) | the argument 'sorter' of numpy.searchsorted",
        "np.unique(np.arange(3), equal_nan=False) | the argument 'equal_nan' of numpy.unique",
        "np.cumsum(np.arange(3), out=np.zeros(3)) | the argument 'out' of numpy.cumsum",
        "np.var(np.arange(3), mean=1.0) | the argument 'mean' of numpy.var",
        "np.arange(3).std(where=True) | the argument 'where' of numpy.ndarray.std",
        "np.bincount(np.arange(3), [1, 1, 1]) | the argument 'weights' of numpy.bincount",
        "np.clip(np.arange(3), min=1) | the argument 'min' of numpy.clip",
        "np.arange(3).clip(mn=1) | the argument 'mn' of numpy.ndarray.clip",
        "np.arange(3).var(ddof=0.5) | a float ddof= of numpy.var",
        "np.rot90(np.ones((2, 2)), 1.5) | np.rot90 with k of type float",
        "np.rot90(np.ones((2, 2)), 1, (np.int64(0), 1)) | np.rot90 axes other than Python ints",
        "np.roll(np.arange(3), 1.5) | np.roll shifts of type float",
        "np.flip(np.int64(3)) | np.flip of a NumPy scalar",
        "np.tile(np.arange(3), np.int64(2)) | np.tile's reps of type numpy.int64",
        "np.repeat(np.arange(3), 1.5) | repeat counts of type float",
        "np.insert(np.arange(3), [0, 1], 5) | np.insert at other than one integer index",
        "np.delete(np.arange(3), [0.5]) | np.delete with indices of dtype float64",
        "np.vstack([np.arange(2)], dtype=float) | the argument 'dtype' of numpy.vstack",
        "np.block([np.zeros(300000), np.zeros(300000)]) | np.block of more than 2*512*512 elements",
        "np.copyto(np.zeros(2), 1.5) | np.copyto from a float",
        "np.broadcast_arrays(np.arange(3), np.ones((2, 1))) | np.broadcast_arrays views",
        "a = np.zeros(2, dtype=int)\\nnp.putmask(a, [True, False], np.array([1.5])) | np.putmask with values of another dtype",
        "np.int64(27) ** (1 / 3.) | a float power whose result is not exact",
        "np.power(np.float64(27), 1 / 3.) | a float power whose result is not exact",
        "np.array([0.1]) ** 3 | a float power whose result is not exact",
        "np.arange(3, dtype=np.float32) ** np.float32(2.2) | a float power whose result is not exact",
        "np.add.accumulate(np.arange(4)) | numpy.ufunc.accumulate",
        "np.where(np.array([True, False]), 'hot', 'ok') | string arrays",
        "np.where(np.array([True, False]), 1, 'ok') | string arrays",
        "np.add(np.arange(2), 'x') | string arrays",
        "np.where(np.array([True]), None, 1) | object arrays (of NoneType)",
        "np.full_like(np.zeros(2, dtype=bool), 'x') | string fill values for bool arrays",
        "np.arange('3') | np.arange of str values",
        "np.linspace('1', 2, 3) | np.linspace bounds other than numbers (str)",
        "np.linspace(np.complex64(1j), 2, 3) | np.linspace with a complex bound and a NumPy scalar",
        "np.linspace(1j, 2, 3, dtype=int) | np.linspace from complex bounds to an integer or bool dtype",
        "a = np.zeros(3); np.add.at(a, [0, 0], 1) | numpy.ufunc.at",
        "np.add.reduceat(np.arange(8), [0, 4]) | numpy.ufunc.reduceat",
        "np.add.types | numpy.ufunc.types",
        "np.add.reduce | the repr of builtin_function_or_method objects (it shows a memory address)",
        "np.arange(3).sum | the repr of builtin_function_or_method objects (it shows a memory address)",
        "np.subtract.reduce([1, 2, 3]) | np.subtract.reduce",
        "np.add.reduce([1, 2], initial=5) | the out, initial and where arguments of ufunc.reduce",
        "np.add.outer([1], [2], dtype=float) | ufunc.outer with other than two positional arguments",
    })
    void isRefusedAsUnsupported(String source, String feature) {
        List<String> lines = Eval.transcript(source.replace("\\n", "\n") + "\n", "t.py").lines().toList();
        String last = lines.get(lines.size() - 1);
        String prefix = "UnsupportedError: ndgrade does not support ";
        assertEquals(prefix + feature, last.substring(0, Math.min(last.length(), prefix.length() + feature.length())),
                () -> "transcript: " + lines);
    }
}
