#!/usr/bin/env python3
"""Writes the inventory of every name a snippet can reach, from real NumPy 2.4 and CPython 3.11.

    python3 ndarray-ref/src/test/python/make_inventory.py

Output 1: ndarray-ref/src/main/resources/dev/ndgrade/python/runtime/dtype-names.tsv, what np.dtype(text) gives for
every dtype name NumPy knows (np.sctypeDict, every letter, kind+size codes with each byte-order prefix, datetime
units, the aliases NumPy 2 removed): text <TAB> dtype.str <TAB> the TypeError message when it raises.

Output 2: ndarray-ref/src/main/resources/dev/ndgrade/python/runtime/inventory.tsv, one name per line:

    owner <TAB> name <TAB> kind <TAB> signature <TAB> message <TAB> on_set

owner      what the name is looked up on, spelled as CPython's messages spell it: a module ("numpy",
           "numpy.lib.stride_tricks", "builtins") or a type's tp_name ("numpy.ndarray", "numpy.float64",
           "numpy.dtype" for every dtype class, "numpy._core.multiarray.flagsobj", "list", "NoneType",
           "DummyArray"...)
name       every attribute dir() lists, dunders and private ones included: leaving a real name out would make
           the reference answer NumPy's AttributeError where NumPy has the attribute. Modules add what
           vars() holds beside dir(), the attributes of every module object, and their submodules (which
           `np.core` or `import numpy.random` reach without dir() listing them).
kind       module, type, function (anything callable), attribute, or removed: NumPy 2 raises an
           AttributeError with its own explanation (np.float_, np.object), given in message
signature  for functions, the parameters inspect.signature reports, without defaults other than None:
           "a, /, shape, order, *, copy=None" (self dropped; empty for none); "?" when it cannot tell
message    for removed names, NumPy's message with backslash, newline and tab escaped as \\\\, \\n, \\t
on_set     for attributes of instances, the AttributeError CPython raises when a snippet assigns to it (escaped
           likewise), found by assigning None on a fresh instance; empty when the assignment is allowed or fails
           otherwise (the reference then reports it unsupported)

Lines are sorted by owner, then name. Warnings raised while probing (np.core is deprecated) are silenced.
"""
import builtins
import inspect
import os
import pkgutil
import sys
import types
import warnings

import numpy as np
import numpy.lib.stride_tricks

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "main", "resources", "dev", "ndgrade",
                   "python", "runtime", "inventory.tsv")

MODULES = [np, np.lib, np.lib.stride_tricks, np.random, np.linalg, np.exceptions]
SCALAR_TYPES = [np.bool_, np.int8, np.uint8, np.int16, np.uint16, np.int32, np.uint32, np.int64, np.uint64,
                np.float32, np.float64, np.complex64, np.complex128]
PYTHON_TYPES = [list, tuple, dict, str, int, bool, float, complex, set, frozenset, range, slice, type(None),
                type(Ellipsis)]


def signature(obj, drop_self):
    """The parameter list inspect can read, without defaults or annotations, or '?' when it cannot."""
    try:
        sig = inspect.signature(obj)
    except (TypeError, ValueError):
        return "?"
    params = list(sig.parameters.values())
    if drop_self and params and params[0].name in ("self", "$self"):
        params = params[1:]
    P = inspect.Parameter
    out = []
    for i, p in enumerate(params):
        if p.kind == P.KEYWORD_ONLY and (i == 0 or params[i - 1].kind not in (P.KEYWORD_ONLY, P.VAR_POSITIONAL)):
            out.append("*")
        # defaults are dropped but None: passing None then means the default, which the reference can honour
        out.append({P.VAR_POSITIONAL: "*", P.VAR_KEYWORD: "**"}.get(p.kind, "") + p.name
                   + ("=None" if p.default is None else ""))
        if p.kind == P.POSITIONAL_ONLY and (i + 1 == len(params) or params[i + 1].kind != P.POSITIONAL_ONLY):
            out.append("/")
    return ", ".join(out)


def kind_of(value):
    if inspect.ismodule(value):
        return "module"
    if inspect.isclass(value):
        return "type"
    if callable(value):
        return "function"
    return "attribute"


def escape(text):
    return text.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t")


def module_rows(module):
    names = set(dir(module)) | set(vars(module)) | set(dir(types.ModuleType))
    if hasattr(module, "__path__"):
        names |= {m.name for m in pkgutil.iter_modules(module.__path__)}
    if module is np:
        names |= set(np._expired_attrs_2_0.__expired_attributes__) | set(np.__former_attrs__)
        names |= set(np.__future_scalars__)
    rows = []
    for name in sorted(names):
        try:
            value = getattr(module, name)
        except AttributeError as removed:
            rows.append((module.__name__, name, "removed", "", escape(str(removed)), ""))
            continue
        kind = kind_of(value)
        rows.append((module.__name__, name, kind, signature(value, False) if kind in ("function", "type") else "", "", ""))
    return rows


def set_error(make_instance, name):
    """The AttributeError message of `instance.name = None` on a fresh instance, or ''."""
    if make_instance is None:
        return ""
    try:
        setattr(make_instance(), name, None)
    except AttributeError as error:
        return escape(str(error))
    except Exception:
        pass
    return ""


