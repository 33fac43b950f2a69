import msgpack

pack = msgpack.packb
