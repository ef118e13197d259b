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
    <name>Actions</name>
    <message>
        <location filename="../../backoffice/ui/detail/actions.py" line="33" />
        <source>Receipt</source>
        <translation>영수증</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/actions.py" line="34" />
        <source>Label</source>
        <translation>송장</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/actions.py" line="35" />
        <source>Invoice</source>
        <translation>거래명세서</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/actions.py" line="36" />
        <source>Packing slip</source>
        <translation>패킹리스트</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/actions.py" line="37" />
        <source>Order sheet</source>
        <translation>주문서</translation>
    </message>
</context>
<context>
    <name>ActionsBar</name>
    <message>
        <location filename="../../backoffice/ui/detail/actions.py" line="92" />
        <source>Printing arrives with the printing issue</source>
        <translation>인쇄 기능은 인쇄 작업에서 추가됩니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/actions.py" line="96" />
        <source>Copy payment link</source>
        <translation>결제링크 복사</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/actions.py" line="98" />
        <source>Delete order…</source>
        <translation>주문 삭제…</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/actions.py" line="100" />
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/actions.py" line="113" />
        <source>No open payment request (R22)</source>
        <translation>요청중인 결제요청이 없습니다 (R22)</translation>
    </message>
</context>
<context>
    <name>AddLines</name>
    <message>
        <location filename="../../backoffice/ui/detail/add_lines.py" line="32" />
        <source>Free line</source>
        <translation>직접 입력 상품</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/add_lines.py" line="33" />
        <source>Surcharge</source>
        <translation>추가 요금</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/add_lines.py" line="34" />
        <source>Refund of an amount</source>
        <translation>금액 환급</translation>
    </message>
</context>
<context>
    <name>AddLinesBox</name>
    <message>
        <location filename="../../backoffice/ui/detail/add_lines.py" line="43" />
        <source>Add lines</source>
        <translation>상품추가</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/add_lines.py" line="48" />
        <source>Scan or search by name or SKU, then Enter</source>
        <translation>바코드 스캔 또는 상품명·SKU 검색 후 Enter</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/add_lines.py" line="54" />
        <source>Add product</source>
        <translation>상품추가</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/add_lines.py" line="58" />
        <location filename="../../backoffice/ui/detail/add_lines.py" line="76" />
        <source>Qty</source>
        <translation>수량</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/add_lines.py" line="66" />
        <source>Description</source>
        <translation>내용</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/add_lines.py" line="68" />
        <source>Price</source>
        <translation>가격</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/add_lines.py" line="71" />
        <source>Add line</source>
        <translation>항목 추가</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/add_lines.py" line="125" />
        <source>No product matches %1</source>
        <translation>'%1'에 맞는 상품이 없습니다</translation>
    </message>
</context>
<context>
    <name>AddressDialog</name>
    <message>
        <location filename="../../backoffice/ui/detail/address_dialog.py" line="16" />
        <source>Edit address %1</source>
        <translation>배송지 %1 수정</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/address_dialog.py" line="18" />
        <source>New address</source>
        <translation>새 배송지</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/address_dialog.py" line="28" />
        <source>Recipient</source>
        <translation>받는 분</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/address_dialog.py" line="29" />
        <source>Phone</source>
        <translation>연락처</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/address_dialog.py" line="30" />
        <source>Postcode</source>
        <translation>우편번호</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/address_dialog.py" line="31" />
        <source>Address</source>
        <translation>주소</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/address_dialog.py" line="32" />
        <source>Address line 2</source>
        <translation>상세주소</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/address_dialog.py" line="33" />
        <source>Delivery note</source>
        <translation>배송 메모</translation>
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
    <name>Claims</name>
    <message>
        <location filename="../../backoffice/ui/detail/claims.py" line="40" />
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/claims.py" line="41" />
        <source>Return</source>
        <translation>반품</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/claims.py" line="42" />
        <source>Exchange</source>
        <translation>교환</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/claims.py" line="43" />
        <source>Cancel request (customer)</source>
        <translation>취소요청 (고객)</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/claims.py" line="46" />
        <source>Requested</source>
        <translation>요청</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/claims.py" line="47" />
        <source>Approved</source>
        <translation>승인</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/claims.py" line="48" />
        <source>Rejected</source>
        <translation>거절</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/claims.py" line="49" />
        <source>Completed</source>
        <translation>완료</translation>
    </message>
</context>
<context>
    <name>ClaimsPanel</name>
    <message>
        <location filename="../../backoffice/ui/detail/claims.py" line="91" />
        <source>New claim</source>
        <translation>새 클레임 (취소/반품/교환)</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/claims.py" line="95" />
        <source>Item</source>
        <translation>상품</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/claims.py" line="95" />
        <source>Available</source>
        <translation>가능 수량</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/claims.py" line="95" />
        <source>Quantity</source>
        <translation>수량</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/claims.py" line="107" />
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/claims.py" line="108" />
        <location filename="../../backoffice/ui/detail/claims.py" line="196" />
        <source>Cancel these units</source>
        <translation>선택 수량 취소</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/claims.py" line="114" />
        <source>Pickup (collection)</source>
        <translation>회수지</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/claims.py" line="122" />
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/claims.py" line="123" />
        <source>Phone</source>
        <translation>연락처</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/claims.py" line="124" />
        <source>Address</source>
        <translation>주소</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/claims.py" line="125" />
        <source>Carrier</source>
        <translation>택배사</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/claims.py" line="144" />
        <source>Approve</source>
        <translation>승인</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/claims.py" line="147" />
        <source>Reason for rejecting</source>
        <translation>거절 사유</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/claims.py" line="148" />
        <source>Reject</source>
        <translation>거절</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/claims.py" line="150" />
        <source>Damaged (not restocked)</source>
        <translation>파손 (재고 미반영)</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/claims.py" line="151" />
        <source>Complete</source>
        <translation>완료 처리</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/claims.py" line="196" />
        <source>Open claim</source>
        <translation>클레임 접수</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/claims.py" line="223" />
        <source>Choose a requested claim (R27)</source>
        <translation>요청 상태의 클레임을 선택하세요 (R27)</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/claims.py" line="231" />
        <source>Only an approved claim can be completed (R27)</source>
        <translation>승인된 클레임만 완료할 수 있습니다 (R27)</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/claims.py" line="236" />
        <source>Only returned goods can be marked damaged (R15)</source>
        <translation>반품 상품만 파손으로 표시할 수 있습니다 (R15)</translation>
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
    <name>ConflictsDialog</name>
    <message>
        <location filename="../../backoffice/ui/sync_status.py" line="188" />
        <location filename="../../backoffice/ui/sync_status.py" line="235" />
        <source>Sync conflicts</source>
        <translation>동기화 충돌</translation></message>
    <message>
        <location filename="../../backoffice/ui/sync_status.py" line="194" />
        <source>Order</source>
        <translation>주문</translation></message>
    <message>
        <location filename="../../backoffice/ui/sync_status.py" line="194" />
        <source>What</source>
        <translation>항목</translation></message>
    <message>
        <location filename="../../backoffice/ui/sync_status.py" line="194" />
        <source>This computer</source>
        <translation>이 컴퓨터</translation></message>
    <message>
        <location filename="../../backoffice/ui/sync_status.py" line="194" />
        <source>Web shop</source>
        <translation>쇼핑몰</translation></message>
    <message>
        <location filename="../../backoffice/ui/sync_status.py" line="199" />
        <source>Keep local</source>
        <translation>이 컴퓨터 값 유지</translation></message>
    <message>
        <location filename="../../backoffice/ui/sync_status.py" line="200" />
        <source>Take shop's</source>
        <translation>쇼핑몰 값 적용</translation></message>
