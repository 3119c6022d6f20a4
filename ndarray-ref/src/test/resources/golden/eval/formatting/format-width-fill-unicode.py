format('é', '*^5')
format('日本', '>6')
format(5, '€>4')
format(1.5, '→<8')
f"{'ab':é^6}"
"{:·^9}".format('mid')
format(-3, ' =+6')
