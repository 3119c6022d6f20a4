pi = 3.14159265
print(f"{pi:.2f}")
print(f"{pi:10.3f}|")
print(f"{pi:<10.1f}|")
print(f"{42:05d}")
print(f"{1234567:,}")
print(f"{0.25:.1%}")
print(f"{255:x} {255:X} {255:b} {255:o}")
print(f"{'left':<8}|{'right':>8}|{'mid':^8}|")
