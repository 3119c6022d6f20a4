package dev.ndgrade.ndarray.print;

import dev.ndgrade.ndarray.NdArray;

/** {@code repr(a.flags)} (equal to its {@code str}): six {@code "  NAME : True|False"} lines, each ending in a newline. */
public final class FlagsPrinter {
    private FlagsPrinter() {
    }

    public static String repr(NdArray a) {
        return line("C_CONTIGUOUS", a.cContiguous())
                + line("F_CONTIGUOUS", a.fContiguous())
                + line("OWNDATA", a.ownsData())
                + line("WRITEABLE", a.writeable())
                + line("ALIGNED", a.aligned())
                + line("WRITEBACKIFCOPY", false); // only nditer/ufunc temporaries ever set it
    }

    private static String line(String name, boolean value) {
        return "  " + name + " : " + (value ? "True" : "False") + "\n";
    }
}