</context>
<context>
    <name>CounterSaleDialog</name>
    <message>
        <location filename="../../backoffice/ui/counter_sale.py" line="87" />
        <source>New counter order</source>
        <translation>매장 주문 등록</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/counter_sale.py" line="94" />
        <source>Scan a barcode or type a name, then Enter</source>
        <translation>바코드 스캔 또는 상품명 입력 후 Enter</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/counter_sale.py" line="98" />
        <source>Add</source>
        <translation>추가</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/counter_sale.py" line="119" />
        <source>Remove</source>
        <translation>삭제</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/counter_sale.py" line="129" />
        <source>Buyer</source>
        <translation>주문자</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/counter_sale.py" line="132" />
        <source>Member name or phone, then Enter</source>
        <translation>회원 이름 또는 전화번호 입력 후 Enter</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/counter_sale.py" line="136" />
        <location filename="../../backoffice/ui/counter_sale.py" line="275" />
        <location filename="../../backoffice/ui/counter_sale.py" line="333" />
        <source>Guest</source>
        <translation>비회원</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/counter_sale.py" line="138" />
        <source>Guest name</source>
        <translation>비회원 이름</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/counter_sale.py" line="140" />
        <source>Guest phone</source>
        <translation>비회원 전화번호</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/counter_sale.py" line="150" />
        <source>Payment</source>
        <translation>결제</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/counter_sale.py" line="153" />
        <source>Cash</source>
        <translation>현금</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/counter_sale.py" line="154" />
        <source>Card</source>
        <translation>카드</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/counter_sale.py" line="155" />
        <source>Send a payment request</source>
        <translation>결제요청 보내기</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/counter_sale.py" line="161" />
        <source>Card issuer</source>
        <translation>카드사</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/counter_sale.py" line="163" />
        <source>Card number</source>
        <translation>카드번호</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/counter_sale.py" line="167" />
        <source>Pay (F12)</source>
        <translation>결제 (F12)</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/counter_sale.py" line="199" />
        <source>Unexpected error: %1</source>
        <translation>예상하지 못한 오류: %1</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/counter_sale.py" line="221" />
        <source>No product matches %1</source>
        <translation>'%1'에 맞는 상품이 없습니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/counter_sale.py" line="264" />
        <source>Scan or add a product first</source>
        <translation>먼저 상품을 스캔하거나 추가하세요</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/counter_sale.py" line="277" />
        <source>member</source>
        <translation>회원</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/counter_sale.py" line="277" />
        <source>guest</source>
        <translation>비회원</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/counter_sale.py" line="282" />
        <source>No customer found</source>
        <translation>고객을 찾지 못했습니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/counter_sale.py" line="321" />
        <source>Order %1 created: %2</source>
        <translation>주문 %1 등록: %2</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/counter_sale.py" line="325" />
        <source>payment link copied</source>
        <translation>결제링크 복사됨</translation>
    </message>
</context>
<context>
    <name>DeleteDialog</name>
    <message>
        <location filename="../../backoffice/ui/detail/actions.py" line="57" />
        <source>Delete order</source>
        <translation>주문 삭제</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/actions.py" line="61" />
        <source>Delete order %1? Its stock returns; it cannot be restored.</source>
        <translation>주문 %1을 삭제할까요? 재고는 돌아가며 복구할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/actions.py" line="68" />
        <source>Reason</source>
        <translation>사유</translation>
    </message>
