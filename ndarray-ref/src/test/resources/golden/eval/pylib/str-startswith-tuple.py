fn = "data.npy"
fn.endswith((".npy", ".npz"))
fn.startswith(("x", "d"), 0, 1)
fn.endswith(())
fn.endswith(".NPY".lower())
fn.startswith("data", 1)
