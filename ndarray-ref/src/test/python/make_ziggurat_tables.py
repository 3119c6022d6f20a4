"""Writes the ziggurat tables NumPy's standard_normal draws with, from NumPy's own header, as the bits of each value.

NumPy's installed wheel does not ship ziggurat_constants.h, so the header comes from a NumPy source checkout:
  python3 ndarray-ref/src/test/python/make_ziggurat_tables.py PATH/TO/numpy/random/src/distributions/ziggurat_constants.h
Output: ndarray-ref/src/main/resources/dev/ndgrade/ndarray/random/ziggurat-normal.txt, one line per table
(name, then 256 hexadecimal 64-bit words: ki as integers, wi and fi as IEEE doubles parsed as C parses them,
correctly rounded), then the tail constants r and 1/r.
"""
import os
import re
import struct
import sys

OUT = os.path.join(os.path.dirname(__file__), "..", "..", "main", "resources", "dev", "ndgrade", "ndarray",
                   "random", "ziggurat-normal.txt")


def table(text, name):
    body = re.search(r"\b%s\[\]\s*=\s*\{(.*?)\}" % name, text, re.S).group(1)
    return [v for v in re.split(r"[\s,]+", body) if v]


def double_bits(literal):
    return struct.unpack("<Q", struct.pack("<d", float(literal)))[0]


def main(header):
    with open(header) as f:
        text = f.read()
    lines = ["ki " + " ".join("%016x" % int(v.rstrip("ULul"), 16) for v in table(text, "ki_double"))]
    for name in ("wi_double", "fi_double"):
        lines.append(name[:2] + " " + " ".join("%016x" % double_bits(v) for v in table(text, name)))
    for name in ("ziggurat_nor_r", "ziggurat_nor_inv_r"):
        value = re.search(r"\b%s\s*=\s*([0-9.eE+-]+)" % name, text).group(1)
        lines.append(name + " %016x" % double_bits(value))
    with open(OUT, "w") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main(sys.argv[1])
