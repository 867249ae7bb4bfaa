"""Metadata out of JPEG and PNG files without decoding them: every other byte of the image
stays as it was, so the published original loses no quality and no time is spent encoding
it again. Both formats are a list of length-prefixed segments (ISO/IEC 10918-1 markers, PNG
chunks), and the segments that carry metadata are named, so what is dropped is exactly the
EXIF (with the GPS position), XMP, IPTC/Photoshop, comments, and data after the image's end
(a phone's embedded second image, with its own EXIF).

These functions return None for any file that is not laid out as expected; the caller then
publishes the image re-encoded by Pillow instead (encode.py), and checks either result by
reading it back."""

from __future__ import annotations

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"

# PNG chunks kept: the image itself, and what decides how its colours and pixels look.
_PNG_KEEP = frozenset(
    b"IHDR PLTE IDAT IEND tRNS cHRM gAMA iCCP sBIT sRGB cICP mDCV cLLI bKGD hIST pHYs sPLT "
    b"acTL fcTL fdAT".split()
)


def strip_jpeg(data: bytes, orientation: int = 1) -> bytes | None:
    """The JPEG without metadata segments. The EXIF orientation (1-8) is kept as the only
    EXIF tag when it is not 1, so a photo taken sideways still shows upright: turning the
    pixels instead would mean decoding and encoding them again."""
    if not data.startswith(b"\xff\xd8"):
        return None
    out = [b"\xff\xd8"]
    size = len(data)
    pos = 2
    placed = orientation == 1  # the orientation segment goes after the leading APP0s
    while pos < size:
        if data[pos] != 0xFF:
            return None
        while pos < size and data[pos] == 0xFF:  # fill bytes before a marker
            pos += 1
        if pos >= size:
            return None
        marker = data[pos]
        pos += 1
        if marker == 0xD9:  # end of image: anything after it is dropped
            out.append(b"\xff\xd9")
            return b"".join(out)
        if marker in (0x00, 0xD8) or 0xD0 <= marker <= 0xD7 or marker == 0x01:
            return None  # no segment starts like this between scans
        if pos + 2 > size:
            return None
        length = int.from_bytes(data[pos : pos + 2], "big")
        if length < 2 or pos + length > size:
            return None
        payload = data[pos : pos + length]
        pos += length
        if _keep_segment(marker, payload[2:]):
            if not placed and marker != 0xE0:
                out.append(_orientation_segment(orientation))
                placed = True
            out.append(bytes((0xFF, marker)) + payload)
        if marker == 0xDA:  # start of scan: entropy-coded data up to the next real marker
            end = _scan_end(data, pos)
            if end is None:
                return None
            out.append(data[pos:end])
            pos = end
    return None  # no end-of-image marker: truncated


def _keep_segment(marker: int, body: bytes) -> bool:
    if marker == 0xE0:
        return body.startswith(b"JFIF\x00")
    if marker == 0xE2:
        return body.startswith(b"ICC_PROFILE\x00")
    if marker == 0xEE:
        return body.startswith(b"Adobe")  # how the decoder converts colours
    # Every other application segment (EXIF and XMP in APP1, IPTC in APP13, vendors' notes,
    # content credentials) and comments (COM) is metadata; the rest is the image.
    return not (0xE1 <= marker <= 0xEF or marker == 0xFE)


def _scan_end(data: bytes, pos: int) -> int | None:
    """Where the entropy-coded data that starts at `pos` ends: the first 0xFF that is not a
    stuffed 0x00, a restart marker or a fill byte before a marker."""
    while True:
        pos = data.find(b"\xff", pos)
        if pos < 0 or pos + 1 >= len(data):
            return None
        following = data[pos + 1]
        if following == 0x00 or 0xD0 <= following <= 0xD7:
            pos += 2
        elif following == 0xFF:
            pos += 1
        else:
            return pos


def _orientation_segment(orientation: int) -> bytes:
    """An APP1 EXIF segment holding only the orientation tag (TIFF big-endian, one IFD)."""
    tiff = (
        b"MM\x00\x2a\x00\x00\x00\x08"  # byte order, magic, first IFD at 8
        + b"\x00\x01"  # one entry
        + b"\x01\x12\x00\x03\x00\x00\x00\x01"  # tag 0x0112, SHORT, count 1
        + orientation.to_bytes(2, "big")
        + b"\x00\x00"  # value padded to 4 bytes
        + b"\x00\x00\x00\x00"  # no next IFD
    )
    payload = b"Exif\x00\x00" + tiff
    return b"\xff\xe1" + (len(payload) + 2).to_bytes(2, "big") + payload


