# integer and flag arguments given bools, floats, strings, lists, NumPy scalars and 0-d arrays
a = np.arange(6).reshape(2, 3)
np.sum(a, axis=True)
np.sum(a, axis=1.0)
np.sum(a, axis='x')
np.sum(a, axis=[0])
np.sum(a, axis=np.int8(1))
np.sum(a, axis=np.float64(1))
np.sum(a, axis=np.bool(True))
np.sum(a, axis=np.array(1))
np.sum(a, axis=np.array(1.0))
np.sum(a, axis=(1,))
np.sum(a, axis=None)
np.sum(a, axis=-1)
a.sum(axis=True)
a.sum(axis=1.0)
a.sum(axis='x')
a.sum(axis=[0])
a.sum(axis=np.int8(1))
a.sum(axis=np.float64(1))
a.sum(axis=np.bool(True))
a.sum(axis=np.array(1))
a.sum(axis=np.array(1.0))
a.sum(axis=(1,))
a.sum(axis=None)
a.sum(axis=-1)
np.take(a, 1, axis=True)
np.take(a, 1, axis=1.0)
np.take(a, 1, axis='x')
np.take(a, 1, axis=[0])
np.take(a, 1, axis=np.int8(1))
np.take(a, 1, axis=np.float64(1))
np.take(a, 1, axis=np.bool(True))
np.take(a, 1, axis=np.array(1))
np.take(a, 1, axis=np.array(1.0))
np.take(a, 1, axis=(1,))
np.take(a, 1, axis=None)
np.take(a, 1, axis=-1)
a.take(1, axis=True)
a.take(1, axis=1.0)
a.take(1, axis='x')
a.take(1, axis=[0])
a.take(1, axis=np.int8(1))
a.take(1, axis=np.float64(1))
a.take(1, axis=np.bool(True))
a.take(1, axis=np.array(1))
a.take(1, axis=np.array(1.0))
a.take(1, axis=(1,))
a.take(1, axis=None)
a.take(1, axis=-1)
a.item(True)
a.item(1.0)
a.item('x')
a.item([0])
a.item(np.int8(1))
a.item(np.float64(1))
a.item(np.bool(True))
a.item(np.array(1))
a.item(np.array(1.0))
a.item((1,))
a.item(None)
a.item(-1)
np.array([1], ndmin=True)
np.array([1], ndmin=1.0)
np.array([1], ndmin='x')
np.array([1], ndmin=[0])
np.array([1], ndmin=np.int8(1))
np.array([1], ndmin=np.float64(1))
np.array([1], ndmin=np.bool(True))
np.array([1], ndmin=np.array(1))
np.array([1], ndmin=np.array(1.0))
np.array([1], ndmin=(1,))
np.array([1], ndmin=None)
np.array([1], ndmin=-1)
np.expand_dims(a, True).shape
np.expand_dims(a, 1.0).shape
np.expand_dims(a, 'x').shape
np.expand_dims(a, [0]).shape
np.expand_dims(a, np.int8(1)).shape
np.expand_dims(a, np.float64(1)).shape
np.expand_dims(a, np.bool(True)).shape
np.expand_dims(a, np.array(1)).shape
np.expand_dims(a, np.array(1.0)).shape
np.expand_dims(a, (1,)).shape
np.expand_dims(a, None).shape
np.expand_dims(a, -1).shape
np.squeeze(a[None], True).shape
np.squeeze(a[None], 1.0).shape
np.squeeze(a[None], 'x').shape
np.squeeze(a[None], [0]).shape
np.squeeze(a[None], np.int8(1)).shape
np.squeeze(a[None], np.float64(1)).shape
np.squeeze(a[None], np.bool(True)).shape
np.squeeze(a[None], np.array(1)).shape
np.squeeze(a[None], np.array(1.0)).shape
np.squeeze(a[None], (1,)).shape
np.squeeze(a[None], None).shape
np.squeeze(a[None], -1).shape
np.swapaxes(a, True, 0).shape
np.swapaxes(a, 1.0, 0).shape
np.swapaxes(a, 'x', 0).shape
np.swapaxes(a, [0], 0).shape
np.swapaxes(a, np.int8(1), 0).shape
np.swapaxes(a, np.float64(1), 0).shape
np.swapaxes(a, np.bool(True), 0).shape
np.swapaxes(a, np.array(1), 0).shape
np.swapaxes(a, np.array(1.0), 0).shape
np.swapaxes(a, (1,), 0).shape
np.swapaxes(a, None, 0).shape
np.swapaxes(a, -1, 0).shape
a.swapaxes(True, 0).shape
a.swapaxes(1.0, 0).shape
a.swapaxes('x', 0).shape
a.swapaxes([0], 0).shape
a.swapaxes(np.int8(1), 0).shape
a.swapaxes(np.float64(1), 0).shape
a.swapaxes(np.bool(True), 0).shape
a.swapaxes(np.array(1), 0).shape
a.swapaxes(np.array(1.0), 0).shape
a.swapaxes((1,), 0).shape
a.swapaxes(None, 0).shape
a.swapaxes(-1, 0).shape
np.moveaxis(a, True, 0).shape
np.moveaxis(a, 1.0, 0).shape
np.moveaxis(a, 'x', 0).shape
np.moveaxis(a, [0], 0).shape
np.moveaxis(a, np.int8(1), 0).shape
np.moveaxis(a, np.float64(1), 0).shape
np.moveaxis(a, np.bool(True), 0).shape
np.moveaxis(a, np.array(1), 0).shape
np.moveaxis(a, np.array(1.0), 0).shape
np.moveaxis(a, (1,), 0).shape
np.moveaxis(a, None, 0).shape
np.moveaxis(a, -1, 0).shape
np.transpose(a, [True, 0]).shape
np.transpose(a, [1.0, 0]).shape
np.transpose(a, ['x', 0]).shape
np.transpose(a, [[0], 0]).shape
np.transpose(a, [np.int8(1), 0]).shape
np.transpose(a, [np.float64(1), 0]).shape
np.transpose(a, [np.bool(True), 0]).shape
np.transpose(a, [np.array(1), 0]).shape
np.transpose(a, [np.array(1.0), 0]).shape
np.transpose(a, [(1,), 0]).shape
np.transpose(a, [None, 0]).shape
np.transpose(a, [-1, 0]).shape
a.transpose(True, 0).shape
a.transpose(1.0, 0).shape
a.transpose('x', 0).shape
a.transpose([0], 0).shape
a.transpose(np.int8(1), 0).shape
a.transpose(np.float64(1), 0).shape
a.transpose(np.bool(True), 0).shape
a.transpose(np.array(1), 0).shape
a.transpose(np.array(1.0), 0).shape
a.transpose((1,), 0).shape
a.transpose(None, 0).shape
a.transpose(-1, 0).shape
np.zeros(True)
np.zeros(1.0)
np.zeros('x')
np.zeros([0])
np.zeros(np.int8(1))
np.zeros(np.float64(1))
np.zeros(np.bool(True))
np.zeros(np.array(1))
np.zeros(np.array(1.0))
np.zeros((1,))
np.zeros(None)
np.zeros(-1)
np.zeros((2, True))
np.zeros((2, 1.0))
np.zeros((2, 'x'))
np.zeros((2, [0]))
np.zeros((2, np.int8(1)))
np.zeros((2, np.float64(1)))
np.zeros((2, np.bool(True)))
np.zeros((2, np.array(1)))
np.zeros((2, np.array(1.0)))
np.zeros((2, (1,)))
np.zeros((2, None))
np.zeros((2, -1))
a.reshape(True, 6)
a.reshape(1.0, 6)
a.reshape('x', 6)
a.reshape([0], 6)
a.reshape(np.int8(1), 6)
a.reshape(np.float64(1), 6)
a.reshape(np.bool(True), 6)
a.reshape(np.array(1), 6)
a.reshape(np.array(1.0), 6)
a.reshape((1,), 6)
a.reshape(None, 6)
a.reshape(-1, 6)
a.reshape((True, 6))
a.reshape((1.0, 6))
a.reshape(('x', 6))
a.reshape(([0], 6))
a.reshape((np.int8(1), 6))
a.reshape((np.float64(1), 6))
a.reshape((np.bool(True), 6))
a.reshape((np.array(1), 6))
a.reshape((np.array(1.0), 6))
a.reshape(((1,), 6))
a.reshape((None, 6))
a.reshape((-1, 6))
np.reshape(a, (True, 6))
np.reshape(a, (1.0, 6))
np.reshape(a, ('x', 6))
np.reshape(a, ([0], 6))
np.reshape(a, (np.int8(1), 6))
np.reshape(a, (np.float64(1), 6))
np.reshape(a, (np.bool(True), 6))
np.reshape(a, (np.array(1), 6))
np.reshape(a, (np.array(1.0), 6))
np.reshape(a, ((1,), 6))
np.reshape(a, (None, 6))
np.reshape(a, (-1, 6))
np.broadcast_to(a, (True, 2, 3)).shape
np.broadcast_to(a, (1.0, 2, 3)).shape
np.broadcast_to(a, ('x', 2, 3)).shape
np.broadcast_to(a, ([0], 2, 3)).shape
np.broadcast_to(a, (np.int8(1), 2, 3)).shape
np.broadcast_to(a, (np.float64(1), 2, 3)).shape
np.broadcast_to(a, (np.bool(True), 2, 3)).shape
np.broadcast_to(a, (np.array(1), 2, 3)).shape
np.broadcast_to(a, (np.array(1.0), 2, 3)).shape
np.broadcast_to(a, ((1,), 2, 3)).shape
np.broadcast_to(a, (None, 2, 3)).shape
np.broadcast_to(a, (-1, 2, 3)).shape
np.eye(True)
np.eye(1.0)
np.eye('x')
np.eye([0])
np.eye(np.int8(1))
np.eye(np.float64(1))
np.eye(np.bool(True))
np.eye(np.array(1))
np.eye(np.array(1.0))
np.eye((1,))
np.eye(None)
np.eye(-1)
np.eye(2, True)
np.eye(2, 1.0)
np.eye(2, 'x')
np.eye(2, [0])
np.eye(2, np.int8(1))
np.eye(2, np.float64(1))
np.eye(2, np.bool(True))
np.eye(2, np.array(1))
np.eye(2, np.array(1.0))
np.eye(2, (1,))
np.eye(2, None)
np.eye(2, -1)
np.eye(2, 2, True)
np.eye(2, 2, 1.0)
np.eye(2, 2, 'x')
np.eye(2, 2, [0])
np.eye(2, 2, np.int8(1))
np.eye(2, 2, np.float64(1))
np.eye(2, 2, np.bool(True))
np.eye(2, 2, np.array(1))
np.eye(2, 2, np.array(1.0))
np.eye(2, 2, (1,))
np.eye(2, 2, None)
np.eye(2, 2, -1)
np.linspace(0, 1, True)
np.linspace(0, 1, 1.0)
np.linspace(0, 1, 'x')
np.linspace(0, 1, [0])
np.linspace(0, 1, np.int8(1))
np.linspace(0, 1, np.float64(1))
np.linspace(0, 1, np.bool(True))
np.linspace(0, 1, np.array(1))
np.linspace(0, 1, np.array(1.0))
np.linspace(0, 1, (1,))
np.linspace(0, 1, None)
np.linspace(0, 1, -1)
np.diagonal(a, True)
np.diagonal(a, 1.0)
np.diagonal(a, 'x')
np.diagonal(a, [0])
np.diagonal(a, np.int8(1))
np.diagonal(a, np.float64(1))
np.diagonal(a, np.bool(True))
np.diagonal(a, np.array(1))
np.diagonal(a, np.array(1.0))
np.diagonal(a, (1,))
np.diagonal(a, None)
np.diagonal(a, -1)
a.diagonal(True)
a.diagonal(1.0)
a.diagonal('x')
a.diagonal([0])
a.diagonal(np.int8(1))
a.diagonal(np.float64(1))
a.diagonal(np.bool(True))
a.diagonal(np.array(1))
a.diagonal(np.array(1.0))
a.diagonal((1,))
a.diagonal(None)
a.diagonal(-1)
np.concatenate([a, a], True).shape
np.concatenate([a, a], 1.0).shape
np.concatenate([a, a], 'x').shape
np.concatenate([a, a], [0]).shape
np.concatenate([a, a], np.int8(1)).shape
np.concatenate([a, a], np.float64(1)).shape
np.concatenate([a, a], np.bool(True)).shape
np.concatenate([a, a], np.array(1)).shape
np.concatenate([a, a], np.array(1.0)).shape
np.concatenate([a, a], (1,)).shape
np.concatenate([a, a], None).shape
np.concatenate([a, a], -1).shape
np.stack([a, a], True).shape
np.stack([a, a], 1.0).shape
np.stack([a, a], 'x').shape
np.stack([a, a], [0]).shape
np.stack([a, a], np.int8(1)).shape
np.stack([a, a], np.float64(1)).shape
np.stack([a, a], np.bool(True)).shape
np.stack([a, a], np.array(1)).shape
np.stack([a, a], np.array(1.0)).shape
np.stack([a, a], (1,)).shape
np.stack([a, a], None).shape
np.stack([a, a], -1).shape
np.array_split(np.arange(6), True)
np.array_split(np.arange(6), 1.0)
np.array_split(np.arange(6), [0])
np.array_split(np.arange(6), np.int8(1))
np.array_split(np.arange(6), np.float64(1))
np.array_split(np.arange(6), np.bool(True))
np.array_split(np.arange(6), np.array(1))
np.array_split(np.arange(6), np.array(1.0))
np.array_split(np.arange(6), (1,))
np.array_split(np.arange(6), -1)
np.split(np.arange(6), True)
np.split(np.arange(6), 1.0)
np.split(np.arange(6), [0])
np.split(np.arange(6), np.int8(1))
np.split(np.arange(6), np.float64(1))
np.split(np.arange(6), np.bool(True))
np.split(np.arange(6), np.array(1))
np.split(np.arange(6), np.array(1.0))
np.split(np.arange(6), (1,))
np.split(np.arange(6), -1)
np.shares_memory(a, a, True)
np.shares_memory(a, a, 1.0)
np.shares_memory(a, a, 'x')
np.shares_memory(a, a, [0])
np.shares_memory(a, a, np.int8(1))
np.shares_memory(a, a, np.float64(1))
np.shares_memory(a, a, np.bool(True))
np.shares_memory(a, a, np.array(1))
np.shares_memory(a, a, np.array(1.0))
np.shares_memory(a, a, (1,))
np.shares_memory(a, a, None)
np.shares_memory(a, a, -1)
np.lib.stride_tricks.as_strided(a, (True,), (8,))
np.lib.stride_tricks.as_strided(a, (1.0,), (8,))
np.lib.stride_tricks.as_strided(a, ('x',), (8,))
np.lib.stride_tricks.as_strided(a, ([0],), (8,))
np.lib.stride_tricks.as_strided(a, (np.int8(1),), (8,))
np.lib.stride_tricks.as_strided(a, (np.float64(1),), (8,))
np.lib.stride_tricks.as_strided(a, (np.bool(True),), (8,))
np.lib.stride_tricks.as_strided(a, (np.array(1),), (8,))
np.lib.stride_tricks.as_strided(a, (np.array(1.0),), (8,))
np.lib.stride_tricks.as_strided(a, ((1,),), (8,))
np.lib.stride_tricks.as_strided(a, (None,), (8,))
np.lib.stride_tricks.as_strided(a, (-1,), (8,))
np.lib.stride_tricks.sliding_window_view(np.arange(5), [0]).shape
np.lib.stride_tricks.sliding_window_view(np.arange(5), np.int8(1)).shape
np.lib.stride_tricks.sliding_window_view(np.arange(5), (1,)).shape
np.lib.stride_tricks.sliding_window_view(np.arange(5), -1).shape
np.sum(a, keepdims=True)
np.sum(a, keepdims=1.0)
np.sum(a, keepdims='x')
np.sum(a, keepdims=[0])
np.sum(a, keepdims=np.int8(1))
np.sum(a, keepdims=np.float64(1))
np.sum(a, keepdims=np.bool(True))
np.sum(a, keepdims=np.array(1))
np.sum(a, keepdims=np.array(1.0))
np.sum(a, keepdims=(1,))
np.sum(a, keepdims=None)
np.sum(a, keepdims=-1)
np.array(a, copy=True) is a
np.array(a, copy=1.0) is a
np.array(a, copy='x') is a
np.array(a, copy=[0]) is a
np.array(a, copy=np.int8(1)) is a
np.array(a, copy=np.float64(1)) is a
np.array(a, copy=np.bool(True)) is a
np.array(a, copy=np.array(1)) is a
np.array(a, copy=np.array(1.0)) is a
np.array(a, copy=(1,)) is a
np.array(a, copy=None) is a
np.array(a, copy=-1) is a
np.array(a, copy=2**63) is a
a.astype(int, copy=True) is a
a.astype(int, copy=1.0) is a
a.astype(int, copy='x') is a
a.astype(int, copy=[0]) is a
a.astype(int, copy=np.int8(1)) is a
a.astype(int, copy=np.float64(1)) is a
a.astype(int, copy=np.bool(True)) is a
a.astype(int, copy=np.array(1)) is a
a.astype(int, copy=np.array(1.0)) is a
a.astype(int, copy=(1,)) is a
a.astype(int, copy=None) is a
a.astype(int, copy=-1) is a
a.astype(int, copy=2**63) is a
np.reshape(a, 6, copy=True)
np.reshape(a, 6, copy=1.0)
np.reshape(a, 6, copy='x')
np.reshape(a, 6, copy=[0])
np.reshape(a, 6, copy=np.int8(1))
np.reshape(a, 6, copy=np.float64(1))
np.reshape(a, 6, copy=np.bool(True))
np.reshape(a, 6, copy=np.array(1))
np.reshape(a, 6, copy=np.array(1.0))
np.reshape(a, 6, copy=(1,))
np.reshape(a, 6, copy=None)
np.reshape(a, 6, copy=-1)
np.reshape(a, 6, copy=2**63)
a.reshape(6, copy=True)
a.reshape(6, copy=1.0)
a.reshape(6, copy='x')
a.reshape(6, copy=[0])
a.reshape(6, copy=np.int8(1))
a.reshape(6, copy=np.float64(1))
a.reshape(6, copy=np.bool(True))
a.reshape(6, copy=np.array(1))
a.reshape(6, copy=np.array(1.0))
a.reshape(6, copy=(1,))
a.reshape(6, copy=None)
a.reshape(6, copy=-1)
a.reshape(6, copy=2**63)
np.zeros((True,)).shape
np.zeros((1.0,)).shape
np.zeros(('x',)).shape
np.zeros(([0],)).shape
np.zeros((np.int8(1),)).shape
np.zeros((np.float64(1),)).shape
np.zeros((np.bool(True),)).shape
np.zeros((np.array(1),)).shape
np.zeros((np.array(1.0),)).shape
np.zeros(((1,),)).shape
np.zeros((None,)).shape
np.zeros((-1,)).shape
np.full(True, 1)
np.full(1.0, 1)
np.full('x', 1)
np.full([0], 1)
np.full(np.int8(1), 1)
np.full(np.float64(1), 1)
np.full(np.bool(True), 1)
np.full(np.array(1), 1)
np.full(np.array(1.0), 1)
np.full((1,), 1)
np.full(None, 1)
np.full(-1, 1)
np.ones((True,))
np.ones((1.0,))
np.ones(('x',))
np.ones(([0],))
np.ones((np.int8(1),))
np.ones((np.float64(1),))
np.ones((np.bool(True),))
np.ones((np.array(1),))
np.ones((np.array(1.0),))
np.ones(((1,),))
np.ones((None,))
np.ones((-1,))
