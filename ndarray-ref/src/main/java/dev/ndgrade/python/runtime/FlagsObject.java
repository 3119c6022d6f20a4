package dev.ndgrade.python.runtime;

import dev.ndgrade.ndarray.NdArray;

/**
 * {@code a.flags}: a snapshot of the array's flags taken when it was read (as NumPy's flagsobj), that writes
 * {@code writeable} through to the array. It keeps the array alive, as NumPy's does.
 */
public final class FlagsObject {
    private final NdArray array;
    private final boolean c;
    private final boolean f;
    private final boolean owndata;
    private boolean writeable;
    private final boolean aligned;

    public FlagsObject(NdArray array) {
        this.array = array;
        this.c = array.cContiguous();
        this.f = array.fContiguous();
        this.owndata = array.ownsData();
        this.writeable = array.writeable();
        this.aligned = array.aligned();
    }

    private FlagsObject() {
        this.array = null;
        this.c = true;
        this.f = true;
        this.owndata = true;
        this.writeable = false;
        this.aligned = true;
    }

    /** {@code np.float64(1).flags}: a NumPy scalar owns its (read-only) data. */
    public static FlagsObject ofScalar() {
        return new FlagsObject();
    }

    public NdArray array() {
        return array;
    }

    /** A flag by attribute or key name, as NumPy accepts them ({@code c_contiguous}, {@code 'C_CONTIGUOUS'}, {@code 'C'}). */
    public boolean get(String name, boolean asKey) {
        String n = name.toUpperCase(java.util.Locale.ROOT);
        // keys are the upper-case names and letters; attributes only the lower-case full names
        boolean known = asKey ? n.equals(name) : name.equals(n.toLowerCase(java.util.Locale.ROOT)) && n.length() > 2;
        switch (known ? n : "") {
            case "C_CONTIGUOUS", "CONTIGUOUS", "C":
                return c;
            case "F_CONTIGUOUS", "FORTRAN", "F":
                return f;
            case "OWNDATA", "O":
                return owndata;
            case "WRITEABLE", "W":
                return writeable;
            case "ALIGNED", "A":
                return aligned;
            case "WRITEBACKIFCOPY", "X":
                return false;
            case "FNC":
                return f && !c;
            case "FORC":
                return f || c;
            case "BEHAVED", "B":
                return aligned && writeable;
            case "CARRAY", "CA":
                return aligned && writeable && c;
            case "FARRAY", "FA":
                return aligned && writeable && f && !c;
            default:
                if (asKey) {
                    throw PyException.keyError("Unknown flag");
                }
                throw Inventory.missingAttribute(Types.FLAGS.qualifiedName(), Types.FLAGS.qualifiedName(), name);
        }
    }

    /**
     * Setting a flag by attribute ({@code a.flags.writeable = False}: lower-case full names) or by key
     * ({@code a.flags['W'] = False}: upper-case names and letters), as NumPy's flagsobj allows: only writeable,
     * aligned and writebackifcopy can be set.
     */
    public void set(String name, boolean truth, boolean asKey) {
        String n = name.toUpperCase(java.util.Locale.ROOT);
        String flag = !asKey ? (name.equals(n.toLowerCase(java.util.Locale.ROOT)) ? n : "")
                : n.equals(name) ? switch (n) {
                    case "W" -> "WRITEABLE";
                    case "A" -> "ALIGNED";
                    case "X" -> "WRITEBACKIFCOPY";
                    default -> n;
                } : "";
        if (!flag.equals("WRITEABLE") && !flag.equals("ALIGNED") && !flag.equals("WRITEBACKIFCOPY")) {
            if (asKey) {
                throw new PyException("KeyError", "'Unknown flag'");
            }
            throw Inventory.cannotSet(Types.FLAGS.qualifiedName(), Types.FLAGS.qualifiedName(), name);
        }
        if (array == null) {
            throw PyException.valueError("Cannot set flags on array scalars.");
        }
        switch (flag) {
            case "WRITEABLE" -> {
                array.setWriteable(truth);
                writeable = truth;
            }
            case "ALIGNED" -> {
                if (truth && !aligned) {
                    throw PyException.valueError("cannot set aligned flag of mis-aligned array to True");
                }
                if (!truth && aligned) {
                    throw new UnsupportedFeature("clearing the aligned flag of an aligned array");
                }
            }
            default -> {
                if (truth) {
                    throw PyException.valueError("cannot set WRITEBACKIFCOPY flag to True");
                }
            }
        }
    }

    /** The six-line block NumPy prints, from this snapshot. */
    public String repr() {
        return dev.ndgrade.ndarray.print.FlagsPrinter.repr(c, f, owndata, writeable, aligned);
    }
}
