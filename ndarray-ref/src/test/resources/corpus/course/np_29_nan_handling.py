a = np.array([1.0, np.nan, 3.0])
a.sum()
np.nansum(a)
np.isnan(a)
np.nanmean(a)
a[~np.isnan(a)]
np.nan == np.nan
