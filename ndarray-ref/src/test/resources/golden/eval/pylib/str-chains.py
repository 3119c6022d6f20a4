line = "  Name: Ada Lovelace ; Born: 1815  "
parts = [p.strip() for p in line.split(';')]
parts
dict([p.split(': ') for p in parts])
line.strip().lower().replace(' ', '_')
"-".join(w.capitalize() for w in "the quick brown fox".split())
"CSV,with,,empties".split(",")
"a=1&b=2".split("&")
{k: int(v) for k, v in [kv.split("=") for kv in "a=1&b=2".split("&")]}
"path/to/file.npy".rpartition("/")[2]
"file.tar.gz".split(".", 1)
"file.tar.gz".rsplit(".", 1)
"Hello"[::-1].upper()
"x".join("abc").center(9, "*")
