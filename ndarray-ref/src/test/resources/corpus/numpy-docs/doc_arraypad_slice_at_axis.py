np._slice_at_axis(slice(None, 3, -1), 1)