</context>
<context>
    <name>DetailColumns</name>
    <message>
        <location filename="../../backoffice/ui/counter_sale.py" line="57" />
        <location filename="../../backoffice/ui/detail/items.py" line="74" />
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/counter_sale.py" line="59" />
        <location filename="../../backoffice/ui/detail/items.py" line="75" />
        <source>Item</source>
        <translation>상품</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/counter_sale.py" line="64" />
        <location filename="../../backoffice/ui/detail/items.py" line="76" />
        <source>Qty</source>
        <translation>수량</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/counter_sale.py" line="66" />
        <location filename="../../backoffice/ui/detail/items.py" line="79" />
        <source>Unit price</source>
        <translation>단가</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/counter_sale.py" line="70" />
        <location filename="../../backoffice/ui/detail/items.py" line="85" />
        <source>Line total</source>
        <translation>금액</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/claims.py" line="63" />
        <location filename="../../backoffice/ui/detail/shipments.py" line="49" />
        <location filename="../../backoffice/ui/detail/timeline.py" line="79" />
        <source>Kind</source>
        <translation>구분</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/claims.py" line="65" />
        <location filename="../../backoffice/ui/detail/payments.py" line="98" />
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/claims.py" line="69" />
        <source>Quantities</source>
        <translation>수량</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/claims.py" line="73" />
        <location filename="../../backoffice/ui/detail/payments.py" line="125" />
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/claims.py" line="76" />
        <source>Pickup</source>
        <translation>회수지</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/claims.py" line="78" />
        <source>Value</source>
        <translation>금액</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/claims.py" line="82" />
        <source>Opened</source>
        <translation>접수일</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/items.py" line="77" />
        <source>Cancelled/returned</source>
        <translation>취소/반품</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/items.py" line="83" />
        <source>Discount</source>
        <translation>할인</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/payments.py" line="72" />
        <source>Method</source>
        <translation>결제수단</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/payments.py" line="74" />
        <location filename="../../backoffice/ui/detail/payments.py" line="93" />
        <source>Amount</source>
        <translation>금액</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/payments.py" line="78" />
        <source>Date</source>
        <translation>일시</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/payments.py" line="79" />
        <source>PG transaction</source>
        <translation>PG 거래번호</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/payments.py" line="80" />
        <source>Card issuer</source>
        <translation>카드사</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/payments.py" line="81" />
        <source>Card</source>
        <translation>카드</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/payments.py" line="83" />
        <source>Instalments</source>
        <translation>할부</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/payments.py" line="103" />
        <source>Requested</source>
        <translation>요청일</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/payments.py" line="104" />
        <source>Link</source>
        <translation>결제링크</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/payments.py" line="123" />
        <source>Refunded</source>
        <translation>환불</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/payments.py" line="124" />
        <source>Portions</source>
        <translation>내역</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/shipments.py" line="48" />
        <source>No.</source>
        <translation>번호</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/shipments.py" line="51" />
        <source>Stage</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/shipments.py" line="53" />
        <source>Contents</source>
        <translation>상품</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/shipments.py" line="55" />
        <source>Address</source>
        <translation>주소</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/shipments.py" line="59" />
        <source>Carrier</source>
        <translation>택배사</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/shipments.py" line="60" />
        <source>Tracking no.</source>
        <translation>송장번호</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/timeline.py" line="77" />
        <source>When</source>
        <translation>일시</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/timeline.py" line="78" />
        <source>Who</source>
        <translation>처리자</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/timeline.py" line="80" />
        <source>What</source>
        <translation>내용</translation>
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
        <translation>
            <numerusform>선택한 주문 %n건</numerusform>
        </translation>
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
    <name>HeaderPanel</name>
    <message>
        <location filename="../../backoffice/ui/detail/header.py" line="70" />
        <source>Shop order no.</source>
        <translation>쇼핑몰 주문번호</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/header.py" line="71" />
        <source>Channel</source>
        <translation>판매채널</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/header.py" line="72" />
        <source>Buyer</source>
        <translation>주문자</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/header.py" line="73" />
        <source>Ordered</source>
        <translation>주문일시</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/header.py" line="74" />
        <source>Paid</source>
        <translation>결제일시</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/header.py" line="86" />
        <source>Move</source>
        <translation>변경</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/header.py" line="89" />
        <source>Reason (cancel, revert)</source>
        <translation>사유 (취소, 되돌리기)</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/header.py" line="90" />
        <source>Cancel order</source>
        <translation>주문 취소</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/header.py" line="93" />
        <source>Revert</source>
        <translation>되돌리기</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/header.py" line="95" />
        <source>Un-cancel</source>
        <translation>취소 철회</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/header.py" line="97" />
        <source>Move to</source>
        <translation>상태 변경</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/header.py" line="103" />
        <source>Back to</source>
        <translation>되돌릴 상태</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/header.py" line="135" />
        <source>Member</source>
        <translation>회원</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/header.py" line="135" />
        <source>Guest</source>
        <translation>비회원</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/header.py" line="163" />
        <source>No stage to move to</source>
        <translation>옮길 수 있는 상태가 없습니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/header.py" line="181" />
        <source>Prepare anyway</source>
        <translation>그래도 상품준비로</translation>
    </message>
</context>
<context>
    <name>Items</name>
    <message>
        <location filename="../../backoffice/ui/detail/items.py" line="38" />
        <source>No open edit</source>
        <translation>수정 없음</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/items.py" line="39" />
        <source>Editing</source>
        <translation>수정중</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/items.py" line="40" />
        <source>Confirmation requested</source>
        <translation>확인 요청중</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/items.py" line="41" />
        <source>Confirmed by the customer</source>
        <translation>확인 완료</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/items.py" line="45" />
        <source>free</source>
        <translation>직접입력</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/items.py" line="46" />
        <source>surcharge</source>
        <translation>추가요금</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/items.py" line="47" />
        <source>refund</source>
        <translation>환급</translation>
    </message>
