<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ko">
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../backoffice/ui/bulk_flow.py" line="49" />
        <source>Also orders still waiting for payment</source>
        <translation>결제대기 중인 주문도 포함</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/bulk_flow.py" line="51" />
        <source>Cancel orders</source>
        <translation>주문 취소</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/bulk_flow.py" line="52" />
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/bulk_flow.py" line="54" />
        <source>Change stage</source>
        <translation>주문상태 변경</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/bulk_flow.py" line="56" />
        <source>Carrier</source>
        <translation>택배사</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/bulk_flow.py" line="57" />
        <source>Tracking number</source>
        <translation>송장번호</translation>
    </message>
</context>
<context>
    <name>BulkFlow</name>
    <message>
        <location filename="../../backoffice/ui/bulk_flow.py" line="191" />
        <source>Working…</source>
        <translation>처리 중…</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/bulk_flow.py" line="191" />
        <source>Stop</source>
        <translation>중지</translation>
    </message>
</context>
<context>
    <name>ColumnChooser</name>
    <message>
        <location filename="../../backoffice/ui/column_chooser.py" line="63" />
        <source>Columns</source>
        <translation>항목 설정</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/column_chooser.py" line="76" />
        <source>Move up</source>
        <translation>위로</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/column_chooser.py" line="77" />
        <source>Move down</source>
        <translation>아래로</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <location filename="../../backoffice/ui/columns.py" line="59" />
        <source>Order code</source>
        <translation>주문번호</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/columns.py" line="60" />
        <source>Shop order no.</source>
        <translation>쇼핑몰 주문번호</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/columns.py" line="61" />
        <source>Ordered at</source>
        <translation>주문일시</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/columns.py" line="62" />
        <source>Buyer</source>
        <translation>주문자</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/columns.py" line="63" />
        <source>Phone</source>
        <translation>연락처</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/columns.py" line="64" />
        <source>Items</source>
        <translation>상품정보</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/columns.py" line="65" />
        <source>Total</source>
        <translation>결제금액</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/columns.py" line="66" />
        <source>Payment</source>
        <translation>결제상태</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/columns.py" line="67" />
        <source>Stage</source>
        <translation>주문상태</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/columns.py" line="68" />
        <source>Channel</source>
        <translation>판매채널</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/columns.py" line="69" />
        <source>Carrier / tracking</source>
        <translation>택배사/송장번호</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/columns.py" line="70" />
        <source>Memo</source>
        <translation>메모</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/columns.py" line="71" />
        <source>Claim</source>
        <translation>클레임</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../backoffice/ui/export_dialog.py" line="44" />
        <location filename="../../backoffice/ui/export_dialog.py" line="77" />
        <source>Export orders</source>
        <translation>주문 내보내기</translation>
    </message>
    <message numerus="yes">
        <location filename="../../backoffice/ui/export_dialog.py" line="52" />
        <source>The %n selected order(s)</source>
        <translation><numerusform>선택한 주문 %n건</numerusform></translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/export_dialog.py" line="54" />
        <source>Every order of this tab, ordered within:</source>
        <translation>이 탭의 모든 주문 (주문일 기간):</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/export_dialog.py" line="62" />
        <source>Browse…</source>
        <translation>찾아보기…</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/export_dialog.py" line="67" />
        <source>File (.xlsx or .csv)</source>
        <translation>파일 (.xlsx 또는 .csv)</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/export_dialog.py" line="77" />
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>엑셀 (*.xlsx);;CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>FilterPanel</name>
    <message>
        <location filename="../../backoffice/ui/filter_panel.py" line="72" />
        <source>Filters</source>
        <translation>상세검색</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/filter_panel.py" line="81" />
        <source>Stage</source>
        <translation>주문상태</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/filter_panel.py" line="86" />
        <source>Ordered</source>
        <translation>주문일</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/filter_panel.py" line="88" />
        <source>Paid</source>
        <translation>결제일</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/filter_panel.py" line="100" />
        <source>Amount</source>
        <translation>결제금액</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/filter_panel.py" line="104" />
        <source>Any channel</source>
        <translation>전체 판매채널</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/filter_panel.py" line="108" />
        <source>Members and guests</source>
        <translation>회원+비회원</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/filter_panel.py" line="109" />
        <source>Members</source>
        <translation>회원</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/filter_panel.py" line="110" />
        <source>Guests</source>
        <translation>비회원</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/filter_panel.py" line="114" />
        <location filename="../../backoffice/ui/filter_panel.py" line="119" />
        <source>Memo</source>
        <translation>메모</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/filter_panel.py" line="115" />
        <location filename="../../backoffice/ui/filter_panel.py" line="120" />
        <source>Open claim</source>
        <translation>진행 중 클레임</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/filter_panel.py" line="116" />
        <location filename="../../backoffice/ui/filter_panel.py" line="121" />
        <source>Cancel request</source>
        <translation>취소요청</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/filter_panel.py" line="129" />
        <source>off</source>
        <translation>사용 안 함</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/filter_panel.py" line="130" />
        <source> days</source>
        <translation>일</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/filter_panel.py" line="132" />
        <source>payment method</source>
        <translation>결제수단</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/filter_panel.py" line="133" />
        <source>Shipping delay</source>
        <translation>배송지연</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/filter_panel.py" line="138" />
        <source>Apply</source>
        <translation>검색</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/filter_panel.py" line="139" />
        <source>Clear</source>
        <translation>초기화</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/filter_panel.py" line="140" />
        <source>Save as tab…</source>
        <translation>탭으로 저장…</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/filter_panel.py" line="151" />
        <source>any</source>
        <translation>전체</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/filter_panel.py" line="152" />
        <source>yes</source>
        <translation>있음</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/filter_panel.py" line="153" />
        <source>no</source>
        <translation>없음</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="9" />
        <location filename="../../backoffice/ui/labels.py" line="33" />
        <source>Pending payment</source>
        <translation>결제대기</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="10" />
        <location filename="../../backoffice/ui/labels.py" line="34" />
        <source>New</source>
        <translation>주문접수</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="11" />
        <location filename="../../backoffice/ui/labels.py" line="35" />
        <source>Preparing</source>
        <translation>상품준비</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="12" />
        <location filename="../../backoffice/ui/labels.py" line="36" />
        <source>Ready</source>
        <translation>배송대기</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="13" />
        <location filename="../../backoffice/ui/labels.py" line="37" />
        <source>Shipped</source>
        <translation>배송중</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="14" />
        <source>Delivered</source>
        <translation>배송완료</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="15" />
        <source>Completed</source>
        <translation>구매확정</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="16" />
        <source>Cancelled</source>
        <translation>취소완료</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="19" />
        <source>Unpaid</source>
        <translation>미결제</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="20" />
        <source>Partly paid</source>
        <translation>부분결제</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="21" />
        <source>Paid</source>
        <translation>결제완료</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="22" />
        <source>Refund due</source>
        <translation>환불필요</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="23" />
        <source>Refunded</source>
        <translation>환불완료</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="26" />
        <source>Web shop</source>
        <translation>자사몰</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="27" />
        <source>Counter</source>
        <translation>매장</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="28" />
        <source>Phone</source>
        <translation>전화주문</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="29" />
        <source>Marketplace</source>
        <translation>오픈마켓</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="32" />
        <source>All</source>
        <translation>전체</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="38" />
        <source>Cancel requests</source>
        <translation>취소요청</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="39" />
        <source>Returns/exchanges</source>
        <translation>반품/교환</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="42" />
        <source>already cancelled</source>
        <translation>이미 취소된 주문</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="43" />
        <source>completed: cannot change</source>
        <translation>구매확정되어 변경 불가</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="44" />
        <source>already at or past that stage</source>
        <translation>이미 해당 단계이거나 지난 주문</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="45" />
        <source>pickup orders are not shipped</source>
        <translation>픽업 주문은 배송하지 않음</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="46" />
        <source>no carrier and tracking number</source>
        <translation>택배사/송장번호 없음</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="47" />
        <source>waiting for payment</source>
        <translation>결제대기 중</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="48" />
        <source>no longer exists</source>
        <translation>삭제된 주문</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="51" />
        <source>Cancel request</source>
        <translation>취소요청</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="52" />
        <source>Claim</source>
        <translation>클레임</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../backoffice/ui/main_window.py" line="98" />
        <source>Search code, shop order no., name, phone, e-mail, tracking (Ctrl+F)</source>
        <translation>주문번호, 쇼핑몰 주문번호, 이름, 연락처, 이메일, 송장번호 검색 (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/main_window.py" line="104" />
        <source>Filters</source>
        <translation>상세검색</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/main_window.py" line="105" />
        <location filename="../../backoffice/ui/main_window.py" line="394" />
        <source>Columns…</source>
        <translation>항목 설정…</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/main_window.py" line="106" />
        <source>Actions</source>
        <translation>일괄처리</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/main_window.py" line="107" />
        <source>Export…</source>
        <translation>내보내기…</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/main_window.py" line="157" />
        <source>Database: %1</source>
        <translation>데이터베이스: %1</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/main_window.py" line="159" />
        <source>Sync: not set up</source>
        <translation>동기화: 설정 안 됨</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/main_window.py" line="171" />
        <location filename="../../backoffice/ui/main_window.py" line="514" />
        <source>Backoffice — Orders</source>
        <translation>백오피스 — 주문관리</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/main_window.py" line="186" />
        <source>Selected → %1</source>
        <translation>선택 주문 → %1</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/main_window.py" line="195" />
        <source>Cancel selected…</source>
        <translation>선택 주문 취소…</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/main_window.py" line="201" />
        <source>Every order of this tab</source>
        <translation>이 탭의 모든 주문</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/main_window.py" line="205" />
        <source>Cancel…</source>
        <translation>취소…</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/main_window.py" line="291" />
        <source>Rename tab</source>
        <translation>탭 이름 변경</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/main_window.py" line="291" />
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/main_window.py" line="324" />
        <source>Save as tab</source>
        <translation>탭으로 저장</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/main_window.py" line="324" />
        <source>Tab name</source>
        <translation>탭 이름</translation>
    </message>
    <message numerus="yes">
        <location filename="../../backoffice/ui/main_window.py" line="474" />
        <source>%n order(s) exported to %1</source>
        <translation><numerusform>주문 %n건을 %1 파일로 내보냈습니다</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../backoffice/ui/main_window.py" line="484" />
        <source>%n new order(s) arrived. Click to dismiss.</source>
        <translation><numerusform>새 주문 %n건이 들어왔습니다. 누르면 닫힙니다.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../backoffice/ui/main_window.py" line="500" />
        <source>%n order(s)</source>
        <translation><numerusform>주문 %n건</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../backoffice/ui/main_window.py" line="502" />
        <source>%n selected</source>
        <translation><numerusform>%n건 선택</numerusform></translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/main_window.py" line="510" />
        <source>Something went wrong</source>
        <translation>문제가 발생했습니다</translation>
    </message>
</context>
<context>
    <name>OrderViewDialog</name>
    <message>
        <location filename="../../backoffice/ui/order_view.py" line="57" />
        <source>Order %1</source>
        <translation>주문 %1</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/order_view.py" line="65" />
        <source>Order code</source>
        <translation>주문번호</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/order_view.py" line="66" />
        <source>Stage</source>
        <translation>주문상태</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/order_view.py" line="67" />
        <source>Buyer</source>
        <translation>주문자</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/order_view.py" line="68" />
        <source>Ordered at</source>
        <translation>주문일시</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/order_view.py" line="69" />
        <source>Total</source>
        <translation>결제금액</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/order_view.py" line="70" />
        <source>Paid</source>
        <translation>결제한 금액</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/order_view.py" line="71" />
        <source>Balance</source>
        <translation>잔액</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/order_view.py" line="75" />
        <source>Item</source>
        <translation>상품</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/order_view.py" line="75" />
        <source>Options</source>
        <translation>옵션</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/order_view.py" line="75" />
        <source>Quantity</source>
        <translation>수량</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/order_view.py" line="75" />
        <source>Amount</source>
        <translation>결제금액</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/order_view.py" line="90" />
        <source>When</source>
        <translation>일시</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/order_view.py" line="90" />
        <source>Who</source>
        <translation>처리자</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/order_view.py" line="90" />
        <source>What</source>
        <translation>내용</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <location filename="../../backoffice/ui/bulk_flow.py" line="90" />
        <source>Before acting</source>
        <translation>일괄처리 확인</translation>
    </message>
    <message numerus="yes">
        <location filename="../../backoffice/ui/bulk_flow.py" line="94" />
        <source>The action applies to %n of the chosen orders.</source>
        <translation><numerusform>선택한 주문 중 %n건에 적용됩니다.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../backoffice/ui/bulk_flow.py" line="96" />
        <source>%n order(s) chosen.</source>
        <translation><numerusform>대상 주문 %n건.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../backoffice/ui/bulk_flow.py" line="102" />
        <source>%n skipped: %1</source>
        <translation><numerusform>%n건 제외: %1</numerusform></translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../backoffice/ui/bulk_flow.py" line="119" />
        <source>Bulk action finished</source>
        <translation>일괄처리 완료</translation>
    </message>
    <message numerus="yes">
        <location filename="../../backoffice/ui/bulk_flow.py" line="121" />
        <source>%n order(s) changed.</source>
        <translation><numerusform>주문 %n건을 처리했습니다.</numerusform></translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/bulk_flow.py" line="123" />
        <source>Stopped before the end.</source>
        <translation>중간에 중지했습니다.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../backoffice/ui/bulk_flow.py" line="125" />
        <source>%n order(s) failed:</source>
        <translation><numerusform>주문 %n건은 실패했습니다:</numerusform></translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/bulk_flow.py" line="129" />
        <source>Order code</source>
        <translation>주문번호</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/bulk_flow.py" line="129" />
        <source>Why</source>
        <translation>사유</translation>
    </message>
</context>
<context>
    <name>TabStrip</name>
    <message>
        <location filename="../../backoffice/ui/tab_strip.py" line="27" />
        <source>Rename…</source>
        <translation>이름 변경…</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/tab_strip.py" line="30" />
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
</context>
</TS>