def type_rows(owner, cls, instance=None, make_instance=None):
    """The attributes of cls (and of one instance, for what instances add), read statically: a property such as
    ndarray.mT would raise on a 1-d instance."""
    rows = []
    names = set(dir(cls)) | (set(dir(instance)) if instance is not None else set())
    for name in sorted(names):
        raw = inspect.getattr_static(cls, name, None)
        if raw is None:
            raw = inspect.getattr_static(instance, name)
        is_data = isinstance(raw, (types.GetSetDescriptorType, types.MemberDescriptorType, property))
        kind = "function" if not is_data and callable(raw) or isinstance(raw, (classmethod, staticmethod)) else "attribute"
        is_method = isinstance(raw, (types.MethodDescriptorType, types.FunctionType, types.WrapperDescriptorType))
        rows.append((owner, name, kind, signature(getattr(cls, name), is_method) if kind == "function" else "", "",
                     set_error(make_instance, name)))
    return rows


DTYPE_NAMES_OUT = os.path.join(os.path.dirname(OUT), "dtype-names.tsv")


def dtype_name_rows():
    """What np.dtype(s) makes of every string NumPy knows as a dtype name and of look-alikes: (s, dtype.str, '')
    or (s, '', the TypeError's message)."""
    letters = [chr(c) for c in range(ord("A"), ord("Z") + 1)] + [chr(c) for c in range(ord("a"), ord("z") + 1)] + ["?"]
    candidates = {k for k in np.sctypeDict if isinstance(k, str)} | set(letters)
    candidates |= {"float_", "complex_", "string_", "unicode_", "cfloat", "longfloat", "singlecomplex", "longcomplex",
                   "clongfloat", "bool8", "int0", "uint0", "object0", "str0", "bytes0", "void0", "Int64", "FLOAT"}
    for kind in "biufcSUVaMmO?":
        for size in ["", "0", "1", "2", "3", "4", "5", "8", "10", "12", "16", "32"]:
            candidates |= {prefix + kind + size for prefix in ["", "<", ">", "=", "|"]}
    for unit in ["", "[ns]", "[us]", "[ms]", "[s]", "[D]"]:
        candidates |= {"M8" + unit, "<M8" + unit, "m8" + unit, "<m8" + unit, "datetime64" + unit, "timedelta64" + unit}
    rows = []
    for text in sorted(candidates):
        try:
            rows.append((text, np.dtype(text).str, ""))
        except TypeError as error:
            rows.append((text, "", escape(str(error))))
    return rows


def main():
    warnings.simplefilter("ignore")
    rows = []
    for module in MODULES:
        rows += module_rows(module)
    rows += [("builtins", name, kind_of(value), signature(value, False) if callable(value) else "", "", "")
             for name, value in sorted(vars(builtins).items())]
    rows += type_rows("numpy.ndarray", np.ndarray, np.zeros(1), lambda: np.zeros(1))
    rows += type_rows("numpy.generic", np.generic)
    for t in SCALAR_TYPES:
        rows += type_rows("numpy." + t.__name__, t, t(0), lambda t=t: t(0))
    rows += type_rows("numpy.dtype", np.dtype, np.dtype("float64"), lambda: np.dtype("float64"))
    flags = np.zeros(1).flags
    rows += type_rows(type(flags).__module__ + "." + type(flags).__name__, type(flags), flags, lambda: np.zeros(1).flags)
    samples = {list: list, tuple: tuple, dict: dict, str: str, int: int, bool: bool, float: float, complex: complex,
               set: set, frozenset: frozenset, range: lambda: range(3), slice: lambda: slice(1),
               type(None): lambda: None, type(Ellipsis): lambda: Ellipsis}
    for t in PYTHON_TYPES:
        rows += type_rows(t.__name__, t, None, samples[t])
    # what np.lib.stride_tricks.as_strided keeps as a view's base; CPython names Python classes without module
    dummy = np.lib._stride_tricks_impl.DummyArray({"shape": (1,), "typestr": "<f8", "data": (0, True)})
    rows += type_rows(type(dummy).__name__, type(dummy), dummy)  # a Python class: any attribute can be set
    rows.sort(key=lambda r: (r[0], r[1]))
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write(f"# Every name reachable on these owners in CPython {sys.version.split()[0]} with NumPy {np.__version__}; "
                "written by ndarray-ref/src/test/python/make_inventory.py\n")
        f.write("# owner\tname\tkind\tsignature\tmessage\ton_set\n")
        for row in rows:
            f.write("\t".join(row) + "\n")
    print(f"{len(rows)} names written to {os.path.normpath(OUT)}", file=sys.stderr)
    dtype_rows = dtype_name_rows()
    with open(DTYPE_NAMES_OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write(f"# What np.dtype(text) gives in NumPy {np.__version__}: text <TAB> dtype.str <TAB> TypeError message; "
                "written by ndarray-ref/src/test/python/make_inventory.py\n")
        for row in dtype_rows:
            f.write("\t".join(row) + "\n")
    print(f"{len(dtype_rows)} dtype names written to {os.path.normpath(DTYPE_NAMES_OUT)}", file=sys.stderr)


if __name__ == "__main__":
    main()
