package dev.ndgrade.python.runtime;

import dev.ndgrade.ndarray.Indexing;
import dev.ndgrade.ndarray.NdArray;
import dev.ndgrade.ndarray.Scalar;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/** {@code x[i]}, {@code x[i] = v} and {@code del x[i]} for Python sequences and NumPy arrays. */
public final class Subscripts {
    private Subscripts() {
    }

    public static Object get(Object target, Object index) {
        if (target instanceof PyInstance i) {
            return SpecialMethods.getItem(i, index);
        } else if (target instanceof NdArray a) {
            return Indexing.get(a, ArrayConversion.toIndices(index));
        } else if (target instanceof PyList l) {
            return sequenceGet(l.items(), index, "list", true);
        } else if (target instanceof PyTuple t) {
            return sequenceGet(t.items(), index, "tuple", false);
        } else if (target instanceof String s) {
            if (index instanceof PySlice sl) {
                StringBuilder sb = new StringBuilder();
                long[] r = resolve(sl, s.length());
                for (long i = 0, k = r[0]; i < r[2]; i++, k += r[1]) {
                    sb.append(s.charAt((int) k));
                }
                return sb.toString();
            }
            long i = position(index, s.length(), "string", "string index out of range", true);
            return String.valueOf(s.charAt((int) i));
        } else if (target instanceof PyDict d) {
            return d.get(index);
        } else if (target instanceof PyRange r) {
            long i = position(index, r.length(), "range object", "range object index out of range", false);
            return Ints.of(r.get(i));
        } else if (target instanceof FlagsObject f) {
            if (!(index instanceof String key)) {
                throw PyException.keyError("Unknown flag");
            }
            return f.get(key, true);
        } else if (target instanceof Scalar) {
            throw PyException.indexError("invalid index to scalar variable.");
        } else if (target instanceof PyType t) {
            if (Types.isGeneric(t)) {
                throw new UnsupportedFeature("type subscription (" + t.name() + "[...])");
            }
            throw PyException.typeError("type '" + t.qualifiedName() + "' is not subscriptable");
        }
        if (target instanceof PyType t) {
            // list[int], np.ndarray[int], np.dtype[np.int64] are generic aliases; int[0] is refused
            throw new UnsupportedFeature("subscripting the type " + t.qualifiedName());
        }
        throw PyException.typeError("'" + Types.shortName(target) + "' object is not subscriptable");
    }

    private static Object sequenceGet(List<Object> items, Object index, String kind, boolean isList) {
        if (index instanceof PySlice sl) {
            long[] r = resolve(sl, items.size());
            ArrayList<Object> out;
            if (r[1] == 1) {
                out = new ArrayList<>(items.subList((int) r[0], (int) (r[0] + r[2])));
            } else {
                out = new ArrayList<>((int) r[2]);
                for (long i = 0, k = r[0]; i < r[2]; i++, k += r[1]) {
                    out.add(items.get((int) k));
                }
            }
            return isList ? PyList.adopt(out) : PyTuple.of(out);
        }
        long i = position(index, items.size(), kind, kind + " index out of range", false);
        return items.get((int) i);
    }

    /** A valid non-negative position for a Python int-like index, or Python's errors. */
    static long position(Object index, long size, String kind, String outOfRange, boolean quoteType) {
        Long i = asIndex(index);
        if (i == null) {
            String t = Types.shortName(index);
            throw PyException.typeError(kind + " indices must be integers" + (kind.equals("string") ? "" : " or slices")
                    + ", not " + (quoteType ? "'" + t + "'" : t));
        }
        long k = i < 0 ? i + size : i;
        if (k < 0 || k >= size) {
            throw PyException.indexError(outOfRange);
        }
        return k;
    }

    /** The value of an int-like object ({@code __index__}): Python int or bool, NumPy integer or bool scalar; else null. */
    static Long asIndex(Object v) {
        if (v instanceof BigInteger b) {
            return Ints.toLong(b);
        } else if (v instanceof Boolean b) {
            return b ? 1L : 0L;
        } else if (v instanceof Scalar.IntValue s) {
            return s.value();
        } else if (v instanceof Scalar.BoolValue s) {
            return s.value() ? 1L : 0L;
        }
        return null;
    }

    /** Python's slice.indices: (start, step, count). */
    static long[] resolve(PySlice s, long length) {
        return new dev.ndgrade.ndarray.Index.Slice(sliceBound(s.start()), sliceBound(s.stop()), sliceBound(s.step())).resolve(length);
    }

    static Long sliceBound(Object v) {
        if (v instanceof PyNone) {
            return null;
        }
        Long i = asIndex(v);
        if (i == null) {
            throw PyException.typeError("slice indices must be integers or None or have an __index__ method");
        }
        return i;
    }

    public static void set(Object target, Object index, Object value) {
        if (target instanceof NdArray a) {
            ArrayConversion.setItem(a, index, value);
        } else if (target instanceof PyList l) {
            List<Object> items = l.items();
            if (index instanceof PySlice sl) {
                List<Object> values = Iteration.iterate(value);
                long[] r = resolve(sl, items.size());
                if (r[1] == 1) {
                    long start = r[0];
                    long stop = Math.max(start, start + r[2]);
                    items.subList((int) start, (int) stop).clear();
                    items.addAll((int) start, values);
                } else {
                    if (values.size() != r[2]) {
                        throw PyException.valueError("attempt to assign sequence of size " + values.size()
                                + " to extended slice of size " + r[2]);
                    }
                    for (int i = 0; i < r[2]; i++) {
                        items.set((int) (r[0] + i * r[1]), values.get(i));
                    }
                }
                return;
            }
            long i = position(index, items.size(), "list", "list assignment index out of range", false);
            items.set((int) i, value);
        } else if (target instanceof PyDict d) {
            d.put(index, value);
        } else if (target instanceof FlagsObject f) {
            if (!(index instanceof String key)) {
                throw PyException.keyError("Unknown flag");
            }
            f.set(key, Truth.isTrue(value), true);
        } else {
            throw PyException.typeError("'" + Types.shortName(target) + "' object does not support item assignment");
        }
    }

    public static void delete(Object target, Object index) {
        if (target instanceof NdArray) {
            throw PyException.valueError("cannot delete array elements");
        } else if (target instanceof PyList l) {
            List<Object> items = l.items();
            if (index instanceof PySlice sl) {
                long[] r = resolve(sl, items.size());
                List<Integer> drop = new ArrayList<>();
                for (long i = 0, k = r[0]; i < r[2]; i++, k += r[1]) {
                    drop.add((int) k);
                }
                drop.sort(java.util.Comparator.reverseOrder());
                for (int k : drop) {
                    items.remove(k);
                }
                return;
            }
            long i = position(index, items.size(), "list", "list assignment index out of range", false);
            items.remove((int) i);
        } else if (target instanceof PyDict d) {
            d.remove(index);
        } else {
            throw PyException.typeError("'" + Types.shortName(target) + "' object doesn't support item deletion");
        }
    }
}
