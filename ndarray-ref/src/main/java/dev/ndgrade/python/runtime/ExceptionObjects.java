package dev.ndgrade.python.runtime;

import dev.ndgrade.ndarray.error.NumpyException;
import java.util.List;

/** BaseException's behaviour in CPython's C code: args, str and repr, and the exception objects of native errors. */
final class ExceptionObjects {
    private ExceptionObjects() {
    }

    /** The exception object an {@code except} clause sees for an error raised by ndgrade's or NumPy's Java code. */
    static PyBaseException of(RuntimeException error) {
        if (error instanceof PyException p) {
            return p.value();
        }
        NumpyException n = (NumpyException) error;
        return fromNative(n.pyType(), n.getMessage());
    }

    /**
     * The object CPython or NumPy would have raised for an error known by type name and message. C code raises most
     * errors with the message as the only argument; classes that build their message from other arguments (NumPy's
     * AxisError, ufunc errors) get the message alone.
     */
    static PyBaseException fromNative(String typeName, String message) {
        PyType type = nativeClass(typeName, message);
        if (type.body().custom()) {
            return new PyBaseException(type, message);
        }
        boolean bare = typeName.equals("MemoryError") && message.isEmpty(); // [0] * 10**20 raises MemoryError()
        return new PyBaseException(type, bare ? PyTuple.EMPTY : PyTuple.of(message));
    }

    private static PyType nativeClass(String typeName, String message) {
        PyType builtin = BuiltinClasses.builtin(typeName);
        if (typeName.equals("MemoryError") && !message.isEmpty()) {
            return BuiltinClasses.get("numpy._core._exceptions", "_ArrayMemoryError");
        }
        if (builtin != null) {
            return builtin;
        }
        return switch (typeName) {
            case "AxisError" -> BuiltinClasses.get("numpy.exceptions", "AxisError");
            case "LinAlgError" -> BuiltinClasses.get("numpy.linalg", "LinAlgError");
            case "UFuncTypeError" -> ufuncErrorClass(message);
            default -> throw new UnsupportedFeature("catching a " + typeName);
        };
    }

    /** NumPy raises private subclasses of UFuncTypeError, all named UFuncTypeError, told apart by their messages. */
    private static PyType ufuncErrorClass(String message) {
        String qualname;
        if (message.contains("did not contain a loop")) {
            qualname = "_UFuncNoLoopError";
        } else if (message.startsWith("Cannot cast ufunc") && message.contains(" output ")) {
            qualname = "_UFuncOutputCastingError";
        } else if (message.startsWith("Cannot cast ufunc") && message.contains(" input ")) {
            qualname = "_UFuncInputCastingError";
        } else {
            throw new UnsupportedFeature("catching this UFuncTypeError");
        }
        return BuiltinClasses.get("numpy._core._exceptions", qualname);
    }

    /** {@code BaseException.__init__(self, *args)}: sets args; keywords are refused. */
    static Object init(Args args) {
        PyBaseException self = self(args);
        if (!args.keywords().isEmpty()) {
            throw PyException.typeError(self.type().name() + "() takes no keyword arguments");
        }
        self.setArgs(PyTuple.of(args.positional().subList(1, args.size())));
        return PyNone.NONE;
    }

    /** {@code object.__init__(self)}, reached through {@code super().__init__(…)}: takes nothing more. */
    static Object objectInit(Args args) {
        if (args.size() > 1 || !args.keywords().isEmpty()) {
            throw PyException.typeError("object.__init__() takes exactly one argument (the instance to initialize)");
        }
        return PyNone.NONE;
    }

    /** The exception a native method of BaseException was called on. */
    static PyBaseException self(Args args) {
        if (args.size() == 0 || !(args.get(0) instanceof PyBaseException e)) {
            throw new UnsupportedFeature("calling an exception method on a non-exception");
        }
        return e;
    }

    /** {@code BaseException.__str__}: '' for no args, str of the one arg, else str of the args tuple. */
    static String str(PyBaseException e) {
        if (e.nativeMessage().isPresent()) {
            return e.nativeMessage().get();
        }
        List<Object> args = e.args().orElseThrow().items();
        return switch (args.size()) {
            case 0 -> "";
            case 1 -> Repr.str(args.get(0));
            default -> Repr.str(e.args().get());
        };
    }

    /** {@code KeyError.__str__}: the repr of a lone key ({@code KeyError: 'x'}), since a key may be ''. */
    static String keyErrorStr(PyBaseException e) {
        List<Object> args = e.args().map(PyTuple::items).orElse(List.of());
        return args.size() == 1 ? Repr.repr(args.get(0)) : str(e);
    }

    /** {@code BaseException.__repr__}: {@code ValueError('m')}, {@code ValueError()}, {@code ValueError('a', 1)}. */
    static String repr(PyBaseException e) {
        PyTuple args = e.args().orElseThrow(() -> new UnsupportedFeature("the repr of " + e.type().name()
                + " objects NumPy raises (their args are not modelled)"));
        String name = e.type().name();
        return args.items().size() == 1 ? name + "(" + Repr.repr(args.items().get(0)) + ")" : name + Repr.repr(args);
    }
}
