"""Elliptic curve arithmetic on short Weierstrass curves, for PACE generic mapping.

PACE's generic mapping needs a point addition on a generator of its own (G' = s*G + H),
which no crypto library in the dependency set offers for the brainpool curves. The curves are
small enough to compute here: affine coordinates, Python integers, a modular inverse per step.
Speed is a few milliseconds per scalar multiplication, fine for a handful per chip read.

Not constant-time: PACE keys are ephemeral, used once for one chip read.
"""

from __future__ import annotations

from dataclasses import dataclass

Point = tuple[int, int] | None
"""An affine point; None is the point at infinity."""


class EcError(ValueError):
    """A point is not on the curve or not encoded as an uncompressed point."""


@dataclass(frozen=True)
class Curve:
    name: str
    p: int
    a: int
    b: int
    g: tuple[int, int]
    n: int

    @property
    def size(self) -> int:
        """Bytes per coordinate."""
        return (self.p.bit_length() + 7) // 8

    def contains(self, point: Point) -> bool:
        if point is None:
            return False
        x, y = point
        return (
            0 <= x < self.p
            and 0 <= y < self.p
            and (y * y - x * x * x - self.a * x - self.b) % self.p == 0
        )

    def add(self, first: Point, second: Point) -> Point:
        if first is None:
            return second
        if second is None:
            return first
        (x1, y1), (x2, y2) = first, second
        p = self.p
        if x1 == x2:
            if (y1 + y2) % p == 0:
                return None
            slope = (3 * x1 * x1 + self.a) * pow(2 * y1, -1, p) % p
        else:
            slope = (y2 - y1) * pow(x2 - x1, -1, p) % p
        x3 = (slope * slope - x1 - x2) % p
        return x3, (slope * (x1 - x3) - y1) % p

    def multiply(self, scalar: int, point: Point) -> Point:
        result: Point = None
        addend = point
        while scalar:
            if scalar & 1:
                result = self.add(result, addend)
            addend = self.add(addend, addend)
            scalar >>= 1
        return result

    def encode(self, point: Point) -> bytes:
        """Uncompressed encoding 04 || x || y."""
        if point is None:
            raise EcError("the point at infinity has no encoding")
        return b"\x04" + point[0].to_bytes(self.size, "big") + point[1].to_bytes(self.size, "big")

    def decode(self, data: bytes) -> tuple[int, int]:
        """An uncompressed point that lies on the curve; raises EcError otherwise."""
        if len(data) != 1 + 2 * self.size or data[0] != 0x04:
            raise EcError("not an uncompressed point of this curve")
        point = (
            int.from_bytes(data[1 : 1 + self.size], "big"),
            int.from_bytes(data[1 + self.size :], "big"),
        )
        if not self.contains(point):
            raise EcError("point is not on the curve")
        return point


def _curve(name: str, p: str, a: str, b: str, gx: str, gy: str, n: str) -> Curve:
    return Curve(name, int(p, 16), int(a, 16), int(b, 16), (int(gx, 16), int(gy, 16)), int(n, 16))


NIST_P256 = _curve(
    "secp256r1",
    "FFFFFFFF00000001000000000000000000000000FFFFFFFFFFFFFFFFFFFFFFFF",
    "FFFFFFFF00000001000000000000000000000000FFFFFFFFFFFFFFFFFFFFFFFC",
    "5AC635D8AA3A93E7B3EBBD55769886BC651D06B0CC53B0F63BCE3C3E27D2604B",
    "6B17D1F2E12C4247F8BCE6E563A440F277037D812DEB33A0F4A13945D898C296",
    "4FE342E2FE1A7F9B8EE7EB4A7C0F9E162BCE33576B315ECECBB6406837BF51F5",
    "FFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551",
)
BRAINPOOL_P256R1 = _curve(
    "brainpoolP256r1",
    "A9FB57DBA1EEA9BC3E660A909D838D726E3BF623D52620282013481D1F6E5377",
    "7D5A0975FC2C3057EEF67530417AFFE7FB8055C126DC5C6CE94A4B44F330B5D9",
    "26DC5C6CE94A4B44F330B5D9BBD77CBF958416295CF7E1CE6BCCDC18FF8C07B6",
    "8BD2AEB9CB7E57CB2C4B482FFC81B7AFB9DE27E1E3BD23C23A4453BD9ACE3262",
    "547EF835C3DAC4FD97F8461A14611DC9C27745132DED8E545C1D54C72F046997",
    "A9FB57DBA1EEA9BC3E660A909D838D718C397AA3B561A6F7901E0E82974856A7",
)
BRAINPOOL_P384R1 = _curve(
    "brainpoolP384r1",
    "8CB91E82A3386D280F5D6F7E50E641DF152F7109ED5456B412B1DA197FB71123"
    "ACD3A729901D1A71874700133107EC53",
    "7BC382C63D8C150C3C72080ACE05AFA0C2BEA28E4FB22787139165EFBA91F90F"
    "8AA5814A503AD4EB04A8C7DD22CE2826",
    "04A8C7DD22CE28268B39B55416F0447C2FB77DE107DCD2A62E880EA53EEB62D5"
    "7CB4390295DBC9943AB78696FA504C11",
    "1D1C64F068CF45FFA2A63A81B7C13F6B8847A3E77EF14FE3DB7FCAFE0CBD10E8"
    "E826E03436D646AAEF87B2E247D4AF1E",
    "8ABE1D7520F9C2A45CB1EB8E95CFD55262B70B29FEEC5864E19C054FF9912928"
    "0E4646217791811142820341263C5315",
    "8CB91E82A3386D280F5D6F7E50E641DF152F7109ED5456B31F166E6CAC0425A7"
    "CF3AB6AF6B7FC3103B883202E9046565",
)

STANDARD_DOMAIN_PARAMETERS = {12: NIST_P256, 13: BRAINPOOL_P256R1, 16: BRAINPOOL_P384R1}
"""PACE's standardized domain parameter ids (ICAO 9303 part 11, table 6) Loket supports."""
