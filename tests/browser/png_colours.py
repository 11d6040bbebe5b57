"""Counts the distinct pixel colours of a PNG, standard library only, to tell a rendered page
from a blank one. Usage: png_colours.py FILE MIN; exit 0 when the image has more than MIN
colours. Handles what Chromium writes: 8-bit RGB or RGBA, not interlaced."""

import struct
import sys
import zlib


def read_png(path):
    with open(path, "rb") as f:
        data = f.read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError("not a PNG file")
    pos, idat, header = 8, [], None
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        kind = data[pos + 4 : pos + 8]
        body = data[pos + 8 : pos + 8 + length]
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat.append(body)
        pos += 12 + length
    width, height, depth, colour, _, _, interlace = header
    if depth != 8 or colour not in (2, 6) or interlace:
        raise ValueError(f"unsupported PNG: depth {depth}, colour type {colour}")
    return width, height, 3 if colour == 2 else 4, zlib.decompress(b"".join(idat))


def paeth(a, b, c):
    p = a + b - c
    pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
    if pa <= pb and pa <= pc:
        return a
    return b if pb <= pc else c


def colours(path, enough):
    """Distinct colours, stopping once there are more than `enough`."""
    width, height, bpp, raw = read_png(path)
    stride = width * bpp
    previous = bytearray(stride)
    seen = set()
    for y in range(height):
        start = y * (stride + 1)
        kind, row = raw[start], bytearray(raw[start + 1 : start + 1 + stride])
        for i in range(stride):  # undo the scanline filter (PNG spec, section 9)
            left = row[i - bpp] if i >= bpp else 0
            up = previous[i]
            if kind == 1:
                row[i] = (row[i] + left) & 0xFF
            elif kind == 2:
                row[i] = (row[i] + up) & 0xFF
            elif kind == 3:
                row[i] = (row[i] + ((left + up) >> 1)) & 0xFF
            elif kind == 4:
                upleft = previous[i - bpp] if i >= bpp else 0
                row[i] = (row[i] + paeth(left, up, upleft)) & 0xFF
        for x in range(0, stride, bpp):
            seen.add(bytes(row[x : x + bpp]))
        if len(seen) > enough:
            break
        previous = row
    return len(seen)


if __name__ == "__main__":
    path, minimum = sys.argv[1], int(sys.argv[2])
    n = colours(path, minimum)
    print(f"{path}: {'more than ' if n > minimum else ''}{n} distinct colours")
    sys.exit(0 if n > minimum else 1)