</context>
<context>
    <name>ItemsPanel</name>
    <message>
        <location filename="../../backoffice/ui/detail/items.py" line="108" />
        <source>Selected line</source>
        <translation>선택한 상품</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/items.py" line="112" />
        <source>Change quantity</source>
        <translation>수량 변경</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/items.py" line="115" />
        <source>Discount</source>
        <translation>할인</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/items.py" line="117" />
        <source>amount</source>
        <translation>금액</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/items.py" line="119" />
        <source>Apply discount</source>
        <translation>할인 적용</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/items.py" line="121" />
        <source>Remove line</source>
        <translation>상품 삭제</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/items.py" line="123" />
        <source>Quantity</source>
        <translation>수량</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/items.py" line="140" />
        <source>Ask the customer to confirm</source>
        <translation>고객에게 확인 요청</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/items.py" line="142" />
        <source>Withdraw the request</source>
        <translation>요청취소</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/items.py" line="169" />
        <source>Edit: %1</source>
        <translation>주문수정: %1</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/items.py" line="179" />
        <source>Items %1 · Total %2 · Balance %3</source>
        <translation>상품 %1 · 합계 %2 · 잔액 %3</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/items.py" line="202" />
        <source>Choose a line first</source>
        <translation>먼저 상품을 선택하세요</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/items.py" line="208" />
        <source>A refund line cannot be discounted (R17)</source>
        <translation>환급 항목은 할인할 수 없습니다 (R17)</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/items.py" line="230" />
        <source>A percentage is a whole number from 0 to 100</source>
        <translation>할인율은 0에서 100 사이의 정수입니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/items.py" line="264" />
        <source>→ new total %1</source>
        <translation>→ 변경 후 합계 %1</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/items.py" line="310" />
        <source>The customer was asked to confirm the edited order</source>
        <translation>고객에게 수정된 주문의 확인을 요청했습니다</translation>
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
    <name>MainMenus</name>
    <message>
        <location filename="../../backoffice/ui/main_menus.py" line="25" />
        <source>&amp;Orders</source>
        <translation>주문(&amp;O)</translation></message>
    <message>
        <location filename="../../backoffice/ui/main_menus.py" line="26" />
        <source>New counter sale…</source>
        <translation>새 매장 판매…</translation></message>
    <message>
        <location filename="../../backoffice/ui/main_menus.py" line="31" />
        <source>Print labels for the selected orders</source>
        <translation>선택한 주문 라벨 인쇄</translation></message>
    <message>
        <location filename="../../backoffice/ui/main_menus.py" line="35" />
        <source>Print receipts for the selected orders</source>
        <translation>선택한 주문 영수증 인쇄</translation></message>
    <message>
        <location filename="../../backoffice/ui/main_menus.py" line="39" />
        <source>&amp;Printing</source>
        <translation>인쇄(&amp;P)</translation></message>
    <message>
        <location filename="../../backoffice/ui/main_menus.py" line="41" />
        <source>Print queue…</source>
        <translation>인쇄 대기열…</translation></message>
    <message>
        <location filename="../../backoffice/ui/main_menus.py" line="44" />
        <source>Printer settings…</source>
        <translation>프린터 설정…</translation></message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../backoffice/ui/main_window.py" line="102" />
        <source>Search code, shop order no., name, phone, e-mail, tracking (Ctrl+F)</source>
        <translation>주문번호, 쇼핑몰 주문번호, 이름, 연락처, 이메일, 송장번호 검색 (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/main_window.py" line="108" />
        <source>Filters</source>
        <translation>상세검색</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/main_window.py" line="109" />
        <location filename="../../backoffice/ui/main_window.py" line="414" />
        <source>Columns…</source>
        <translation>항목 설정…</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/main_window.py" line="110" />
        <source>Actions</source>
        <translation>일괄처리</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/main_window.py" line="111" />
        <source>Export…</source>
        <translation>내보내기…</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/main_window.py" line="162" />
        <source>Database: %1</source>
        <translation>데이터베이스: %1</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/main_window.py" line="164" />
        <source>Sync: not set up</source>
        <translation>동기화: 설정 안 됨</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/main_window.py" line="176" />
        <location filename="../../backoffice/ui/main_window.py" line="542" />
        <source>Backoffice — Orders</source>
        <translation>백오피스 — 주문관리</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/main_window.py" line="191" />
        <source>Selected → %1</source>
        <translation>선택 주문 → %1</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/main_window.py" line="200" />
        <source>Cancel selected…</source>
        <translation>선택 주문 취소…</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/main_window.py" line="206" />
        <source>Every order of this tab</source>
        <translation>이 탭의 모든 주문</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/main_window.py" line="210" />
        <source>Cancel…</source>
        <translation>취소…</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/main_window.py" line="297" />
        <source>Rename tab</source>
        <translation>탭 이름 변경</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/main_window.py" line="297" />
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/main_window.py" line="330" />
        <source>Save as tab</source>
        <translation>탭으로 저장</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/main_window.py" line="330" />
        <source>Tab name</source>
        <translation>탭 이름</translation>
    </message>
    <message numerus="yes">
        <location filename="../../backoffice/ui/main_window.py" line="502" />
        <source>%n order(s) exported to %1</source>
        <translation>
            <numerusform>주문 %n건을 %1 파일로 내보냈습니다</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../backoffice/ui/main_window.py" line="512" />
        <source>%n new order(s) arrived. Click to dismiss.</source>
        <translation>
            <numerusform>새 주문 %n건이 들어왔습니다. 누르면 닫힙니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../backoffice/ui/main_window.py" line="528" />
        <source>%n order(s)</source>
        <translation>
            <numerusform>주문 %n건</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../backoffice/ui/main_window.py" line="530" />
        <source>%n selected</source>
        <translation>
            <numerusform>%n건 선택</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/main_window.py" line="538" />
        <source>Something went wrong</source>
        <translation>문제가 발생했습니다</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../../backoffice/ui/detail/message_bar.py" line="24" />
        <source>Close this message</source>
        <translation>메시지 닫기</translation>
    </message>
</context>
<context>
    <name>OrderDetailDialog</name>
    <message>
        <location filename="../../backoffice/ui/detail/dialog.py" line="61" />
        <source>Order %1</source>
        <translation>주문상세 %1</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/dialog.py" line="71" />
        <source>Items</source>
        <translation>상품</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/dialog.py" line="72" />
        <source>Shipments</source>
        <translation>배송</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/dialog.py" line="73" />
        <source>Payments</source>
        <translation>결제</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/dialog.py" line="74" />
        <source>Claims</source>
        <translation>취소/반품/교환</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/dialog.py" line="75" />
        <source>Timeline</source>
        <translation>타임라인</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/dialog.py" line="155" />
        <source>This order was changed elsewhere: nothing was saved. It has been reloaded.</source>
        <translation>다른 곳에서 주문이 변경되어 저장하지 않았습니다. 주문을 다시 불러왔습니다.</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/dialog.py" line="168" />
        <source>Unexpected error: %1</source>
        <translation>예상하지 못한 오류: %1</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/dialog.py" line="188" />
        <source>Order %1 no longer exists.</source>
        <translation>주문 %1이 더 이상 없습니다.</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/dialog.py" line="223" />
        <source>This order was changed elsewhere — reloaded</source>
        <translation>다른 곳에서 주문이 변경되어 다시 불러왔습니다</translation>
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
    <name>PaymentStates</name>
    <message>
        <location filename="../../backoffice/ui/detail/payments.py" line="42" />
        <source>Requested</source>
        <translation>결제 요청중</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/payments.py" line="43" />
        <source>Paid</source>
        <translation>결제완료</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/payments.py" line="44" />
        <source>Withdrawn</source>
        <translation>요청취소</translation>
    </message>
</context>
<context>
    <name>Payments</name>
    <message>
        <location filename="../../backoffice/ui/detail/payments.py" line="54" />
        <source>Paid</source>
        <translation>결제금액</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/payments.py" line="47" />
        <source>Order amount</source>
        <translation>주문금액</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/payments.py" line="48" />
        <source>Manual discount</source>
        <translation>수동 할인</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/payments.py" line="49" />
        <source>Shipping</source>
        <translation>배송비</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/payments.py" line="50" />
        <source>Grade discount</source>
        <translation>등급 할인</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/payments.py" line="51" />
        <source>Coupon</source>
        <translation>쿠폰</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/payments.py" line="52" />
        <source>Points</source>
        <translation>적립금</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/payments.py" line="53" />
        <source>Total</source>
        <translation>합계</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/payments.py" line="55" />
        <source>Refunded</source>
        <translation>환불</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/payments.py" line="56" />
        <source>Balance</source>
        <translation>잔액</translation>
    </message>
</context>
<context>
    <name>PaymentsPanel</name>
    <message>
        <location filename="../../backoffice/ui/detail/payments.py" line="145" />
        <source>Breakdown</source>
        <translation>결제 내역</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/payments.py" line="153" />
        <source>Payment status</source>
        <translation>결제상태</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/payments.py" line="158" />
        <source>Refunds</source>
        <translation>환불 내역</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/payments.py" line="166" />
        <source>Payments</source>
        <translation>결제</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/payments.py" line="172" />
        <source>Payment requests</source>
        <translation>결제요청</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/payments.py" line="176" />
        <source>Amount (empty: the balance)</source>
        <translation>금액 (비우면 잔액)</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/payments.py" line="177" />
        <source>Request payment</source>
        <translation>결제요청</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/payments.py" line="179" />
        <source>Copy payment link</source>
        <translation>결제링크 복사</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/payments.py" line="181" />
        <source>Withdraw request</source>
        <translation>요청취소</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/payments.py" line="193" />
        <source>PG transaction</source>
        <translation>PG 거래번호</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/payments.py" line="195" />
        <source>Card issuer</source>
        <translation>카드사</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/payments.py" line="197" />
        <source>Card number</source>
        <translation>카드번호</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/payments.py" line="200" />
        <source> mo.</source>
        <translation>개월</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/payments.py" line="201" />
        <source>Mark paid</source>
        <translation>결제완료 처리</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/payments.py" line="245" />
        <source>Choose an open payment request (R22)</source>
        <translation>요청중인 결제요청을 선택하세요 (R22)</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/payments.py" line="270" />
        <source>Payment requested; the link is on the clipboard</source>
        <translation>결제요청을 보냈습니다. 결제링크가 복사되었습니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/payments.py" line="287" />
        <source>Payment link copied</source>
        <translation>결제링크를 복사했습니다</translation>
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
        <translation>
            <numerusform>선택한 주문 중 %n건에 적용됩니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../backoffice/ui/bulk_flow.py" line="96" />
        <source>%n order(s) chosen.</source>
        <translation>
            <numerusform>대상 주문 %n건.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../backoffice/ui/bulk_flow.py" line="102" />
        <source>%n skipped: %1</source>
        <translation>
            <numerusform>%n건 제외: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <location filename="../../backoffice/ui/printing/preview.py" line="54" />
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/printing/preview.py" line="57" />
        <source>Preparing the preview…</source>
        <translation>미리보기를 준비하는 중…</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/printing/preview.py" line="66" />
        <source>Print</source>
        <translation>인쇄</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/printing/preview.py" line="67" />
        <source>Save…</source>
        <translation>저장…</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/printing/preview.py" line="68" />
        <source>Open</source>
        <translation>열기</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/printing/preview.py" line="69" />
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/printing/preview.py" line="107" />
        <source>This is an A4 document: save it as a PDF, or open it in your PDF viewer.</source>
        <translation>A4 문서입니다: PDF로 저장하거나 PDF 뷰어로 여세요.</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/printing/preview.py" line="113" />
        <source>No printer is set up for this document (printer settings).</source>
        <translation>이 문서를 인쇄할 프린터가 설정되지 않았습니다 (프린터 설정).</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/printing/preview.py" line="115" />
        <source>Printer: %1</source>
        <translation>프린터: %1</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/printing/preview.py" line="148" />
        <source>Saved to %1</source>
        <translation>%1에 저장했습니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/printing/preview.py" line="154" />
        <source>Picture (*.png);;Printer bytes (*.bin)</source>
        <translation>이미지 (*.png);;프린터 데이터 (*.bin)</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/printing/preview.py" line="156" />
        <source>PDF (*.pdf);;Picture (*.png);;Printer bytes (*.bin)</source>
        <translation>PDF (*.pdf);;이미지 (*.png);;프린터 데이터 (*.bin)</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/printing/preview.py" line="159" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/printing/preview.py" line="162" />
        <source>Save</source>
        <translation>저장</translation>
    </message>
</context>
<context>
    <name>PrintQueue</name>
    <message>
        <location filename="../../backoffice/ui/printing/queue_model.py" line="40" />
        <source>Time</source>
        <translation>시간</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/printing/queue_model.py" line="41" />
        <source>Order</source>
        <translation>주문</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/printing/queue_model.py" line="42" />
        <source>Document</source>
        <translation>문서</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/printing/queue_model.py" line="43" />
        <source>Printer</source>
        <translation>프린터</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/printing/queue_model.py" line="44" />
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/printing/queue_model.py" line="45" />
        <source>Error</source>
        <translation>오류</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/printing/queue_model.py" line="48" />
        <source>Receipt</source>
        <translation>영수증</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/printing/queue_model.py" line="49" />
        <source>Shipping label</source>
        <translation>배송 라벨</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/printing/queue_model.py" line="50" />
        <source>Invoice</source>
        <translation>거래명세서</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/printing/queue_model.py" line="51" />
        <source>Packing slip</source>
        <translation>포장 명세서</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/printing/queue_model.py" line="52" />
        <source>Order sheet</source>
        <translation>주문서</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/printing/queue_model.py" line="55" />
        <source>Queued</source>
        <translation>대기</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/printing/queue_model.py" line="56" />
        <source>Sending</source>
        <translation>전송 중</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/printing/queue_model.py" line="57" />
        <source>Printed</source>
        <translation>출력됨</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/printing/queue_model.py" line="58" />
        <source>Failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/printing/queue_model.py" line="59" />
        <source>Not confirmed</source>
        <translation>확인 안 됨</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/printing/queue_model.py" line="60" />
        <source>Cancelled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/printing/queue_model.py" line="166" />
        <source>%1 and %2 more</source>
        <translation>%1 외 %2건</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/printing/queue_model.py" line="171" />
        <source>%1 (reprint)</source>
        <translation>%1 (재출력)</translation>
    </message>
</context>
<context>
    <name>PrintQueueDialog</name>
    <message>
        <location filename="../../backoffice/ui/printing/queue_view.py" line="41" />
        <source>Print queue</source>
        <translation>인쇄 대기열</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/printing/queue_view.py" line="57" />
        <source>Only jobs that need attention</source>
        <translation>확인이 필요한 작업만</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/printing/queue_view.py" line="59" />
        <source>Retry</source>
        <translation>다시 시도</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/printing/queue_view.py" line="60" />
        <source>Reprint</source>
        <translation>재출력</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/printing/queue_view.py" line="61" />
        <source>Send to other printer…</source>
        <translation>다른 프린터로 보내기…</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/printing/queue_view.py" line="62" />
        <location filename="../../backoffice/ui/printing/queue_view.py" line="253" />
        <source>Save as PDF…</source>
        <translation>PDF로 저장…</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/printing/queue_view.py" line="63" />
        <source>Cancel job</source>
        <translation>작업 취소</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/printing/queue_view.py" line="64" />
        <source>Refresh</source>
        <translation>새로 고침</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/printing/queue_view.py" line="65" />
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/printing/queue_view.py" line="136" />
        <source>Job #%1 is queued again.</source>
        <translation>작업 #%1을(를) 다시 대기열에 넣었습니다.</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/printing/queue_view.py" line="146" />
        <source>A reprint of job #%1 is queued.</source>
        <translation>작업 #%1의 재출력을 대기열에 넣었습니다.</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/printing/queue_view.py" line="156" />
        <source>Job #%1 goes to the other printer.</source>
        <translation>작업 #%1을(를) 다른 프린터로 보냅니다.</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/printing/queue_view.py" line="180" />
        <source>Saved to %1</source>
        <translation>%1에 저장했습니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/printing/queue_view.py" line="212" />
        <source>Send to other printer</source>
        <translation>다른 프린터로 보내기</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/printing/queue_view.py" line="213" />
        <source>Printer address (tcp://HOST:PORT, usb://VID:PID, …):</source>
        <translation>프린터 주소 (tcp://HOST:PORT, usb://VID:PID, …):</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/printing/queue_view.py" line="226" />
        <source>Picture (*.png);;Printer bytes (*.bin)</source>
        <translation>이미지 (*.png);;프린터 데이터 (*.bin)</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/printing/queue_view.py" line="229" />
        <source>PDF (*.pdf);;Picture (*.png);;Printer bytes (*.bin)</source>
        <translation>PDF (*.pdf);;이미지 (*.png);;프린터 데이터 (*.bin)</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/printing/queue_view.py" line="232" />
        <source>Save print job</source>
        <translation>인쇄 작업 저장</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/printing/queue_view.py" line="251" />
        <source>Save as picture…</source>
        <translation>이미지로 저장…</translation>
    </message>
</context>
<context>
    <name>PrinterBox</name>
    <message>
        <location filename="../../backoffice/ui/printing/settings_dialog.py" line="58" />
        <source>Picture (works on every printer)</source>
        <translation>이미지 (모든 프린터에서 출력)</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/printing/settings_dialog.py" line="59" />
        <source>Korean characters (printer with Korean font)</source>
        <translation>한글 문자 (한글 글꼴 내장 프린터)</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/printing/settings_dialog.py" line="60" />
        <source>Latin text only</source>
        <translation>영문만</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/printing/settings_dialog.py" line="61" />
        <source>Printer answers status queries (confirms each job)</source>
        <translation>프린터가 상태 조회에 응답함 (작업마다 출력 확인)</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/printing/settings_dialog.py" line="62" />
        <source>Test connection</source>
        <translation>연결 테스트</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/printing/settings_dialog.py" line="63" />
        <source>Print test page</source>
        <translation>테스트 페이지 인쇄</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/printing/settings_dialog.py" line="69" />
        <source>Address</source>
        <translation>주소</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/printing/settings_dialog.py" line="70" />
        <source>Paper width</source>
        <translation>용지 폭</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/printing/settings_dialog.py" line="71" />
        <source>Text</source>
        <translation>글자</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/printing/settings_dialog.py" line="127" />
        <source>Enter the printer's address first.</source>
        <translation>먼저 프린터 주소를 입력하세요.</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/printing/settings_dialog.py" line="133" />
        <source>Working…</source>
        <translation>처리 중…</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/printing/settings_dialog.py" line="142" />
        <source>The printer answered: it is ready.</source>
        <translation>프린터가 응답했습니다: 인쇄할 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/printing/settings_dialog.py" line="144" />
        <source>Sent. (This printer does not confirm jobs.)</source>
        <translation>보냈습니다. (이 프린터는 출력 확인을 하지 않습니다.)</translation>
    </message>
</context>
<context>
    <name>PrinterSettingsDialog</name>
    <message>
        <location filename="../../backoffice/ui/printing/settings_dialog.py" line="156" />
        <source>Printer settings</source>
        <translation>프린터 설정</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/printing/settings_dialog.py" line="157" />
        <source>Receipt printer</source>
        <translation>영수증 프린터</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/printing/settings_dialog.py" line="158" />
        <source>Label printer</source>
        <translation>라벨 프린터</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/printing/settings_dialog.py" line="163" />
        <source>No cash drawer</source>
        <translation>금전함 없음</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/printing/settings_dialog.py" line="164" />
        <source>Cash drawer on pin 2</source>
        <translation>금전함 (2번 핀)</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/printing/settings_dialog.py" line="165" />
        <source>Cash drawer on pin 5</source>
        <translation>금전함 (5번 핀)</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/printing/settings_dialog.py" line="176" />
        <source>Printed language</source>
        <translation>인쇄 언어</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/printing/settings_dialog.py" line="177" />
        <source>Cash drawer (opens with each receipt)</source>
        <translation>금전함 (영수증마다 열림)</translation>
    </message>
</context>
<context>
    <name>RefundBox</name>
    <message>
        <location filename="../../backoffice/ui/detail/refund_box.py" line="43" />
        <location filename="../../backoffice/ui/detail/refund_box.py" line="55" />
        <source>Refund</source>
        <translation>환불</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/refund_box.py" line="58" />
        <source>Items</source>
        <translation>상품</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/refund_box.py" line="59" />
        <source>Shipping</source>
        <translation>배송비</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/refund_box.py" line="60" />
        <source>Coupon clawed back</source>
        <translation>쿠폰 차감</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/refund_box.py" line="61" />
        <source>Points returned</source>
        <translation>적립금 반환</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/refund_box.py" line="62" />
        <source>Method</source>
        <translation>결제수단</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/refund_box.py" line="63" />
        <source>Reason</source>
        <translation>사유</translation>
    </message>
</context>
<context>
    <name>Refunds</name>
    <message>
        <location filename="../../backoffice/ui/detail/refund_box.py" line="29" />
        <source>Card</source>
        <translation>카드</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/refund_box.py" line="30" />
        <source>Cash</source>
        <translation>현금</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/refund_box.py" line="31" />
        <source>Bank transfer</source>
        <translation>무통장입금</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/refund_box.py" line="32" />
        <source>Naver Pay</source>
        <translation>네이버페이</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/refund_box.py" line="33" />
        <source>Kakao Pay</source>
        <translation>카카오페이</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/refund_box.py" line="34" />
        <source>Points</source>
        <translation>적립금</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/refund_box.py" line="35" />
        <source>Other</source>
        <translation>기타</translation>
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
        <translation>
            <numerusform>주문 %n건을 처리했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/bulk_flow.py" line="123" />
        <source>Stopped before the end.</source>
        <translation>중간에 중지했습니다.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../backoffice/ui/bulk_flow.py" line="125" />
        <source>%n order(s) failed:</source>
        <translation>
            <numerusform>주문 %n건은 실패했습니다:</numerusform>
        </translation>
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
    <name>Rules</name>
    <message>
        <location filename="../../backoffice/ui/detail/rules.py" line="28" />
        <source>Waiting for the customer to confirm the edit: withdraw the request first (R18)</source>
        <translation>고객 확인 요청중입니다: 먼저 요청을 취소하세요 (R18)</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/rules.py" line="38" />
        <source>The order sheet can be edited only while new or preparing (R17)</source>
        <translation>주문서는 주문접수·상품준비 단계에서만 수정할 수 있습니다 (R17)</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/rules.py" line="46" />
        <source>Quantities can change only while preparing (R17)</source>
        <translation>수량은 상품준비 단계에서만 바꿀 수 있습니다 (R17)</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/rules.py" line="54" />
        <source>There is no edit to confirm (R18)</source>
        <translation>확인 요청할 수정 내역이 없습니다 (R18)</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/rules.py" line="60" />
        <source>No confirmation of an edit is requested (R18)</source>
        <translation>요청중인 수정 확인이 없습니다 (R18)</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/rules.py" line="66" />
        <source>Shipments of a cancelled or completed order cannot change (R20)</source>
        <translation>취소되었거나 구매확정된 주문의 배송은 바꿀 수 없습니다 (R20)</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/rules.py" line="74" />
        <source>Shipments can be split only while preparing (R20)</source>
        <translation>배송분리는 상품준비 단계에서만 할 수 있습니다 (R20)</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/rules.py" line="85" />
        <source>Move the order to preparing first (R21)</source>
        <translation>먼저 주문을 상품준비로 옮기세요 (R21)</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/rules.py" line="91" />
        <source>The order is cancelled: its claims are closed (R26)</source>
        <translation>취소된 주문입니다: 클레임을 열 수 없습니다 (R26)</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/rules.py" line="95" />
        <source>The order is completed: it can no longer be cancelled (R8)</source>
        <translation>구매확정된 주문입니다: 더 이상 취소할 수 없습니다 (R8)</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/rules.py" line="99" />
        <source>No unshipped units are left to cancel (R26)</source>
        <translation>취소할 수 있는 미출고 수량이 없습니다 (R26)</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/rules.py" line="105" />
        <source>The order is completed: returns and exchanges are closed (R8)</source>
        <translation>구매확정된 주문입니다: 반품·교환이 마감되었습니다 (R8)</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/rules.py" line="109" />
        <source>Only shipped or delivered goods can be returned or exchanged (R26)</source>
        <translation>배송중·배송완료 상품만 반품·교환할 수 있습니다 (R26)</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/rules.py" line="117" />
        <source>A cancelled or completed order takes no payment request (R22)</source>
        <translation>취소·구매확정 주문에는 결제요청을 할 수 없습니다 (R22)</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/rules.py" line="121" />
        <source>Nothing is owed beyond the open requests (R22)</source>
        <translation>요청중인 금액 외에 받을 금액이 없습니다 (R22)</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/rules.py" line="132" />
        <source>Nothing paid is left to refund (R25)</source>
        <translation>환불할 결제 금액이 남아 있지 않습니다 (R25)</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/rules.py" line="184" />
        <source>The order is not cancelled (R11)</source>
        <translation>취소된 주문이 아닙니다 (R11)</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/rules.py" line="202" />
        <source>Only a manager can delete an order (R49)</source>
        <translation>주문 삭제는 관리자만 할 수 있습니다 (R49)</translation>
    </message>
</context>
<context>
    <name>Shipments</name>
    <message>
        <location filename="../../backoffice/ui/detail/shipments.py" line="44" />
        <source>exchange</source>
        <translation>교환</translation>
    </message>
</context>
<context>
    <name>ShipmentsPanel</name>
    <message>
        <location filename="../../backoffice/ui/detail/shipments.py" line="84" />
        <source>Split…</source>
        <translation>배송분리…</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/shipments.py" line="86" />
        <source>Merge selected</source>
        <translation>합치기</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/shipments.py" line="88" />
        <source>Advance</source>
        <translation>다음 단계로</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/shipments.py" line="96" />
        <source>Carrier and tracking number</source>
        <translation>택배사 · 송장번호</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/shipments.py" line="99" />
        <source>Carrier</source>
        <translation>택배사</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/shipments.py" line="101" />
        <source>Tracking number</source>
        <translation>송장번호</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/shipments.py" line="102" />
        <source>Save tracking</source>
        <translation>송장 저장</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/shipments.py" line="110" />
        <source>Addresses</source>
        <translation>배송지</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/shipments.py" line="114" />
        <source>Send selected shipment here</source>
        <translation>선택한 배송을 이 주소로</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/shipments.py" line="116" />
        <source>Add address…</source>
        <translation>배송지 추가…</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/shipments.py" line="118" />
        <source>Edit address…</source>
        <translation>배송지 수정…</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/shipments.py" line="158" />
        <source>Choose one shipment</source>
        <translation>배송을 하나 선택하세요</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/shipments.py" line="167" />
        <location filename="../../backoffice/ui/detail/shipments.py" line="180" />
        <source>This shipment has left already (R20)</source>
        <translation>이미 출고된 배송입니다 (R20)</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/shipments.py" line="170" />
        <source>Choose two or more unshipped shipments (R20)</source>
        <translation>출고 전 배송을 두 개 이상 선택하세요 (R20)</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/shipments.py" line="176" />
        <source>Already delivered (R21)</source>
        <translation>이미 배송완료되었습니다 (R21)</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/shipments.py" line="183" />
        <source>An order keeps at most five addresses (R5)</source>
        <translation>배송지는 주문당 최대 다섯 개입니다 (R5)</translation>
    </message>
</context>
<context>
    <name>SplitDialog</name>
    <message>
        <location filename="../../backoffice/ui/detail/split_dialog.py" line="23" />
        <source>Split shipment #%1</source>
        <translation>배송 #%1 분리</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/split_dialog.py" line="25" />
        <source>Units to move to a new shipment:</source>
        <translation>새 배송으로 옮길 수량:</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/split_dialog.py" line="31" />
        <source> of %1</source>
        <translation> / %1</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <location filename="../../backoffice/ui/sync_status.py" line="157" />
        <location filename="../../backoffice/ui/sync_status.py" line="253" />
        <source>Not synced yet</source>
        <translation>아직 동기화 안 됨</translation></message>
    <message>
        <location filename="../../backoffice/ui/sync_status.py" line="159" />
        <source>Online</source>
        <translation>온라인</translation></message>
    <message>
        <location filename="../../backoffice/ui/sync_status.py" line="161" />
        <source>Offline</source>
        <translation>오프라인</translation></message>
    <message>
        <location filename="../../backoffice/ui/sync_status.py" line="164" />
        <source>synced %1</source>
        <translation>%1 동기화</translation></message>
    <message>
        <location filename="../../backoffice/ui/sync_status.py" line="256" />
        <source>Sync</source>
        <translation>동기화</translation></message>
    <message>
        <location filename="../../backoffice/ui/sync_status.py" line="259" />
        <source>Sync now</source>
        <translation>지금 동기화</translation></message>
    <message>
        <location filename="../../backoffice/ui/sync_status.py" line="262" />
        <source>Sync conflicts…</source>
        <translation>동기화 충돌…</translation></message>
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
<context>
    <name>Timeline</name>
    <message>
        <location filename="../../backoffice/ui/detail/timeline.py" line="36" />
        <source>Stage</source>
        <translation>상태 변경</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/timeline.py" line="37" />
        <source>Edit</source>
        <translation>주문수정</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/timeline.py" line="38" />
        <source>Payment</source>
        <translation>결제</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/timeline.py" line="39" />
        <source>Payment request</source>
        <translation>결제요청</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/timeline.py" line="40" />
        <source>Refund</source>
        <translation>환불</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/timeline.py" line="41" />
        <source>Claim</source>
        <translation>클레임</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/timeline.py" line="42" />
        <source>Memo</source>
        <translation>메모</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/timeline.py" line="43" />
        <source>Memo for the customer</source>
        <translation>고객 메모</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/timeline.py" line="44" />
        <source>Message</source>
        <translation>메시지</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/timeline.py" line="45" />
        <source>Tracking</source>
        <translation>송장</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/timeline.py" line="46" />
        <source>Cancelled</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/timeline.py" line="47" />
        <location filename="../../backoffice/ui/detail/timeline.py" line="48" />
        <source>Created</source>
        <translation>주문생성</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/timeline.py" line="49" />
        <source>Replaced</source>
        <translation>재주문으로 대체</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/timeline.py" line="50" />
        <source>Reverted</source>
        <translation>상태 되돌림</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/timeline.py" line="51" />
        <source>Status label</source>
        <translation>사용자 상태</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/timeline.py" line="52" />
        <source>Address</source>
        <translation>주소</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/timeline.py" line="53" />
        <source>Shipment address</source>
        <translation>배송지 지정</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/timeline.py" line="54" />
        <source>Shipment split</source>
        <translation>배송분리</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/timeline.py" line="55" />
        <source>Shipments merged</source>
        <translation>배송 합치기</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/timeline.py" line="56" />
        <source>Cancel request</source>
        <translation>취소요청</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/timeline.py" line="57" />
        <source>Cancel request rejected</source>
        <translation>취소요청 거절</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/timeline.py" line="58" />
        <source>Deleted</source>
        <translation>삭제</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/timeline.py" line="61" />
        <source>Web shop</source>
        <translation>쇼핑몰</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/timeline.py" line="62" />
        <source>SMS</source>
        <translation>문자</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/timeline.py" line="63" />
        <source>E-mail</source>
        <translation>이메일</translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <location filename="../../backoffice/ui/detail/timeline.py" line="114" />
        <location filename="../../backoffice/ui/detail/timeline.py" line="173" />
        <source>All events</source>
        <translation>전체</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/timeline.py" line="118" />
        <source>Show</source>
        <translation>보기</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/timeline.py" line="141" />
        <source>Memo</source>
        <translation>메모</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/timeline.py" line="144" />
        <source>Internal note</source>
        <translation>내부 메모</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/timeline.py" line="146" />
        <source>For the customer</source>
        <translation>고객에게 공개</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/timeline.py" line="147" />
        <source>Add memo</source>
        <translation>메모 추가</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/timeline.py" line="154" />
        <source>Message to the customer</source>
        <translation>고객 메시지</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/timeline.py" line="161" />
        <source>Send</source>
        <translation>보내기</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/timeline.py" line="185" />
        <source>No messages yet</source>
        <translation>메시지가 없습니다</translation>
    </message>
</context>
</TS>