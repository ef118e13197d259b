"""Vocabulary for demo data: Korean and English names, Korean addresses with postcodes, the
catalogue (products with colour × size variants, KRW prices), carriers, card issuers, reasons.

Only data and tiny pickers; `demo_orders.py` builds orders from it.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

# (surname, romanised, weight %) — roughly the real frequencies.
SURNAMES: tuple[tuple[str, str, int], ...] = (
    ("김", "kim", 21), ("이", "lee", 15), ("박", "park", 8), ("최", "choi", 5), ("정", "jung", 5),
    ("강", "kang", 2), ("조", "cho", 2), ("윤", "yoon", 2), ("장", "jang", 2), ("임", "lim", 2),
    ("한", "han", 1), ("오", "oh", 1), ("서", "seo", 1), ("신", "shin", 1), ("권", "kwon", 1),
    ("황", "hwang", 1), ("안", "ahn", 1), ("송", "song", 1), ("류", "ryu", 1), ("홍", "hong", 1),
    ("전", "jeon", 1), ("고", "ko", 1), ("문", "moon", 1), ("양", "yang", 1), ("배", "bae", 1),
)
GIVEN: tuple[tuple[str, str], ...] = (
    ("민준", "minjun"), ("서준", "seojun"), ("도윤", "doyun"), ("예준", "yejun"), ("시우", "siwoo"),
    ("하준", "hajun"), ("지호", "jiho"), ("주원", "juwon"), ("지훈", "jihoon"), ("현우", "hyunwoo"),
    ("준서", "junseo"), ("건우", "gunwoo"), ("우진", "woojin"), ("민재", "minjae"), ("성민", "sungmin"),
    ("서연", "seoyeon"), ("서윤", "seoyun"), ("지우", "jiwoo"), ("서현", "seohyun"), ("민서", "minseo"),
    ("하은", "haeun"), ("하윤", "hayun"), ("윤서", "yunseo"), ("지유", "jiyu"), ("지민", "jimin"),
    ("채원", "chaewon"), ("수아", "sua"), ("지아", "jia"), ("은지", "eunji"), ("수빈", "subin"),
    ("예린", "yerin"), ("다은", "daeun"), ("영희", "younghee"), ("철수", "chulsoo"), ("미경", "mikyung"),
    ("정훈", "junghoon"), ("상민", "sangmin"), ("혜진", "hyejin"), ("은영", "eunyoung"), ("동현", "donghyun"),
)
EN_FIRST = (
    "Emily", "James", "Olivia", "Daniel", "Sophie", "Michael", "Grace", "David", "Hannah", "Ryan",
    "Chloe", "Lucas", "Mia", "Ethan", "Sarah", "Noah", "Julia", "Alex", "Laura", "Thomas",
)
EN_LAST = (
    "Smith", "Johnson", "Brown", "Taylor", "Wilson", "Martin", "Clark", "Walker", "Young", "King",
    "Wright", "Scott", "Green", "Baker", "Miller", "Davis", "Evans", "Turner", "Hill", "Moore",
)
MAIL_DOMAINS = ("naver.com", "gmail.com", "daum.net", "kakao.com", "hanmail.net", "nate.com")

_SURNAME_WEIGHTS = [w for _, _, w in SURNAMES]


@dataclass(frozen=True)
class Person:
    name: str
    phone: str
    email: str


def phone(rng: random.Random) -> str:
    return f"010-{rng.randrange(2000, 10000)}-{rng.randrange(10000):04d}"


def person(rng: random.Random, english_share: float = 0.08) -> Person:
    if rng.random() < english_share:
        first, last = rng.choice(EN_FIRST), rng.choice(EN_LAST)
        name, local = f"{first} {last}", f"{first}.{last}".lower()
    else:
        surname, roman, _ = rng.choices(SURNAMES, _SURNAME_WEIGHTS)[0]
        given, given_roman = rng.choice(GIVEN)
        name, local = surname + given, f"{given_roman}.{roman}"
    if rng.random() < 0.5:
        local += str(rng.randrange(70, 100) if rng.random() < 0.6 else rng.randrange(1, 999))
    return Person(name, phone(rng), f"{local}@{rng.choice(MAIL_DOMAINS)}")


# (시/도, 구/시, roads, first postcode, last postcode): real districts with their postcode ranges.
DISTRICTS: tuple[tuple[str, str, tuple[str, ...], int, int], ...] = (
    ("서울특별시", "강남구", ("테헤란로", "논현로", "봉은사로", "도산대로", "선릉로"), 6000, 6399),
    ("서울특별시", "마포구", ("월드컵북로", "양화로", "독막로", "와우산로"), 3900, 4199),
    ("서울특별시", "송파구", ("올림픽로", "송파대로", "백제고분로"), 5500, 5899),
    ("서울특별시", "종로구", ("종로", "율곡로", "자하문로"), 3000, 3199),
    ("서울특별시", "관악구", ("관악로", "남부순환로", "신림로"), 8700, 8899),
    ("서울특별시", "성동구", ("왕십리로", "성수이로", "아차산로"), 4700, 4899),
    ("부산광역시", "해운대구", ("해운대로", "센텀중앙로", "달맞이길"), 48000, 48199),
    ("부산광역시", "부산진구", ("중앙대로", "서면로", "전포대로"), 47100, 47399),
    ("인천광역시", "연수구", ("컨벤시아대로", "송도과학로", "해돋이로"), 21900, 22099),
    ("대구광역시", "수성구", ("달구벌대로", "동대구로", "들안로"), 42000, 42299),
    ("대전광역시", "유성구", ("대학로", "계룡로", "엑스포로"), 34100, 34399),
    ("광주광역시", "서구", ("상무대로", "무진대로", "치평로"), 61900, 62099),
    ("경기도", "성남시 분당구", ("판교역로", "불정로", "황새울로"), 13400, 13699),
    ("경기도", "수원시 영통구", ("광교중앙로", "영통로", "봉영로"), 16400, 16799),
    ("경기도", "고양시 일산동구", ("중앙로", "정발산로", "장백로"), 10300, 10499),
    ("제주특별자치도", "제주시", ("노형로", "연북로", "중앙로"), 63100, 63399),
)
JEJU = "제주특별자치도"


@dataclass(frozen=True)
class Address:
    postcode: str
    address1: str
    address2: str
    remote: bool  # Jeju: extra shipping


def address(rng: random.Random) -> Address:
    si, gu, roads, low, high = rng.choice(DISTRICTS)
    road = f"{rng.choice(roads)} {rng.randrange(1, 400)}"
    roll = rng.random()
    if roll < 0.45:
        detail = f"{rng.randrange(101, 120)}동 {rng.randrange(1, 25)}{rng.randrange(1, 6):02d}호"
    elif roll < 0.75:
        detail = f"{rng.randrange(2, 15)}층 {rng.randrange(1, 10):02d}호"
    elif roll < 0.9:
        detail = f"{rng.randrange(1, 6)}층"
    else:
        detail = ""
    return Address(f"{rng.randrange(low, high + 1):05d}", f"{si} {gu} {road}", detail, si == JEJU)


# Products: (code, Korean name, English name, base price, colours, sizes).
COLOURS: dict[str, str] = {
    "BLK": "블랙", "WHT": "화이트", "NVY": "네이비", "GRY": "그레이", "BEI": "베이지",
    "CHR": "차콜", "OAT": "오트밀", "IND": "인디고", "LBL": "라이트블루", "KHK": "카키",
    "PNK": "핑크", "GRN": "그린",
}
PRODUCTS: tuple[tuple[str, str, str, int, tuple[str, ...], tuple[str, ...]], ...] = (
    ("TEE", "오가닉 코튼 티셔츠", "Organic Cotton T-shirt", 19000,
     ("BLK", "WHT", "NVY", "GRY"), ("S", "M", "L", "XL")),
    ("LTE", "롱슬리브 티셔츠", "Long-sleeve T-shirt", 25000, ("BLK", "WHT", "OAT"), ("M", "L", "XL")),
    ("HZP", "오버핏 후드 집업", "Oversized Zip Hoodie", 59000, ("CHR", "OAT", "BLK"), ("M", "L", "XL")),
    ("SWT", "기모 맨투맨", "Fleece Sweatshirt", 39000, ("GRY", "NVY", "BEI"), ("M", "L", "XL")),
    ("DNM", "와이드 데님 팬츠", "Wide Denim Pants", 49000, ("LBL", "IND"), ("S", "M", "L")),
    ("CHN", "코튼 치노 팬츠", "Cotton Chinos", 45000, ("BEI", "KHK", "NVY"), ("S", "M", "L", "XL")),
    ("LIN", "린넨 셔츠", "Linen Shirt", 42000, ("WHT", "BEI", "LBL"), ("S", "M", "L")),
    ("KNT", "울 니트 가디건", "Wool Knit Cardigan", 69000, ("OAT", "GRY", "GRN"), ("M", "L")),
    ("PUF", "경량 패딩 조끼", "Light Padded Vest", 79000, ("BLK", "NVY", "KHK"), ("M", "L", "XL")),
    ("CAP", "볼캡", "Ball Cap", 22000, ("BLK", "BEI", "NVY", "PNK"), ()),
    ("BNI", "니트 비니", "Knit Beanie", 15000, ("BLK", "GRY", "OAT"), ()),
    ("SCK", "데일리 양말 3팩", "Daily Socks 3-pack", 9900, (), ()),
    ("ECO", "캔버스 에코백", "Canvas Tote Bag", 25000, ("OAT", "BLK"), ()),
    ("BPK", "데일리 백팩", "Everyday Backpack", 89000, ("BLK", "GRY"), ()),
    ("MUG", "세라믹 머그", "Ceramic Mug", 12000, ("WHT", "BLK", "PNK"), ()),
    ("TUM", "스테인리스 텀블러", "Stainless Tumbler", 28000, ("WHT", "BLK", "GRN"), ("350ml", "500ml")),
    ("CDL", "소이 캔들", "Soy Candle", 18000, (), ("S", "L")),
    ("DIF", "룸 디퓨저", "Room Diffuser", 32000, (), ()),
    ("TWL", "호텔 타월 2매", "Hotel Towel Set of 2", 24000, ("WHT", "GRY", "BEI"), ()),
    ("BLN", "극세사 담요", "Fleece Blanket", 35000, ("GRY", "PNK", "OAT"), ()),
    ("NTB", "하드커버 노트", "Hardcover Notebook", 8500, ("BLK", "NVY", "GRN"), ()),
    ("PEN", "젤 펜 세트", "Gel Pen Set", 6500, (), ()),
    ("UMB", "3단 자동 우산", "Compact Auto Umbrella", 19900, ("BLK", "NVY", "BEI"), ()),
    ("PHC", "실리콘 폰 케이스", "Silicone Phone Case", 16000, ("BLK", "PNK", "GRN"), ()),
    ("SLP", "실내 슬리퍼", "Indoor Slippers", 14000, ("GRY", "BEI"), ("230", "250", "270")),
    ("SNK", "캔버스 스니커즈", "Canvas Sneakers", 65000, ("WHT", "BLK"), ("240", "250", "260", "270")),
)

CARRIERS: tuple[tuple[str, int], ...] = (
    ("CJ대한통운", 12), ("롯데택배", 12), ("한진택배", 12), ("우체국택배", 13), ("로젠택배", 11),
)
CARD_ISSUERS: tuple[tuple[str, str], ...] = (
    ("신한카드", "455437"), ("삼성카드", "536148"), ("현대카드", "949013"), ("KB국민카드", "457973"),
    ("롯데카드", "540926"), ("하나카드", "465887"), ("BC카드", "940915"), ("우리카드", "552576"),
)
STAFF: tuple[tuple[str, str], ...] = (
    ("김지은", "staff"), ("이하늘", "staff"), ("박민수", "manager"), ("Alex Kim", "staff"),
)
DEMO_PINS = {"staff": "1234", "manager": "0000"}  # sign-in PINs of the demo staff, by role (R48)
GRADES: tuple[tuple[str, int, int], ...] = (("일반", 0, 50), ("실버", 1, 25), ("골드", 3, 17),
                                            ("VIP", 5, 8))  # name, % off, weight
CUSTOM_STATUSES: tuple[tuple[str, str, str], ...] = (
    ("received", "확인 전화 필요 (call customer)", "#e53935"),
    ("preparing", "입고 대기 (waiting for supplier)", "#ff8f00"),
    ("preparing", "선물 포장 (gift wrap)", "#8e24aa"),
    ("ready", "퀵 배송 대기 (courier booked)", "#00acc1"),
)
CANCEL_REASONS = (
    "고객 요청: 단순 변심", "Customer changed their mind", "품절로 인한 취소 (out of stock)",
    "주문 실수로 재주문", "배송 지연으로 고객 취소",
)
CANCEL_REQUEST_REASONS = (
    "배송이 너무 늦어요", "다른 옵션으로 다시 주문할게요", "Ordered by mistake", "주소를 잘못 입력했어요",
)
RETURN_REASONS = (
    "사이즈가 맞지 않아요", "색상이 사진과 달라요", "Arrived damaged", "단순 변심", "불량 (seam open)",
)
EXCHANGE_REASONS = ("한 사이즈 큰 걸로 교환 원해요", "Wrong size, please exchange", "다른 색상으로 교환")
MEMOS = (
    "고객이 전화로 배송 일정 문의함", "포장 꼼꼼히 부탁 (선물용)", "재고 확인 후 연락 드리기로 함",
    "Customer asked for an invoice", "VIP 고객: 사은품 동봉", "주소 변경 요청 받음, 반영 완료",
)
NOTES = (
    "부재 시 문 앞에 놓아주세요", "배송 전 연락 부탁드립니다", "Please leave it with the concierge",
    "경비실에 맡겨주세요", "선물 포장 부탁드려요",
)
MESSAGES_OUT = (
    "주문하신 상품이 입고 지연되어 2~3일 후 출고 예정입니다.", "Your order will ship tomorrow.",
    "교환 상품이 발송되었습니다. 감사합니다.",
)
MESSAGES_IN = ("네 알겠습니다. 기다릴게요!", "Thanks, no problem.", "언제쯤 받을 수 있을까요?")
