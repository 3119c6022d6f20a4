np.exceptions.ComplexWarning
issubclass(np.exceptions.ComplexWarning, RuntimeWarning)
issubclass(np.exceptions.ComplexWarning, Warning)
issubclass(Warning, Exception)
DeprecationWarning.__mro__
raise UserWarning("careful")