def strip_png(data: bytes) -> bytes | None:
    """The PNG without text, EXIF and time chunks (nor any other ancillary chunk that does
    not shape the picture), and without data after its end."""
    if not data.startswith(PNG_SIGNATURE):
        return None
    out = [PNG_SIGNATURE]
    pos = len(PNG_SIGNATURE)
    size = len(data)
    while pos + 12 <= size:
        length = int.from_bytes(data[pos : pos + 4], "big")
        kind = data[pos + 4 : pos + 8]
        end = pos + 12 + length
        if end > size or not kind.isalpha():
            return None
        if kind in _PNG_KEEP:
            out.append(data[pos:end])
        elif kind[:1].isupper():
            return None  # a critical chunk this module does not know
        pos = end
        if kind == b"IEND":
            return b"".join(out)
    return None


# GIF application extensions kept: looping (Netscape's and its twin) and a colour profile.
_GIF_APPS_KEPT = (b"NETSCAPE2.0", b"ANIMEXTS1.0", b"ICCRGBG1012")


def strip_gif(data: bytes) -> bytes | None:
    """The GIF without comment and XMP extensions (every frame, delay and loop as it was),
    and without data after its trailer."""
    if data[:6] not in (b"GIF87a", b"GIF89a") or len(data) < 13:
        return None
    packed = data[10]
    pos = 13 + (3 << ((packed & 7) + 1) if packed & 0x80 else 0)
    out = [data[:pos]]
    size = len(data)
    while pos < size:
        kind = data[pos]
        if kind == 0x3B:  # trailer
            out.append(b"\x3b")
            return b"".join(out)
        if kind == 0x21 and pos + 1 < size:  # an extension: its label, then sub-blocks
            end = _sub_blocks_end(data, pos + 2)
            if end is None:
                return None
            label = data[pos + 1]
            app = data[pos + 3 : pos + 14] if label == 0xFF else b""
            if label != 0xFE and (label != 0xFF or app in _GIF_APPS_KEPT):
                out.append(data[pos:end])
            pos = end
        elif kind == 0x2C and pos + 10 <= size:  # an image: descriptor, colours, LZW data
            flags = data[pos + 9]
            start = pos + 10 + (3 << ((flags & 7) + 1) if flags & 0x80 else 0) + 1
            end = _sub_blocks_end(data, start)
            if end is None:
                return None
            out.append(data[pos:end])
            pos = end
        else:
            return None
    return None  # no trailer: truncated


def _sub_blocks_end(data: bytes, pos: int) -> int | None:
    """Where the sub-blocks starting at `pos` end (after their zero-length terminator)."""
    size = len(data)
    while pos < size:
        length = data[pos]
        pos += 1 + length
        if length == 0:
            return pos if pos <= size else None
    return None


_WEBP_KEEP = (b"VP8 ", b"VP8L", b"VP8X", b"ALPH", b"ANIM", b"ANMF", b"ICCP")


def strip_webp(data: bytes) -> bytes | None:
    """The WebP without its EXIF and XMP chunks (and their flags in the VP8X header), every
    frame as it was."""
    if len(data) < 12 or data[:4] != b"RIFF" or data[8:12] != b"WEBP":
        return None
    end = 8 + int.from_bytes(data[4:8], "little")
    if end > len(data):
        return None
    chunks = []
    pos = 12
    while pos + 8 <= end:
        kind = data[pos : pos + 4]
        length = int.from_bytes(data[pos + 4 : pos + 8], "little")
        stop = pos + 8 + length + (length & 1)
        if stop > end + (length & 1):
            return None
        chunk = data[pos : min(stop, end)]
        if kind == b"VP8X" and length >= 10:
            chunk = chunk[:8] + bytes((chunk[8] & ~0x0C,)) + chunk[9:]  # no EXIF, no XMP
        if kind in _WEBP_KEEP:
            chunks.append(chunk + (b"\0" if len(chunk) & 1 else b""))
        pos = stop
    if pos < end - 1:
        return None
    body = b"WEBP" + b"".join(chunks)
    return b"RIFF" + len(body).to_bytes(4, "little") + body
