"""A small ESC/POS reader for tests, written from the command tables (Epson ESC/POS reference),
not from our encoder: it turns a job's bytes into what a person would see on the paper.

Supported: ESC @, ESC a, ESC E, ESC !, ESC d, ESC t, ESC p, GS !, GS v 0, GS V, GS k (and its
settings GS h/w/H/f), GS ( k (QR store and print), FS & / FS . (Korean double-byte mode, text in
EUC-KR), DLE EOT, LF. Anything else raises, so an encoder cannot slip unknown bytes past a test.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PIL import Image

CODE_PAGES = {0: "cp437", 16: "cp1252"}


class DecodeError(ValueError):
    pass


@dataclass
class TextLine:
    text: str
    bold: bool
    size: int  # 1, or 2 for double width/height
    align: int


@dataclass
class Raster:
    image: Image.Image  # mode "1", black = printed dot


@dataclass
class BarcodeEvent:
    system: int
    payload: str


@dataclass
class QREvent:
    payload: str


@dataclass
class CutEvent:
    mode: int


@dataclass
class DrawerEvent:
    pin: int  # 2 or 5
    on_ms: int


@dataclass
class StatusQuery:
    n: int


@dataclass
class Decoded:
    events: list[object] = field(default_factory=list)

    @property
    def lines(self) -> list[str]:
        return [e.text for e in self.events if isinstance(e, TextLine)]

    @property
    def text(self) -> str:
        return "\n".join(self.lines)

    def of(self, kind: type) -> list:
        return [e for e in self.events if isinstance(e, kind)]

    def raster_blocks(self) -> list[Image.Image]:
        """Consecutive raster images stacked, as they come out of the printer."""
        blocks: list[list[Image.Image]] = []
        previous = None
        for event in self.events:
            if isinstance(event, Raster):
                if isinstance(previous, Raster):
                    blocks[-1].append(event.image)
                else:
                    blocks.append([event.image])
            previous = event
        out = []
        for parts in blocks:
            width = max(p.width for p in parts)
            image = Image.new("1", (width, sum(p.height for p in parts)), 1)
            y = 0
            for part in parts:
                image.paste(part, (0, y))
                y += part.height
            out.append(image)
        return out


def decode(data: bytes) -> Decoded:
    return _Reader(data).run()


class _Reader:
    def __init__(self, data: bytes) -> None:
        self.data = data
        self.i = 0
        self.out = Decoded()
        self.bold = False
        self.size = 1
        self.align = 0
        self.kanji = False
        self.codepage = "cp437"
        self.pending = bytearray()  # bytes of the current segment
        self.segments: list[str] = []
        self.qr_data = b""

    # -- helpers
    def take(self, n: int) -> bytes:
        if self.i + n > len(self.data):
            raise DecodeError(f"truncated command at byte {self.i}")
        chunk = self.data[self.i : self.i + n]
        self.i += n
        return chunk

    def byte(self) -> int:
        return self.take(1)[0]

    def flush_segment(self) -> None:
        if self.pending:
            if self.kanji:
                self.segments.append(_ks_x_1001(bytes(self.pending)))
            else:
                self.segments.append(bytes(self.pending).decode(self.codepage))
            self.pending.clear()

    def end_line(self) -> None:
        self.flush_segment()
        self.out.events.append(TextLine("".join(self.segments), self.bold, self.size, self.align))
        self.segments = []

    def event(self, event: object) -> None:
        if self.pending or self.segments:
            # Most commands act at the start of a line; text left in the buffer prints first.
            self.end_line()
        self.out.events.append(event)

    # -- main loop
    def run(self) -> Decoded:
        while self.i < len(self.data):
            b = self.byte()
            if b == 0x0A:
                self.end_line()
            elif b == 0x1B:
                self.esc()
            elif b == 0x1D:
                self.gs()
            elif b == 0x1C:
                self.fs()
            elif b == 0x10:
                if self.byte() != 0x04:
                    raise DecodeError("DLE other than DLE EOT")
                self.out.events.append(StatusQuery(self.byte()))
            elif b >= 0x20 or (self.kanji and b >= 0x80):
                self.pending.append(b)
            else:
                raise DecodeError(f"unknown control byte 0x{b:02x} at {self.i - 1}")
        if self.pending or self.segments:
            self.end_line()
        return self.out

    def esc(self) -> None:
        c = self.byte()
        if c == 0x40:  # ESC @ initialise
            self.bold, self.size, self.align, self.kanji = False, 1, 0, False
        elif c == 0x61:  # ESC a n
            n = self.byte()
            self.align = n - 48 if n >= 48 else n
        elif c == 0x45:  # ESC E n
            self.bold = bool(self.byte() & 1)
        elif c == 0x21:  # ESC ! n: print mode
            n = self.byte()
            self.bold = bool(n & 0x08)
            self.size = 2 if n & 0x30 else 1
        elif c == 0x64:  # ESC d n: print and feed n lines
            if self.pending or self.segments:
                self.end_line()
            for _ in range(self.byte()):
                self.out.events.append(TextLine("", False, 1, 0))
        elif c == 0x74:  # ESC t n: character code table
            n = self.byte()
            if n not in CODE_PAGES:
                raise DecodeError(f"code page {n} not in the test table")
            self.codepage = CODE_PAGES[n]
        elif c == 0x70:  # ESC p m t1 t2: generate pulse (cash drawer)
            m, t1, _t2 = self.take(3)
            self.event(DrawerEvent(2 if m in (0, 48) else 5, t1 * 2))
        elif c in (0x32,):  # ESC 2 default line spacing
            pass
        elif c == 0x33:  # ESC 3 n
            self.byte()
        else:
            raise DecodeError(f"unknown ESC 0x{c:02x}")

    def gs(self) -> None:
        c = self.byte()
        if c == 0x21:  # GS ! n: character size
            n = self.byte()
            self.size = 1 + max(n >> 4, n & 0x0F)
        elif c == 0x76:  # GS v 0 m xL xH yL yH d1..dk
            if self.byte() != 0x30:
                raise DecodeError("GS v other than GS v 0")
            _m, xl, xh, yl, yh = self.take(5)
            width_bytes, height = xl + xh * 256, yl + yh * 256
            bits = self.take(width_bytes * height)
            # 1 = printed (black); Pillow's mode "1" stores 1 = white, so invert.
            inverted = bytes(~b & 0xFF for b in bits)
            self.event(Raster(Image.frombytes("1", (width_bytes * 8, height), inverted)))
        elif c == 0x56:  # GS V m [n]: cut
            m = self.byte()
            if m in (65, 66, 97, 98, 103, 104):
                self.byte()
            self.event(CutEvent(m))
        elif c in (0x68, 0x77, 0x48, 0x66):  # GS h/w/H/f: barcode height, width, HRI, font
            self.byte()
        elif c == 0x6B:  # GS k m ...
            m = self.byte()
            if m <= 6:
                end = self.data.index(b"\x00", self.i)
                payload = self.take(end - self.i)
                self.take(1)
            else:
                payload = self.take(self.byte())
            self.event(
                BarcodeEvent(m, _code128_text(payload) if m == 73 else payload.decode("ascii"))
            )
        elif c == 0x28:  # GS ( x pL pH ...
            fn_class = self.byte()
            pl, ph = self.take(2)
            body = self.take(pl + ph * 256)
            if fn_class == 0x6B:  # GS ( k: 2D codes; body = cn fn [params]
                cn, fn = body[0], body[1]
                if cn != 0x31:
                    raise DecodeError("GS ( k for a symbol other than QR")
                if fn == 0x50:  # store data: cn fn m d1..dk
                    self.qr_data = body[3:]
                elif fn == 0x51:  # print stored symbol
                    self.event(QREvent(self.qr_data.decode("utf-8")))
            elif fn_class != 0x4C:  # GS ( L graphics are skipped
                raise DecodeError(f"unknown GS ( 0x{fn_class:02x}")
        else:
            raise DecodeError(f"unknown GS 0x{c:02x}")

    def fs(self) -> None:
        c = self.byte()
        if c == 0x26:  # FS & select Kanji (double-byte) character mode
            self.flush_segment()
            self.kanji = True
        elif c == 0x2E:  # FS . cancel Kanji character mode
            self.flush_segment()
            self.kanji = False
        else:
            raise DecodeError(f"unknown FS 0x{c:02x}")


def _ks_x_1001(data: bytes) -> str:
    """As a KS X 1001 printer reads Korean mode: one glyph per two-byte code, each on its own
    (Python's euc-kr codec would join an 8-byte jamo sequence into one syllable; a printer
    shows its four pieces: the filler ㅤ and three loose jamo)."""
    out, i = [], 0
    while i < len(data):
        if data[i] < 0x80:
            out.append(chr(data[i]))
            i += 1
        else:
            out.append(data[i : i + 2].decode("euc-kr"))
            i += 2
    return "".join(out)


def _code128_text(payload: bytes) -> str:
    """GS k 73 data: "{A"/"{B"/"{C" select code sets, "{{" is a literal brace; code set C
    carries two digits per byte."""
    out: list[str] = []
    code = "B"
    i = 0
    while i < len(payload):
        b = payload[i]
        if b == 0x7B and i + 1 < len(payload):
            nxt = chr(payload[i + 1])
            if nxt in "ABC":
                code = nxt
                i += 2
                continue
            if nxt == "{":
                out.append("{")
                i += 2
                continue
        out.append(f"{b:02d}" if code == "C" else chr(b))
        i += 1
    return "".join(out)
