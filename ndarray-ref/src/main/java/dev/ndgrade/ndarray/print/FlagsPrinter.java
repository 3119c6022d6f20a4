package dev.ndgrade.ndarray.print;

import dev.ndgrade.ndarray.NdArray;

/** {@code repr(a.flags)}: NumPy 2.4's six lines, each {@code "  NAME : True|False\n"}. */
public final class FlagsPrinter {
    private FlagsPrinter() {
    }

    /** The flags block of the array as it is now. */
    public static String repr(NdArray a) {
        return repr(a.cContiguous(), a.fContiguous(), a.ownsData(), a.writeable(), a.aligned());
    }

    /** The flags block for these values (a flags object is a snapshot taken when it was read). */
    public static String repr(boolean cContiguous, boolean fContiguous, boolean ownData, boolean writeable, boolean aligned) {
        return line("C_CONTIGUOUS", cContiguous) + line("F_CONTIGUOUS", fContiguous) + line("OWNDATA", ownData)
                + line("WRITEABLE", writeable) + line("ALIGNED", aligned) + line("WRITEBACKIFCOPY", false);
    }

    private static String line(String name, boolean value) {
        return "  " + name + " : " + (value ? "True" : "False") + "\n";
    }
}
