"""Real images for tests, made with Pillow (the image stage refuses files it cannot read).

`photo()` is what a phone gives: a JPEG with EXIF (a GPS position among it), XMP, an IPTC
block, a comment and, if asked, an orientation tag and a second picture after its end."""

from __future__ import annotations

import io

from PIL import Image, ImageDraw

GPS_IFD = 0x8825
ORIENTATION = 0x0112
# Somewhere in Berlin, as EXIF writes it: degrees, minutes, seconds.
GPS = {1: "N", 2: (52.0, 31.0, 12.5), 3: "E", 4: (13.0, 24.0, 1.0)}
XMP = (
    b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/'
    b'22-rdf-syntax-ns#"><rdf:Description xmlns:exif="http://ns.adobe.com/exif/1.0/" '
    b'exif:GPSLatitude="52,31.2N"/></rdf:RDF></x:xmpmeta>'
)


def png(width: int = 8, height: int = 8, colour: tuple[int, int, int] = (40, 120, 160)) -> bytes:
    """A tiny PNG with no metadata: published exactly as it is."""
    out = io.BytesIO()
    Image.new("RGB", (width, height), colour).save(out, "PNG")
    return out.getvalue()


def picture(width: int, height: int, seed: int = 1) -> Image.Image:
    """A gradient with a few shapes: compresses like a photo, differs by seed."""
    base = Image.linear_gradient("L").resize((width, height))
    other = Image.radial_gradient("L").resize((width, height))
    im = Image.merge("RGB", (base, other, base.transpose(Image.Transpose.FLIP_LEFT_RIGHT)))
    draw = ImageDraw.Draw(im)
    for n in range(4):
        x = (seed * 37 + n * 53) % max(1, width)
        y = (seed * 29 + n * 41) % max(1, height)
        r = max(2, min(width, height) // (3 + n))
        draw.ellipse([x - r, y - r, x + r, y + r], fill=((seed * 70 + n * 50) % 256, 90, 200))
    return im


def exif(orientation: int = 1, gps: bool = True) -> Image.Exif:
    data = Image.Exif()
    data[0x010F] = "PhoneMaker"  # Make
    data[0x0110] = "Phone 12"  # Model
    if orientation != 1:
        data[ORIENTATION] = orientation
    if gps:
        data[GPS_IFD] = GPS
    return data


def iptc_segment(text: bytes = b"Photographer's home") -> bytes:
    """An APP13 Photoshop block with an IPTC caption, as photo tools write one."""
    record = b"\x1c\x02\x78" + len(text).to_bytes(2, "big") + text
    resource = b"8BIM\x04\x04\x00\x00" + len(record).to_bytes(4, "big") + record
    body = b"Photoshop 3.0\x00" + resource
    return b"\xff\xed" + (len(body) + 2).to_bytes(2, "big") + body


def photo(
    width: int = 640,
    height: int = 480,
    *,
    seed: int = 1,
    orientation: int = 1,
    gps: bool = True,
    trailer: bool = False,
    quality: int = 90,
) -> bytes:
    """A JPEG as a phone writes it (see the module's docstring). With `orientation` 6 the
    pixels are stored lying on their side, as a phone held upright stores them."""
    im = picture(width, height, seed)
    out = io.BytesIO()
    im.save(out, "JPEG", quality=quality, exif=exif(orientation, gps).tobytes(), xmp=XMP,
            comment=b"taken at home")
    data = out.getvalue()
    data = data[:2] + iptc_segment() + data[2:]
    if trailer:  # a second picture with its own EXIF after the first one's end (MPF-like)
        extra = io.BytesIO()
        picture(32, 24, seed + 1).save(extra, "JPEG", exif=exif().tobytes())
        data += extra.getvalue()
    return data


def png_photo(width: int = 320, height: int = 200, *, seed: int = 2, alpha: bool = False) -> bytes:
    """A PNG with an eXIf chunk (GPS) and a text chunk."""
    from PIL import PngImagePlugin

    im = picture(width, height, seed)
    if alpha:
        im.putalpha(Image.linear_gradient("L").resize((width, height)))
    info = PngImagePlugin.PngInfo()
    info.add_text("Comment", "taken at home")
    out = io.BytesIO()
    im.save(out, "PNG", exif=exif().tobytes(), pnginfo=info)
    return out.getvalue()


def gif_animation(width: int = 40, height: int = 30) -> bytes:
    frames = [Image.new("RGB", (width, height), (n * 80, 100, 200 - n * 60)) for n in range(3)]
    out = io.BytesIO()
    frames[0].save(out, "GIF", save_all=True, append_images=frames[1:], duration=100, loop=0,
                   comment=b"made at home")
    return out.getvalue()


def has_gps(data: bytes) -> bool:
    """Whether any GPS tag can be read from the file (EXIF, XMP or a text chunk)."""
    if b"GPS" in data or b"52,31" in data:
        return True
    try:
        im = Image.open(io.BytesIO(data))
    except Exception:  # not an image: what matters is the bytes, checked above
        return False
    return bool(im.getexif().get_ifd(GPS_IFD))
