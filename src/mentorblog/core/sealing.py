"""Encryption of shared posts, done by the `cryptography` library (never by hand).

Each post is sealed with AES-256-GCM under a key made for it alone; that key is wrapped
(AES-256-GCM again) once per reader under a key derived from the reader's passphrase with
PBKDF2-HMAC-SHA256. The payload names every parameter, so a browser opens it with WebCrypto
and nothing else (theme `js/sealed.js`)."""

from __future__ import annotations

import base64
import json
import os
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

# `cryptography` is imported by the functions that use it: 8 ms a process, which only a
# build with shared posts (or `check` opening them) needs.

ITERATIONS = 600_000  # OWASP's 2023 figure for PBKDF2-HMAC-SHA256
SALT_BYTES = 16
KEY_BYTES = 32  # AES-256
NONCE_BYTES = 12  # the GCM standard nonce
FORMAT = 1

# Where randomness comes from. Production always uses os.urandom; tests of exact output
# pass their own source to `seal` (the build never does).
Random = Callable[[int], bytes]


@dataclass(frozen=True, slots=True)
class ReaderKey:
    """A reader's key-encryption key, derived once per build and held in memory only."""

    salt: bytes
    key: bytes = field(repr=False)  # never in a repr, a log or an error message
    iterations: int = ITERATIONS


def derive_key(passphrase: str, salt: bytes, iterations: int = ITERATIONS) -> ReaderKey:
    """PBKDF2-HMAC-SHA256 over the passphrase's UTF-8 bytes, as WebCrypto derives it."""
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.pbkdf2 import PBKDF2HMAC

    kdf = PBKDF2HMAC(algorithm=hashes.SHA256(), length=KEY_BYTES, salt=salt, iterations=iterations)
    return ReaderKey(salt, kdf.derive(passphrase.encode("utf-8")), iterations)


def new_salt() -> bytes:
    return os.urandom(SALT_BYTES)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def seal(
    document: Mapping[str, object],
    readers: Sequence[ReaderKey],
    context: str,
    random: Random = os.urandom,
) -> str:
    """`document` (JSON-able) encrypted for `readers`, as compact JSON text. `context`
    (the page's address) is authenticated with it, so a payload cannot be moved to another
    page unnoticed."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    plain = json.dumps(document, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    post_key = random(KEY_BYTES)
    nonce = random(NONCE_BYTES)
    aad = context.encode("utf-8")
    sealed = AESGCM(post_key).encrypt(nonce, plain, aad)
    wrapped = []
    for reader in readers:
        wrap_nonce = random(NONCE_BYTES)
        wrapped.append(
            {
                "salt": _b64(reader.salt),
                "iter": reader.iterations,
                "iv": _b64(wrap_nonce),
                "key": _b64(AESGCM(reader.key).encrypt(wrap_nonce, post_key, aad)),
            }
        )
    payload = {
        "v": FORMAT,
        "kdf": "PBKDF2-SHA-256",
        "cipher": "AES-256-GCM",
        "iv": _b64(nonce),
        "data": _b64(sealed),
        "keys": wrapped,
    }
    return json.dumps(payload, separators=(",", ":"))


def open_sealed(payload: str, passphrase: str, context: str) -> dict[str, object] | None:
    """The document, or None for a passphrase that opens none of the keys. The browser
    does this in JavaScript; this twin lets tests and `check` prove a payload opens."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    data = json.loads(payload)
    aad = context.encode("utf-8")
    for entry in data["keys"]:
        reader = derive_key(passphrase, base64.b64decode(entry["salt"]), int(entry["iter"]))
        try:
            post_key = AESGCM(reader.key).decrypt(
                base64.b64decode(entry["iv"]), base64.b64decode(entry["key"]), aad
            )
        except InvalidTag:  # not this reader's passphrase
            continue
        plain = AESGCM(post_key).decrypt(
            base64.b64decode(data["iv"]), base64.b64decode(data["data"]), aad
        )
        document = json.loads(plain)
        assert isinstance(document, dict)
        return document
    return None
