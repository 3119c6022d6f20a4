def center(a):
    """Subtract a's mean from every element of a, changing a itself; return nothing."""
    a -= a.mean()
