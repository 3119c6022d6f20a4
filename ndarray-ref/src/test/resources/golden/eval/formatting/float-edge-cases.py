format(0.5, '.0f'), format(1.5, '.0f'), format(2.5, '.0f'), format(3.5, '.0f')
format(0.125, '.2f'), format(0.375, '.2f'), format(2.675, '.2f'), format(1.005, '.2f')
format(1e-10, 'f'), format(1e-10, 'g'), format(1e-10, '')
format(123456789.0, ',.2f'), format(-0.0, '.3e'), format(5e-324, '.3e'), format(5e-324, 'g')
format(1.7976931348623157e308, ',.0f')[:20]
format(1e16, ''), format(1e15, ''), format(123456789012345678.0, '')
format(0.1, '.55f')
format(1/3, '.30g')
format(9.5, '.0e'), format(9.5, '.1g'), format(99.5, '.2g'), format(0.0001, 'g'), format(0.00001, 'g')
format(1e5, 'g'), format(1e6, 'g'), format(123456, 'g'), format(1234567, 'g'), format(1234567, '.10g')
format(float('nan'), '+.2f'), format(float('-inf'), '08.2f'), format(float('inf'), '^+9')
f"{3.0:.0%}", f"{0.005:.0%}", f"{0.015:.0%}", f"{1/7:.4%}"
f"{1234.5678:_.2f}", f"{1234.5678:,.0f}", f"{-1234.5678:012,.1f}"
