"""Korean parcel carriers and their tracking pages (R7, R21, R47).

A tracking number alone tells a customer little; the link to the carrier's tracking page is what
they click. Names are matched loosely ("CJ대한통운", "cj logistics", "CJ") so whatever staff
typed before this table existed still finds its link. An unknown carrier simply has no link.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import quote


@dataclass(frozen=True)
class Carrier:
    code: str
    name_ko: str
    name_en: str
    tracking_url: str  # "{number}" is replaced by the tracking number
    aliases: tuple[str, ...] = ()

    def link(self, number: str) -> str:
        number = "".join(number.split())
        return self.tracking_url.replace("{number}", quote(number, safe="")) if number else ""


CARRIERS: tuple[Carrier, ...] = (
    Carrier(
        "cj",
        "CJ대한통운",
        "CJ Logistics",
        "https://trace.cjlogistics.com/next/tracking.html?wblNo={number}",
        ("cj", "cj대한통운", "대한통운", "cjlogistics", "cj logistics"),
    ),
    Carrier(
        "hanjin",
        "한진택배",
        "Hanjin",
        "https://www.hanjin.com/kor/CMS/DeliveryMgr/WaybillResult.do?mCode=MN038&schLang=KR&wblnum={number}",
        ("한진", "hanjin"),
    ),
    Carrier(
        "lotte",
        "롯데택배",
        "Lotte Global Logistics",
        "https://www.lotteglogis.com/home/reservation/tracking/linkView?InvNo={number}",
        ("롯데", "lotte", "롯데글로벌로지스"),
    ),
    Carrier(
        "epost",
        "우체국택배",
        "Korea Post",
        "https://service.epost.go.kr/trace.RetrieveDomRigiTraceList.comm?sid1={number}",
        ("우체국", "epost", "korea post", "koreapost"),
    ),
    Carrier(
        "logen",
        "로젠택배",
        "Logen",
        "https://www.ilogen.com/web/personal/trace/{number}",
        ("로젠", "logen"),
    ),
    Carrier(
        "kdexp",
        "경동택배",
        "Kyungdong Express",
        "https://kdexp.com/service/delivery/etc/delivery.do?barcode={number}",
        ("경동", "kdexp", "kyungdong"),
    ),
    Carrier(
        "daesin",
        "대신택배",
        "Daesin",
        "https://www.ds3211.co.kr/freight/internalFreightSearch.ht?billno={number}",
        ("대신", "daesin"),
    ),
    Carrier(
        "ilyang",
        "일양로지스",
        "Ilyang Logis",
        "https://www.ilyanglogis.com/functionality/tracking_result.asp?hawb_no={number}",
        ("일양", "ilyang"),
    ),
    Carrier(
        "hdexp",
        "합동택배",
        "Hapdong Express",
        "https://hdexp.co.kr/basic_delivery.hd?barcode={number}",
        ("합동", "hdexp"),
    ),
    Carrier(
        "cupost",
        "CU 편의점택배",
        "CU Post",
        "https://www.cupost.co.kr/postbox/delivery/localResult.cupost?invoice_no={number}",
        ("cu", "cu편의점택배", "cupost"),
    ),
    Carrier(
        "cvsnet",
        "GS Postbox 편의점택배",
        "GS Postbox",
        "https://www.cvsnet.co.kr/invoice/tracking.do?invoice_no={number}",
        ("gs", "gs편의점택배", "gspostbox", "cvsnet"),
    ),
)


def _key(text: str) -> str:
    return "".join(text.lower().split())


_BY_KEY = {
    _key(alias): c
    for c in CARRIERS
    for alias in (c.code, c.name_ko, c.name_en, *c.aliases)
}


def find(name: str) -> Carrier | None:
    """The carrier staff meant by `name`, or None."""
    return _BY_KEY.get(_key(name or ""))


def tracking_link(carrier: str, number: str) -> str:
    """The carrier's tracking page for `number`, or "" for an unknown carrier or no number."""
    found = find(carrier)
    return found.link(number) if found is not None else ""
