<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko">
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../backoffice/ui/bulk_flow.py" line="52"/>
        <source>Also orders still waiting for payment</source>
        <translation>결제대기 중인 주문도 포함</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/bulk_flow.py" line="53"/>
        <source>Notify the customers</source>
        <translation>고객에게 알림</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/bulk_flow.py" line="56"/>
        <source>Cancel orders</source>
        <translation>주문 취소</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/bulk_flow.py" line="57"/>
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/bulk_flow.py" line="59"/>
        <source>Change stage</source>
        <translation>주문상태 변경</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/bulk_flow.py" line="61"/>
        <source>Carrier</source>
        <translation>택배사</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/bulk_flow.py" line="62"/>
        <source>Tracking number</source>
        <translation>송장번호</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="105"/>
        <source>Receipt</source>
        <translation>영수증</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="106"/>
        <source>Label</source>
        <translation>송장</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="107"/>
        <source>Invoice</source>
        <translation>거래명세서</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="108"/>
        <source>Packing slip</source>
        <translation>패킹리스트</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="109"/>
        <source>Order sheet</source>
        <translation>주문서</translation>
    </message>
</context>
<context>
    <name>ActionsBar</name>
    <message>
        <location filename="../../backoffice/ui/detail/actions.py" line="73"/>
        <source>Printing is not set up in this window</source>
        <translation>이 창에서는 인쇄를 사용할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/actions.py" line="77"/>
        <source>Copy payment link</source>
        <translation>결제링크 복사</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/actions.py" line="79"/>
        <source>Delete order…</source>
        <translation>주문 삭제…</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/actions.py" line="81"/>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/actions.py" line="93"/>
        <source>No open payment request</source>
        <translation>요청중인 결제요청이 없습니다</translation>
    </message>
</context>
<context>
    <name>AddLines</name>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="100"/>
        <source>Free line</source>
        <translation>직접 입력 상품</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="101"/>
        <source>Surcharge</source>
        <translation>추가 요금</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="102"/>
        <source>Refund of an amount</source>
        <translation>금액 환급</translation>
    </message>
</context>
<context>
    <name>AddLinesBox</name>
    <message>
        <location filename="../../backoffice/ui/detail/add_lines.py" line="41"/>
        <source>Add lines</source>
        <translation>상품추가</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/add_lines.py" line="46"/>
        <source>Scan or search by name or SKU, then Enter</source>
        <translation>바코드 스캔 또는 상품명·SKU 검색 후 Enter</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/add_lines.py" line="59"/>
        <source>Add product</source>
        <translation>상품추가</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/add_lines.py" line="62"/>
        <location filename="../../backoffice/ui/detail/add_lines.py" line="80"/>
        <source>Qty</source>
        <translation>수량</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/add_lines.py" line="70"/>
        <source>Description</source>
        <translation>내용</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/add_lines.py" line="72"/>
        <source>Price</source>
        <translation>가격</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/add_lines.py" line="75"/>
        <source>Add line</source>
        <translation>항목 추가</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/add_lines.py" line="53"/>
        <source>No product matches %1</source>
        <translation>&apos;%1&apos;에 맞는 상품이 없습니다</translation>
    </message>
</context>
<context>
    <name>AddressDialog</name>
    <message>
        <location filename="../../backoffice/ui/detail/address_dialog.py" line="16"/>
        <source>Edit address %1</source>
        <translation>배송지 %1 수정</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/address_dialog.py" line="18"/>
        <source>New address</source>
        <translation>새 배송지</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/address_dialog.py" line="28"/>
        <source>Recipient</source>
        <translation>받는 분</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/address_dialog.py" line="29"/>
        <source>Phone</source>
        <translation>연락처</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/address_dialog.py" line="30"/>
        <source>Postcode</source>
        <translation>우편번호</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/address_dialog.py" line="31"/>
        <source>Address</source>
        <translation>주소</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/address_dialog.py" line="32"/>
        <source>Address line 2</source>
        <translation>상세주소</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/address_dialog.py" line="33"/>
        <source>Delivery note</source>
        <translation>배송 메모</translation>
    </message>
</context>
<context>
    <name>ApprovalDialog</name>
    <message>
        <location filename="../../backoffice/ui/approval.py" line="62"/>
        <source>Manager approval</source>
        <translation>관리자 승인</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/approval.py" line="68"/>
        <source>A manager approves this with their PIN.</source>
        <translation>관리자가 PIN으로 승인합니다.</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/approval.py" line="72"/>
        <source>Manager</source>
        <translation>관리자</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/approval.py" line="73"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/approval.py" line="83"/>
        <source>Approve</source>
        <translation>승인</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/approval.py" line="96"/>
        <source>No manager can sign in yet.</source>
        <translation>아직 로그인할 수 있는 관리자가 없습니다.</translation>
    </message>
</context>
<context>
    <name>BackupAction</name>
    <message>
        <location filename="../../backoffice/ui/backup_action.py" line="35"/>
        <location filename="../../backoffice/ui/backup_action.py" line="83"/>
        <location filename="../../backoffice/ui/backup_action.py" line="127"/>
        <source>Back up database</source>
        <translation>데이터베이스 백업</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/backup_action.py" line="37"/>
        <source>SQLite database (*.sqlite3 *.db);;All files (*)</source>
        <translation>SQLite 데이터베이스 (*.sqlite3 *.db);;모든 파일 (*)</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/backup_action.py" line="77"/>
        <source>Backing up the database…</source>
        <translation>데이터베이스를 백업하는 중…</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/backup_action.py" line="78"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/backup_action.py" line="137"/>
        <source>The database was backed up to %1 (%2 MB) and the copy checked.</source>
        <translation>데이터베이스를 %1에 백업하고 사본을 검사했습니다 (%2 MB).</translation>
    </message>
</context>
<context>
    <name>BulkFlow</name>
    <message>
        <location filename="../../backoffice/ui/bulk_flow.py" line="213"/>
        <source>Working…</source>
        <translation>처리 중…</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/bulk_flow.py" line="213"/>
        <source>Stop</source>
        <translation>중지</translation>
    </message>
</context>
<context>
    <name>ClaimRefund</name>
    <message>
        <location filename="../../backoffice/ui/detail/claim_refund.py" line="29"/>
        <source>Refund with it</source>
        <translation>함께 환불</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/claim_refund.py" line="44"/>
        <source>Items</source>
        <translation>상품</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/claim_refund.py" line="45"/>
        <source>Shipping</source>
        <translation>배송비</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/claim_refund.py" line="46"/>
        <source>Coupon clawed back</source>
        <translation>쿠폰 차감</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/claim_refund.py" line="47"/>
        <source>Points returned</source>
        <translation>적립금 반환</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/claim_refund.py" line="48"/>
        <source>Method</source>
        <translation>환불 수단</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/claim_refund.py" line="121"/>
        <source>Refund %1</source>
        <translation>환불 %1</translation>
    </message>
</context>
<context>
    <name>Claims</name>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="60"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="61"/>
        <source>Return</source>
        <translation>반품</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="62"/>
        <source>Exchange</source>
        <translation>교환</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="63"/>
        <source>Cancel request (customer)</source>
        <translation>취소요청 (고객)</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="66"/>
        <source>Requested</source>
        <translation>요청</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="67"/>
        <source>Approved</source>
        <translation>승인</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="68"/>
        <source>Rejected</source>
        <translation>거절</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="69"/>
        <source>Completed</source>
        <translation>완료</translation>
    </message>
</context>
<context>
    <name>ClaimsPanel</name>
    <message>
        <location filename="../../backoffice/ui/detail/claims.py" line="94"/>
        <source>New claim</source>
        <translation>새 클레임 (취소/반품/교환)</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/claims.py" line="98"/>
        <source>Item</source>
        <translation>상품</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/claims.py" line="98"/>
        <source>Available</source>
        <translation>가능 수량</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/claims.py" line="98"/>
        <source>Quantity</source>
        <translation>수량</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/claims.py" line="110"/>
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/claims.py" line="114"/>
        <location filename="../../backoffice/ui/detail/claims.py" line="208"/>
        <source>Cancel these units</source>
        <translation>선택 수량 취소</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/claims.py" line="120"/>
        <source>Pickup (collection)</source>
        <translation>회수지</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/claims.py" line="128"/>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/claims.py" line="129"/>
        <source>Phone</source>
        <translation>연락처</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/claims.py" line="130"/>
        <source>Address</source>
        <translation>주소</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/claims.py" line="131"/>
        <source>Carrier</source>
        <translation>택배사</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/claims.py" line="154"/>
        <source>Approve</source>
        <translation>승인</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/claims.py" line="157"/>
        <source>Reason for rejecting</source>
        <translation>거절 사유</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/claims.py" line="158"/>
        <source>Reject</source>
        <translation>거절</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/claims.py" line="160"/>
        <source>Damaged (not restocked)</source>
        <translation>파손 (재고 미반영)</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/claims.py" line="161"/>
        <source>Complete</source>
        <translation>완료 처리</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/claims.py" line="208"/>
        <source>Open claim</source>
        <translation>클레임 접수</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/claims.py" line="235"/>
        <source>Choose a requested claim</source>
        <translation>요청 상태의 클레임을 선택하세요</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/claims.py" line="243"/>
        <source>Only an approved claim can be completed</source>
        <translation>승인된 클레임만 완료할 수 있습니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/claims.py" line="249"/>
        <source>Only returned goods can be marked damaged</source>
        <translation>반품 상품만 파손으로 표시할 수 있습니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/claims.py" line="328"/>
        <source>Cancel %1 unit(s)</source>
        <translation>%1개 취소</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/claims.py" line="333"/>
        <source>and refund %1 (%2)</source>
        <translation>및 %1 환불 (%2)</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/claims.py" line="336"/>
        <source>without a refund</source>
        <translation>(환불 없음)</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/claims.py" line="339"/>
        <source>Cancel items</source>
        <translation>상품 취소</translation>
    </message>
</context>
<context>
    <name>ColumnChooser</name>
    <message>
        <location filename="../../backoffice/ui/column_chooser.py" line="85"/>
        <source>Columns</source>
        <translation>항목 설정</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/column_chooser.py" line="98"/>
        <source>Move up</source>
        <translation>위로</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/column_chooser.py" line="99"/>
        <source>Move down</source>
        <translation>아래로</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <location filename="../../backoffice/ui/columns.py" line="59"/>
        <source>Order code</source>
        <translation>주문번호</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/columns.py" line="60"/>
        <source>Shop order no.</source>
        <translation>쇼핑몰 주문번호</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/columns.py" line="61"/>
        <source>Ordered at</source>
        <translation>주문일시</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/columns.py" line="62"/>
        <source>Buyer</source>
        <translation>주문자</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/columns.py" line="63"/>
        <source>Phone</source>
        <translation>연락처</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/columns.py" line="64"/>
        <source>Items</source>
        <translation>상품정보</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/columns.py" line="65"/>
        <source>Total</source>
        <translation>결제금액</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/columns.py" line="66"/>
        <source>Payment</source>
        <translation>결제상태</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/columns.py" line="67"/>
        <source>Stage</source>
        <translation>주문상태</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/columns.py" line="68"/>
        <source>Channel</source>
        <translation>판매채널</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/columns.py" line="69"/>
        <source>Carrier / tracking</source>
        <translation>택배사/송장번호</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/columns.py" line="70"/>
        <source>Memo</source>
        <translation>메모</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/columns.py" line="71"/>
        <source>Claim</source>
        <translation>클레임</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../../backoffice/ui/sync_status.py" line="239"/>
        <source>Sync conflicts</source>
        <translation>동기화 충돌</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/sync_status.py" line="247"/>
        <source>Order</source>
        <translation>주문</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/sync_status.py" line="247"/>
        <source>What</source>
        <translation>항목</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/sync_status.py" line="247"/>
        <source>This computer</source>
        <translation>이 컴퓨터</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/sync_status.py" line="247"/>
        <source>Web shop</source>
        <translation>쇼핑몰</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/sync_status.py" line="253"/>
        <source>Keep local</source>
        <translation>이 컴퓨터 값 유지</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/sync_status.py" line="254"/>
        <source>Take shop&apos;s</source>
        <translation>쇼핑몰 값 적용</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/sync_status.py" line="277"/>
        <source>Loading…</source>
        <translation>불러오는 중…</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/sync_status.py" line="279"/>
        <source>No open sync conflicts</source>
        <translation>처리할 동기화 충돌이 없습니다</translation>
    </message>
</context>
<context>
    <name>CounterSaleDialog</name>
    <message>
        <location filename="../../backoffice/ui/counter_sale.py" line="100"/>
        <source>New counter order</source>
        <translation>매장 주문 등록</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/counter_sale.py" line="107"/>
        <source>Scan a barcode or type a name, then Enter</source>
        <translation>바코드 스캔 또는 상품명 입력 후 Enter</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/counter_sale.py" line="116"/>
        <source>Add</source>
        <translation>추가</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/counter_sale.py" line="136"/>
        <source>Remove</source>
        <translation>삭제</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/counter_sale.py" line="146"/>
        <source>Buyer</source>
        <translation>주문자</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/counter_sale.py" line="149"/>
        <source>Member name or phone, then Enter</source>
        <translation>회원 이름 또는 전화번호 입력 후 Enter</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/counter_sale.py" line="153"/>
        <location filename="../../backoffice/ui/counter_sale.py" line="346"/>
        <location filename="../../backoffice/ui/counter_sale.py" line="420"/>
        <source>Guest</source>
        <translation>비회원</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/counter_sale.py" line="155"/>
        <source>Guest name</source>
        <translation>비회원 이름</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/counter_sale.py" line="157"/>
        <source>Guest phone</source>
        <translation>비회원 전화번호</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/counter_sale.py" line="167"/>
        <source>Payment</source>
        <translation>결제</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/counter_sale.py" line="170"/>
        <source>Cash</source>
        <translation>현금</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/counter_sale.py" line="171"/>
        <source>Card</source>
        <translation>카드</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/counter_sale.py" line="172"/>
        <source>Send a payment request</source>
        <translation>결제요청 보내기</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/counter_sale.py" line="178"/>
        <source>Card issuer</source>
        <translation>카드사</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/counter_sale.py" line="180"/>
        <source>Card number</source>
        <translation>카드번호</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/counter_sale.py" line="112"/>
        <source>No product matches %1</source>
        <translation>&apos;%1&apos;에 맞는 상품이 없습니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/counter_sale.py" line="186"/>
        <location filename="../../backoffice/ui/counter_sale.py" line="226"/>
        <source>Cash received</source>
        <translation>받은 금액</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/counter_sale.py" line="196"/>
        <source>Pay</source>
        <translation>결제</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/counter_sale.py" line="205"/>
        <source>No cash receipt</source>
        <translation>현금영수증 안 함</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/counter_sale.py" line="206"/>
        <source>Cash receipt: income deduction</source>
        <translation>현금영수증: 소득공제</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/counter_sale.py" line="207"/>
        <source>Cash receipt: expense proof</source>
        <translation>현금영수증: 지출증빙</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/counter_sale.py" line="210"/>
        <source>Mobile phone number or business number</source>
        <translation>휴대폰 번호 또는 사업자번호</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/counter_sale.py" line="251"/>
        <source>Retry</source>
        <translation>다시 시도</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/counter_sale.py" line="303"/>
        <source>Scan or add a product first</source>
        <translation>먼저 상품을 스캔하거나 추가하세요</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/counter_sale.py" line="315"/>
        <source>%1 short</source>
        <translation>%1 부족</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/counter_sale.py" line="319"/>
        <location filename="../../backoffice/ui/counter_sale.py" line="401"/>
        <source>Change %1</source>
        <translation>거스름돈 %1</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/counter_sale.py" line="348"/>
        <source>member</source>
        <translation>회원</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/counter_sale.py" line="348"/>
        <source>guest</source>
        <translation>비회원</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/counter_sale.py" line="353"/>
        <source>No customer found</source>
        <translation>고객을 찾지 못했습니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/counter_sale.py" line="397"/>
        <source>Order %1 created: %2</source>
        <translation>주문 %1 등록: %2</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/counter_sale.py" line="404"/>
        <source>payment link copied</source>
        <translation>결제링크 복사됨</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/counter_sale.py" line="436"/>
        <source>Receipt</source>
        <translation>영수증</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/counter_sale.py" line="437"/>
        <source>Print the receipt of %1?</source>
        <translation>%1 영수증을 출력할까요?</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/counter_sale.py" line="457"/>
        <source>receipt printing</source>
        <translation>영수증 출력 중</translation>
    </message>
</context>
<context>
    <name>CourierLayoutDialog</name>
    <message>
        <location filename="../../backoffice/ui/courier_layout_dialog.py" line="37"/>
        <source>Courier file columns</source>
        <translation>택배 접수 파일 열</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/courier_layout_dialog.py" line="40"/>
        <source>Every carrier without its own</source>
        <translation>나머지 모든 택배사</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/courier_layout_dialog.py" line="52"/>
        <source>Carrier</source>
        <translation>택배사</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/courier_layout_dialog.py" line="92"/>
        <source>Saved.</source>
        <translation>저장했습니다.</translation>
    </message>
</context>
<context>
    <name>DeleteDialog</name>
    <message>
        <location filename="../../backoffice/ui/detail/actions.py" line="39"/>
        <source>Delete order</source>
        <translation>주문 삭제</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/actions.py" line="43"/>
        <source>Delete order %1? Its stock returns; it cannot be restored.</source>
        <translation>주문 %1을 삭제할까요? 재고는 돌아가며 복구할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/actions.py" line="50"/>
        <source>Reason</source>
        <translation>사유</translation>
    </message>
</context>
<context>
    <name>DetailColumns</name>
    <message>
        <location filename="../../backoffice/ui/counter_sale.py" line="65"/>
        <location filename="../../backoffice/ui/detail/items.py" line="65"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/counter_sale.py" line="67"/>
        <location filename="../../backoffice/ui/detail/items.py" line="66"/>
        <source>Item</source>
        <translation>상품</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/counter_sale.py" line="72"/>
        <location filename="../../backoffice/ui/detail/items.py" line="67"/>
        <source>Qty</source>
        <translation>수량</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/counter_sale.py" line="74"/>
        <location filename="../../backoffice/ui/detail/items.py" line="70"/>
        <source>Unit price</source>
        <translation>단가</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/counter_sale.py" line="78"/>
        <location filename="../../backoffice/ui/detail/items.py" line="76"/>
        <source>Line total</source>
        <translation>금액</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/claims.py" line="58"/>
        <location filename="../../backoffice/ui/detail/shipments.py" line="49"/>
        <location filename="../../backoffice/ui/detail/timeline.py" line="50"/>
        <source>Kind</source>
        <translation>구분</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/claims.py" line="60"/>
        <location filename="../../backoffice/ui/detail/payments.py" line="99"/>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/claims.py" line="64"/>
        <source>Quantities</source>
        <translation>수량</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/claims.py" line="68"/>
        <location filename="../../backoffice/ui/detail/payments.py" line="144"/>
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/claims.py" line="71"/>
        <source>Pickup</source>
        <translation>회수지</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/claims.py" line="73"/>
        <source>Value</source>
        <translation>금액</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/claims.py" line="77"/>
        <source>Opened</source>
        <translation>접수일</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/items.py" line="68"/>
        <source>Cancelled/returned</source>
        <translation>취소/반품</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/items.py" line="74"/>
        <source>Discount</source>
        <translation>할인</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/payments.py" line="73"/>
        <source>Method</source>
        <translation>결제수단</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/payments.py" line="75"/>
        <location filename="../../backoffice/ui/detail/payments.py" line="94"/>
        <source>Amount</source>
        <translation>금액</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/payments.py" line="79"/>
        <source>Date</source>
        <translation>일시</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/payments.py" line="80"/>
        <source>PG transaction</source>
        <translation>PG 거래번호</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/payments.py" line="81"/>
        <source>Card issuer</source>
        <translation>카드사</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/payments.py" line="82"/>
        <source>Card</source>
        <translation>카드</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/payments.py" line="84"/>
        <source>Instalments</source>
        <translation>할부</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/payments.py" line="104"/>
        <source>Requested</source>
        <translation>요청일</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/payments.py" line="106"/>
        <source>Link</source>
        <translation>결제링크</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/payments.py" line="142"/>
        <source>Refunded</source>
        <translation>환불</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/payments.py" line="143"/>
        <source>Portions</source>
        <translation>내역</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/shipments.py" line="48"/>
        <source>No.</source>
        <translation>번호</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/shipments.py" line="51"/>
        <source>Stage</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/shipments.py" line="53"/>
        <source>Contents</source>
        <translation>상품</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/shipments.py" line="55"/>
        <source>Address</source>
        <translation>주소</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/shipments.py" line="59"/>
        <source>Carrier</source>
        <translation>택배사</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/shipments.py" line="60"/>
        <source>Tracking no.</source>
        <translation>송장번호</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/timeline.py" line="48"/>
        <source>When</source>
        <translation>일시</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/timeline.py" line="49"/>
        <source>Who</source>
        <translation>처리자</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/timeline.py" line="51"/>
        <source>What</source>
        <translation>내용</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../backoffice/ui/export_dialog.py" line="49"/>
        <location filename="../../backoffice/ui/export_dialog.py" line="84"/>
        <source>Export orders</source>
        <translation>주문 내보내기</translation>
    </message>
    <message numerus="yes">
        <location filename="../../backoffice/ui/export_dialog.py" line="59"/>
        <source>The %n selected order(s)</source>
        <translation>
            <numerusform>선택한 주문 %n건</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/export_dialog.py" line="61"/>
        <source>Every order of this tab, ordered within:</source>
        <translation>이 탭의 모든 주문 (주문일 기간):</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/export_dialog.py" line="69"/>
        <source>Browse…</source>
        <translation>찾아보기…</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/export_dialog.py" line="74"/>
        <source>File (.xlsx or .csv)</source>
        <translation>파일 (.xlsx 또는 .csv)</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/export_dialog.py" line="84"/>
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>엑셀 (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/export_dialog.py" line="106"/>
        <source>Exporting…</source>
        <translation>내보내는 중…</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/export_dialog.py" line="106"/>
        <source>Stop</source>
        <translation>중지</translation>
    </message>
</context>
<context>
    <name>Failures</name>
    <message>
        <location filename="../../backoffice/ui/failures.py" line="59"/>
        <source>Something went wrong inside Backoffice: %1</source>
        <translation>Backoffice 내부에서 문제가 생겼습니다: %1</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/failures.py" line="89"/>
        <source>Backoffice</source>
        <translation>Backoffice</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/failures.py" line="98"/>
        <source>Retry</source>
        <translation>다시 시도</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/failures.py" line="112"/>
        <source>Unexpected error</source>
        <translation>예기치 않은 오류</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/failures.py" line="116"/>
        <source>Backoffice ran into an unexpected problem: %1</source>
        <translation>Backoffice에 예기치 않은 문제가 생겼습니다: %1</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/failures.py" line="120"/>
        <source>Nothing you typed was cleared; the change may not have been saved. Please copy the details for the report.</source>
        <translation>입력하신 내용은 지워지지 않았습니다. 변경이 저장되지 않았을 수 있습니다. 신고할 수 있도록 상세 내용을 복사해 주세요.</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/failures.py" line="133"/>
        <source>Copy details</source>
        <translation>상세 내용 복사</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/failures.py" line="135"/>
        <source>Show details</source>
        <translation>상세 내용 보기</translation>
    </message>
</context>
<context>
    <name>FilterPanel</name>
    <message>
        <location filename="../../backoffice/ui/filter_panel.py" line="84"/>
        <source>Filters</source>
        <translation>상세검색</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/filter_panel.py" line="148"/>
        <source>Stage</source>
        <translation>주문상태</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/filter_panel.py" line="149"/>
        <source>Ordered</source>
        <translation>주문일</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/filter_panel.py" line="149"/>
        <source>Paid</source>
        <translation>결제일</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/filter_panel.py" line="151"/>
        <source>Amount</source>
        <translation>결제금액</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/filter_panel.py" line="114"/>
        <source>Any channel</source>
        <translation>전체 판매채널</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/filter_panel.py" line="118"/>
        <source>Members and guests</source>
        <translation>회원+비회원</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/filter_panel.py" line="119"/>
        <source>Members</source>
        <translation>회원</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/filter_panel.py" line="120"/>
        <source>Guests</source>
        <translation>비회원</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/filter_panel.py" line="122"/>
        <source>Any custom status</source>
        <translation>전체 세부상태</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/filter_panel.py" line="125"/>
        <location filename="../../backoffice/ui/filter_panel.py" line="130"/>
        <source>Memo</source>
        <translation>메모</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/filter_panel.py" line="126"/>
        <location filename="../../backoffice/ui/filter_panel.py" line="131"/>
        <source>Open claim</source>
        <translation>진행 중 클레임</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/filter_panel.py" line="127"/>
        <location filename="../../backoffice/ui/filter_panel.py" line="132"/>
        <source>Cancel request</source>
        <translation>취소요청</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/filter_panel.py" line="141"/>
        <source>off</source>
        <translation>사용 안 함</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/filter_panel.py" line="142"/>
        <source> days</source>
        <translation>일</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/filter_panel.py" line="144"/>
        <source>payment method</source>
        <translation>결제수단</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/filter_panel.py" line="150"/>
        <source>Shipped</source>
        <translation>발송일</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/filter_panel.py" line="150"/>
        <source>Memo written</source>
        <translation>메모 작성일</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/filter_panel.py" line="151"/>
        <source>Channel</source>
        <translation>판매채널</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/filter_panel.py" line="152"/>
        <source>Member</source>
        <translation>회원 구분</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/filter_panel.py" line="152"/>
        <source>Custom status</source>
        <translation>세부상태</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/filter_panel.py" line="153"/>
        <source>Flags</source>
        <translation>메모·클레임</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/filter_panel.py" line="154"/>
        <source>Shipping delay</source>
        <translation>배송지연</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/filter_panel.py" line="154"/>
        <source>Payment method</source>
        <translation>결제수단</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/filter_panel.py" line="165"/>
        <source>Apply</source>
        <translation>검색</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/filter_panel.py" line="166"/>
        <source>Clear</source>
        <translation>초기화</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/filter_panel.py" line="167"/>
        <source>Save as tab…</source>
        <translation>탭으로 저장…</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/filter_panel.py" line="194"/>
        <source>any</source>
        <translation>전체</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/filter_panel.py" line="195"/>
        <source>yes</source>
        <translation>있음</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/filter_panel.py" line="196"/>
        <source>no</source>
        <translation>없음</translation>
    </message>
</context>
<context>
    <name>FirstManagerDialog</name>
    <message>
        <location filename="../../backoffice/ui/sign_in.py" line="195"/>
        <source>Create the first manager</source>
        <translation>첫 관리자 만들기</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/sign_in.py" line="199"/>
        <source>Staff sign in with a name and PIN once a manager exists. The manager adds staff and approves refunds, deletions and moving orders back.</source>
        <translation>관리자가 생기면 직원은 이름과 PIN으로 로그인합니다. 관리자는 직원을 추가하고 환불, 주문 삭제, 주문 상태 되돌리기를 승인합니다.</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/sign_in.py" line="210"/>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/sign_in.py" line="211"/>
        <source>PIN (4–6 digits)</source>
        <translation>PIN (숫자 4–6자리)</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/sign_in.py" line="212"/>
        <source>PIN again</source>
        <translation>PIN 확인</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/sign_in.py" line="227"/>
        <source>The two PINs differ</source>
        <translation>두 PIN이 서로 다릅니다</translation>
    </message>
</context>
<context>
    <name>HeaderPanel</name>
    <message>
        <location filename="../../backoffice/ui/detail/header.py" line="72"/>
        <source>Shop order no.</source>
        <translation>쇼핑몰 주문번호</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/header.py" line="73"/>
        <source>Channel</source>
        <translation>판매채널</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/header.py" line="74"/>
        <source>Buyer</source>
        <translation>주문자</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/header.py" line="75"/>
        <source>Ordered</source>
        <translation>주문일시</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/header.py" line="76"/>
        <source>Paid</source>
        <translation>결제일시</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/header.py" line="88"/>
        <source>Move</source>
        <translation>변경</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/header.py" line="91"/>
        <source>Reason (cancel, revert)</source>
        <translation>사유 (취소, 되돌리기)</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/header.py" line="92"/>
        <source>Cancel order</source>
        <translation>주문 취소</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/header.py" line="95"/>
        <source>Revert</source>
        <translation>되돌리기</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/header.py" line="97"/>
        <source>Un-cancel</source>
        <translation>취소 철회</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/header.py" line="99"/>
        <source>Move to</source>
        <translation>상태 변경</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/header.py" line="105"/>
        <source>Back to</source>
        <translation>되돌릴 상태</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/header.py" line="111"/>
        <source>Notify the customer</source>
        <translation>고객에게 알림</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/header.py" line="115"/>
        <source>Send the customer notification for the next action (if notifications are on)</source>
        <translation>다음 작업의 고객 알림을 보냅니다 (알림이 켜져 있을 때)</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/header.py" line="146"/>
        <source>Member</source>
        <translation>회원</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/header.py" line="146"/>
        <source>Guest</source>
        <translation>비회원</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/header.py" line="174"/>
        <source>No stage to move to</source>
        <translation>옮길 수 있는 상태가 없습니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/header.py" line="194"/>
        <source>Prepare anyway</source>
        <translation>그래도 상품준비로</translation>
    </message>
</context>
<context>
    <name>Items</name>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="160"/>
        <source>No open edit</source>
        <translation>수정 없음</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="161"/>
        <source>Editing</source>
        <translation>수정중</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="162"/>
        <source>Confirmation requested</source>
        <translation>확인 요청중</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="163"/>
        <source>Confirmed by the customer</source>
        <translation>확인 완료</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="94"/>
        <source>free</source>
        <translation>직접입력</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="95"/>
        <source>surcharge</source>
        <translation>추가요금</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="96"/>
        <source>refund</source>
        <translation>환급</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="97"/>
        <source>fee</source>
        <translation>수수료</translation>
    </message>
</context>
<context>
    <name>ItemsPanel</name>
    <message>
        <location filename="../../backoffice/ui/detail/items.py" line="99"/>
        <source>Selected line</source>
        <translation>선택한 상품</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/items.py" line="103"/>
        <source>Change quantity</source>
        <translation>수량 변경</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/items.py" line="106"/>
        <source>Discount</source>
        <translation>할인</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/items.py" line="108"/>
        <source>amount</source>
        <translation>금액</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/items.py" line="110"/>
        <source>Apply discount</source>
        <translation>할인 적용</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/items.py" line="112"/>
        <source>Remove line</source>
        <translation>상품 삭제</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/items.py" line="114"/>
        <source>Quantity</source>
        <translation>수량</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/items.py" line="131"/>
        <source>Ask the customer to confirm</source>
        <translation>고객에게 확인 요청</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/items.py" line="133"/>
        <source>Withdraw the request</source>
        <translation>요청취소</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/items.py" line="160"/>
        <source>Edit: %1</source>
        <translation>주문수정: %1</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/items.py" line="170"/>
        <source>Items %1 · Total %2 · Balance %3</source>
        <translation>상품 %1 · 합계 %2 · 잔액 %3</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/items.py" line="193"/>
        <source>Choose a line first</source>
        <translation>먼저 상품을 선택하세요</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/items.py" line="199"/>
        <source>A refund line cannot be discounted</source>
        <translation>환급 항목은 할인할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/items.py" line="221"/>
        <source>A percentage is a whole number from 0 to 100</source>
        <translation>할인율은 0에서 100 사이의 정수입니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/items.py" line="255"/>
        <source>→ new total %1</source>
        <translation>→ 변경 후 합계 %1</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/items.py" line="309"/>
        <source>The customer was asked to confirm the edited order</source>
        <translation>고객에게 수정된 주문의 확인을 요청했습니다</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="11"/>
        <location filename="../../backoffice/ui/labels.py" line="35"/>
        <source>Pending payment</source>
        <translation>결제대기</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="12"/>
        <location filename="../../backoffice/ui/labels.py" line="36"/>
        <source>New</source>
        <translation>주문접수</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="13"/>
        <location filename="../../backoffice/ui/labels.py" line="37"/>
        <source>Preparing</source>
        <translation>상품준비</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="14"/>
        <location filename="../../backoffice/ui/labels.py" line="38"/>
        <source>Ready</source>
        <translation>배송대기</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="15"/>
        <location filename="../../backoffice/ui/labels.py" line="39"/>
        <source>Shipped</source>
        <translation>배송중</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="16"/>
        <source>Delivered</source>
        <translation>배송완료</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="17"/>
        <source>Completed</source>
        <translation>구매확정</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="18"/>
        <source>Cancelled</source>
        <translation>취소완료</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="21"/>
        <source>Unpaid</source>
        <translation>미결제</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="22"/>
        <source>Partly paid</source>
        <translation>부분결제</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="23"/>
        <source>Paid</source>
        <translation>결제완료</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="24"/>
        <source>Refund due</source>
        <translation>환불필요</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="25"/>
        <source>Refunded</source>
        <translation>환불완료</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="28"/>
        <source>Web shop</source>
        <translation>자사몰</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="29"/>
        <source>Counter</source>
        <translation>매장</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="30"/>
        <source>Phone</source>
        <translation>전화주문</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="31"/>
        <source>Marketplace</source>
        <translation>오픈마켓</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="34"/>
        <source>All</source>
        <translation>전체</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="40"/>
        <source>Cancel requests</source>
        <translation>취소요청</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="41"/>
        <source>Returns/exchanges</source>
        <translation>반품/교환</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="44"/>
        <source>already cancelled</source>
        <translation>이미 취소된 주문</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="45"/>
        <source>completed: cannot change</source>
        <translation>구매확정되어 변경 불가</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="46"/>
        <source>already at or past that stage</source>
        <translation>이미 해당 단계이거나 지난 주문</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="47"/>
        <source>pickup orders are not shipped</source>
        <translation>픽업 주문은 배송하지 않음</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="48"/>
        <source>no carrier and tracking number</source>
        <translation>택배사/송장번호 없음</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="49"/>
        <source>waiting for payment</source>
        <translation>결제대기 중</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="50"/>
        <source>no longer exists</source>
        <translation>삭제된 주문</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="51"/>
        <source>no printer is set up for this document</source>
        <translation>이 문서에 설정된 프린터 없음</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="54"/>
        <source>Cancel request</source>
        <translation>취소요청</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="55"/>
        <source>Claim</source>
        <translation>클레임</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="144"/>
        <source>The deposit deadline passed</source>
        <translation>입금 기한이 지남</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="195"/>
        <source>en</source>
        <translation>ko</translation>
    </message>
</context>
<context>
    <name>MainMenus</name>
    <message>
        <location filename="../../backoffice/ui/main_menus.py" line="47"/>
        <source>&amp;Orders</source>
        <translation>주문(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/main_menus.py" line="48"/>
        <source>New counter sale…</source>
        <translation>새 매장 판매…</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/main_menus.py" line="53"/>
        <source>Print labels for the selected orders</source>
        <translation>선택한 주문 라벨 인쇄</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/main_menus.py" line="58"/>
        <source>Print receipts for the selected orders</source>
        <translation>선택한 주문 영수증 인쇄</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/main_menus.py" line="63"/>
        <source>Courier file…</source>
        <translation>택배 접수 파일…</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/main_menus.py" line="67"/>
        <source>Import tracking numbers…</source>
        <translation>송장번호 일괄 등록…</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/main_menus.py" line="74"/>
        <source>&amp;Printing</source>
        <translation>인쇄(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/main_menus.py" line="76"/>
        <source>Print queue…</source>
        <translation>인쇄 대기열…</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/main_menus.py" line="79"/>
        <source>Printer settings…</source>
        <translation>프린터 설정…</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/main_menus.py" line="82"/>
        <source>Se&amp;ttings</source>
        <translation>설정(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/main_menus.py" line="84"/>
        <source>Shops…</source>
        <translation>쇼핑몰 연결…</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/main_menus.py" line="87"/>
        <source>Shop details…</source>
        <translation>상점 정보…</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/main_menus.py" line="90"/>
        <source>Courier file columns…</source>
        <translation>택배 접수 파일 열…</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/main_menus.py" line="115"/>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/main_menus.py" line="117"/>
        <source>Keyboard shortcuts…</source>
        <translation>단축키…</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/main_menus.py" line="120"/>
        <source>About Backoffice…</source>
        <translation>Backoffice 정보…</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/main_menus.py" line="145"/>
        <source>Courier file</source>
        <translation>택배 접수 파일</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/main_menus.py" line="161"/>
        <source>%1 shipment(s) written to %2</source>
        <translation>배송 %1건을 %2에 저장했습니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/main_menus.py" line="172"/>
        <source>Import tracking numbers</source>
        <translation>송장번호 일괄 등록</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/main_menus.py" line="195"/>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/main_menus.py" line="213"/>
        <source>The new language shows from the next start</source>
        <translation>다음 실행부터 바뀐 언어로 표시됩니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/main_menus.py" line="255"/>
        <source>&lt;h3&gt;Backoffice %1&lt;/h3&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;Python %3 · Qt %4 · PySide6 %5 (LGPL v3)&lt;/p&gt;&lt;p&gt;NanumGothic font: SIL Open Font License 1.1 (%6)&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Backoffice %1&lt;/h3&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;Python %3 · Qt %4 · PySide6 %5 (LGPL v3)&lt;/p&gt;&lt;p&gt;나눔고딕 글꼴: SIL Open Font License 1.1 (%6)&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/main_menus.py" line="274"/>
        <source>About Backoffice</source>
        <translation>Backoffice 정보</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/main_menus.py" line="93"/>
        <source>Notifications…</source>
        <translation>고객 알림…</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/main_menus.py" line="40"/>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/main_menus.py" line="42"/>
        <source>Quit</source>
        <translation>끝내기</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/main_menus.py" line="101"/>
        <source>&amp;Database</source>
        <translation>데이터베이스(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/main_menus.py" line="103"/>
        <source>Back up database…</source>
        <translation>데이터베이스 백업…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../backoffice/ui/main_window.py" line="135"/>
        <source>Search code, shop order no., name, phone, e-mail, tracking (Ctrl+F)</source>
        <translation>주문번호, 쇼핑몰 주문번호, 이름, 연락처, 이메일, 송장번호 검색 (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/main_window.py" line="142"/>
        <source>Filters</source>
        <translation>상세검색</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/main_window.py" line="143"/>
        <location filename="../../backoffice/ui/main_window.py" line="266"/>
        <location filename="../../backoffice/ui/main_window.py" line="391"/>
        <source>Columns…</source>
        <translation>항목 설정…</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/main_window.py" line="144"/>
        <source>Actions</source>
        <translation>일괄처리</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/main_window.py" line="145"/>
        <source>Export…</source>
        <translation>내보내기…</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/main_window.py" line="196"/>
        <source>Database: %1</source>
        <translation>데이터베이스: %1</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/main_window.py" line="198"/>
        <source>Sync: not set up</source>
        <translation>동기화: 설정 안 됨</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/main_window.py" line="212"/>
        <location filename="../../backoffice/ui/main_window.py" line="520"/>
        <source>Backoffice — Orders</source>
        <translation>백오피스 — 주문관리</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/main_window.py" line="232"/>
        <source>Selected → %1</source>
        <translation>선택 주문 → %1</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/main_window.py" line="241"/>
        <source>Cancel selected…</source>
        <translation>선택 주문 취소…</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/main_window.py" line="247"/>
        <source>Every order of this tab</source>
        <translation>이 탭의 모든 주문</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/main_window.py" line="251"/>
        <source>Cancel…</source>
        <translation>취소…</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/main_window.py" line="256"/>
        <source>Print shipping labels</source>
        <translation>배송 라벨 출력</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/main_window.py" line="257"/>
        <source>Print receipts</source>
        <translation>영수증 출력</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/main_window.py" line="265"/>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/main_window.py" line="267"/>
        <source>Sound for new orders</source>
        <translation>새 주문 알림음</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/list_scan.py" line="129"/>
        <source>Order not found: %1</source>
        <translation>주문을 찾을 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/list_tabs.py" line="96"/>
        <source>Rename tab</source>
        <translation>탭 이름 변경</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/list_tabs.py" line="97"/>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/list_tabs.py" line="116"/>
        <source>Delete tab</source>
        <translation>탭 삭제</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/list_tabs.py" line="117"/>
        <source>Delete the tab “%1”? No order is deleted, only this saved filter.</source>
        <translation>“%1” 탭을 삭제할까요? 주문은 삭제되지 않고 저장된 필터만 삭제됩니다.</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/list_tabs.py" line="150"/>
        <source>Save as tab</source>
        <translation>탭으로 저장</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/list_tabs.py" line="151"/>
        <source>Tab name</source>
        <translation>탭 이름</translation>
    </message>
    <message numerus="yes">
        <location filename="../../backoffice/ui/main_window.py" line="474"/>
        <source>%n order(s) exported to %1</source>
        <translation>
            <numerusform>주문 %n건을 %1 파일로 내보냈습니다</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../backoffice/ui/main_window.py" line="492"/>
        <source>%n order(s)</source>
        <translation>
            <numerusform>주문 %n건</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../backoffice/ui/main_window.py" line="494"/>
        <source>%n selected</source>
        <translation>
            <numerusform>%n건 선택</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../../backoffice/ui/detail/message_bar.py" line="27"/>
        <source>Close this message</source>
        <translation>메시지 닫기</translation>
    </message>
</context>
<context>
    <name>NewOrderNotice</name>
    <message numerus="yes">
        <location filename="../../backoffice/ui/live.py" line="90"/>
        <source>%n new order(s) arrived. Click to dismiss.</source>
        <translation>
            <numerusform>새 주문 %n건이 들어왔습니다. 누르면 닫힙니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NotificationEvents</name>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="166"/>
        <source>Order received (phone and counter)</source>
        <translation>주문 접수 (전화·매장)</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="167"/>
        <source>Shipped (carrier and tracking)</source>
        <translation>발송 (택배사·송장번호)</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="168"/>
        <source>Delivered</source>
        <translation>배송 완료</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="169"/>
        <source>Cancelled (with reason)</source>
        <translation>주문 취소 (사유 포함)</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="170"/>
        <source>Payment request</source>
        <translation>결제 요청</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="171"/>
        <source>Edited order to confirm</source>
        <translation>변경 주문 확인 요청</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="172"/>
        <source>Cancel request rejected</source>
        <translation>취소 요청 거절</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="173"/>
        <source>Refund made</source>
        <translation>환불 완료</translation>
    </message>
</context>
<context>
    <name>NotificationsDialog</name>
    <message>
        <location filename="../../backoffice/ui/notifications_dialog.py" line="63"/>
        <source>Customer notifications</source>
        <translation>고객 알림</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/notifications_dialog.py" line="68"/>
        <source>Templates</source>
        <translation>알림 문구</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/notifications_dialog.py" line="69"/>
        <source>Sending</source>
        <translation>발송 설정</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/notifications_dialog.py" line="99"/>
        <source>Placeholders: %1</source>
        <translation>치환 항목: %1</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/notifications_dialog.py" line="102"/>
        <source>order %1</source>
        <translation>주문 %1</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/notifications_dialog.py" line="102"/>
        <source>a sample</source>
        <translation>예시 주문</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/notifications_dialog.py" line="103"/>
        <source>Preview (filled from %1)</source>
        <translation>미리보기 (%1 기준)</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/notifications_dialog.py" line="108"/>
        <source>Save template</source>
        <translation>문구 저장</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/notifications_dialog.py" line="109"/>
        <source>Back to the default</source>
        <translation>기본 문구로 되돌리기</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/notifications_dialog.py" line="117"/>
        <source>Subject</source>
        <translation>제목</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/notifications_dialog.py" line="118"/>
        <source>Message</source>
        <translation>내용</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/notifications_dialog.py" line="140"/>
        <source>Do not notify customers</source>
        <translation>고객에게 알리지 않음</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/notifications_dialog.py" line="141"/>
        <source>Customer note in the web shop</source>
        <translation>쇼핑몰 고객 메모</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/notifications_dialog.py" line="142"/>
        <source>E-mail (SMTP)</source>
        <translation>이메일 (SMTP)</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/notifications_dialog.py" line="143"/>
        <source>Text message (SMS, Aligo)</source>
        <translation>문자 메시지 (SMS, 알리고)</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/notifications_dialog.py" line="156"/>
        <source>None (local relay only)</source>
        <translation>없음 (로컬 중계 서버 전용)</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/notifications_dialog.py" line="162"/>
        <location filename="../../backoffice/ui/notifications_dialog.py" line="168"/>
        <source>unchanged (kept in the system keyring)</source>
        <translation>변경 없음 (시스템 키링에 보관)</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/notifications_dialog.py" line="169"/>
        <source>Save settings</source>
        <translation>설정 저장</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/notifications_dialog.py" line="172"/>
        <source>Send</source>
        <translation>발송 방법</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/notifications_dialog.py" line="173"/>
        <source>Customers&apos; language</source>
        <translation>고객 언어</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/notifications_dialog.py" line="174"/>
        <source>Shop name</source>
        <translation>상점 이름</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/notifications_dialog.py" line="175"/>
        <source>Bank account for transfers</source>
        <translation>무통장 입금 계좌</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/notifications_dialog.py" line="179"/>
        <source>Notify on</source>
        <translation>알림 보낼 일</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/notifications_dialog.py" line="180"/>
        <source>SMTP server</source>
        <translation>SMTP 서버</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/notifications_dialog.py" line="181"/>
        <source>Port</source>
        <translation>포트</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/notifications_dialog.py" line="182"/>
        <source>Security</source>
        <translation>보안</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/notifications_dialog.py" line="183"/>
        <source>User name</source>
        <translation>사용자 이름</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/notifications_dialog.py" line="184"/>
        <source>Password</source>
        <translation>비밀번호</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/notifications_dialog.py" line="185"/>
        <source>From</source>
        <translation>보내는 사람</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/notifications_dialog.py" line="186"/>
        <source>SMS user id</source>
        <translation>문자 서비스 아이디</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/notifications_dialog.py" line="187"/>
        <source>SMS sender number</source>
        <translation>발신번호</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/notifications_dialog.py" line="188"/>
        <source>SMS API key</source>
        <translation>문자 API 키</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/notifications_dialog.py" line="235"/>
        <location filename="../../backoffice/ui/notifications_dialog.py" line="264"/>
        <source>edited</source>
        <translation>수정됨</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/notifications_dialog.py" line="235"/>
        <source>default</source>
        <translation>기본</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/notifications_dialog.py" line="265"/>
        <source>Template saved.</source>
        <translation>문구를 저장했습니다.</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/notifications_dialog.py" line="278"/>
        <source>The default template is used again.</source>
        <translation>기본 문구를 다시 사용합니다.</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/notifications_dialog.py" line="318"/>
        <source>Notification settings saved.</source>
        <translation>알림 설정을 저장했습니다.</translation>
    </message>
</context>
<context>
    <name>OpeningFrame</name>
    <message>
        <location filename="../../backoffice/ui/opening.py" line="77"/>
        <source>Opening the order list…</source>
        <translation>주문 목록을 여는 중…</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/opening.py" line="79"/>
        <source>Version %1</source>
        <translation>버전 %1</translation>
    </message>
</context>
<context>
    <name>OrderDetailDialog</name>
    <message>
        <location filename="../../backoffice/ui/detail/dialog.py" line="67"/>
        <source>Order %1</source>
        <translation>주문상세 %1</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/dialog.py" line="78"/>
        <source>Items</source>
        <translation>상품</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/dialog.py" line="79"/>
        <source>Shipments</source>
        <translation>배송</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/dialog.py" line="80"/>
        <source>Payments</source>
        <translation>결제</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/dialog.py" line="81"/>
        <source>Claims</source>
        <translation>취소/반품/교환</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/dialog.py" line="82"/>
        <source>Timeline</source>
        <translation>타임라인</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/dialog.py" line="141"/>
        <source>%1 of %2 sent to the printer</source>
        <translation>%2 %1 출력 보냄</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/dialog.py" line="213"/>
        <source>Retry</source>
        <translation>다시 시도</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/dialog.py" line="223"/>
        <source>This order was changed elsewhere: nothing was saved. It has been reloaded.</source>
        <translation>다른 곳에서 주문이 변경되어 저장하지 않았습니다. 주문을 다시 불러왔습니다.</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/dialog.py" line="253"/>
        <source>Order %1 no longer exists.</source>
        <translation>주문 %1이 더 이상 없습니다.</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/dialog.py" line="288"/>
        <source>This order was changed elsewhere — reloaded</source>
        <translation>다른 곳에서 주문이 변경되어 다시 불러왔습니다</translation>
    </message>
</context>
<context>
    <name>OrderViewDialog</name>
    <message>
        <location filename="../../backoffice/ui/order_view.py" line="38"/>
        <source>Order %1</source>
        <translation>주문 %1</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/order_view.py" line="46"/>
        <source>Order code</source>
        <translation>주문번호</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/order_view.py" line="47"/>
        <source>Stage</source>
        <translation>주문상태</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/order_view.py" line="48"/>
        <source>Buyer</source>
        <translation>주문자</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/order_view.py" line="49"/>
        <source>Ordered at</source>
        <translation>주문일시</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/order_view.py" line="50"/>
        <source>Total</source>
        <translation>결제금액</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/order_view.py" line="51"/>
        <source>Paid</source>
        <translation>결제한 금액</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/order_view.py" line="52"/>
        <source>Balance</source>
        <translation>잔액</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/order_view.py" line="56"/>
        <source>Item</source>
        <translation>상품</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/order_view.py" line="56"/>
        <source>Options</source>
        <translation>옵션</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/order_view.py" line="56"/>
        <source>Quantity</source>
        <translation>수량</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/order_view.py" line="56"/>
        <source>Amount</source>
        <translation>결제금액</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/order_view.py" line="71"/>
        <source>When</source>
        <translation>일시</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/order_view.py" line="71"/>
        <source>Who</source>
        <translation>처리자</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/order_view.py" line="71"/>
        <source>What</source>
        <translation>내용</translation>
    </message>
</context>
<context>
    <name>ParkedDialog</name>
    <message>
        <location filename="../../backoffice/ui/sync_parked.py" line="32"/>
        <location filename="../../backoffice/ui/sync_parked.py" line="106"/>
        <source>Not accepted by the shop</source>
        <translation>쇼핑몰이 받지 않은 변경</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/sync_parked.py" line="40"/>
        <source>Order</source>
        <translation>주문</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/sync_parked.py" line="40"/>
        <source>Change</source>
        <translation>변경</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/sync_parked.py" line="40"/>
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/sync_parked.py" line="40"/>
        <source>Attempts</source>
        <translation>시도 횟수</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/sync_parked.py" line="48"/>
        <source>Send again</source>
        <translation>다시 보내기</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/sync_parked.py" line="67"/>
        <source>Loading…</source>
        <translation>불러오는 중…</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/sync_parked.py" line="69"/>
        <source>The shop accepted every change</source>
        <translation>쇼핑몰이 모든 변경을 받았습니다</translation>
    </message>
</context>
<context>
    <name>ParkedOrdersDialog</name>
    <message>
        <location filename="../../backoffice/ui/sync_parked_orders.py" line="36"/>
        <location filename="../../backoffice/ui/sync_parked_orders.py" line="123"/>
        <source>Shop orders not taken in</source>
        <translation>가져오지 못한 쇼핑몰 주문</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/sync_parked_orders.py" line="43"/>
        <source>Shop</source>
        <translation>쇼핑몰</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/sync_parked_orders.py" line="44"/>
        <source>Shop order</source>
        <translation>쇼핑몰 주문번호</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/sync_parked_orders.py" line="45"/>
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/sync_parked_orders.py" line="46"/>
        <source>Times</source>
        <translation>횟수</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/sync_parked_orders.py" line="47"/>
        <source>Last seen</source>
        <translation>마지막 확인</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/sync_parked_orders.py" line="57"/>
        <source>The order as the shop sent it</source>
        <translation>쇼핑몰이 보낸 주문 원문</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/sync_parked_orders.py" line="63"/>
        <source>Copy JSON</source>
        <translation>JSON 복사</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/sync_parked_orders.py" line="79"/>
        <source>Loading…</source>
        <translation>불러오는 중…</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/sync_parked_orders.py" line="98"/>
        <source>Fix these orders in the shop: the next sync takes them in. The other orders were taken in as usual.</source>
        <translation>쇼핑몰에서 이 주문을 고쳐 주세요. 다음 동기화 때 가져옵니다. 다른 주문은 모두 정상적으로 가져왔습니다.</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/sync_parked_orders.py" line="104"/>
        <source>Every shop order was taken in</source>
        <translation>쇼핑몰 주문을 모두 가져왔습니다</translation>
    </message>
</context>
<context>
    <name>PaymentStates</name>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="72"/>
        <source>Requested</source>
        <translation>결제 요청중</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="73"/>
        <source>Paid</source>
        <translation>결제완료</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="74"/>
        <source>Withdrawn</source>
        <translation>요청취소</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/payments.py" line="109"/>
        <source>waiting for the web shop&apos;s page</source>
        <translation>웹 쇼핑몰 결제 페이지 대기 중</translation>
    </message>
</context>
<context>
    <name>Payments</name>
    <message>
        <location filename="../../backoffice/ui/detail/payments.py" line="53"/>
        <source>Paid</source>
        <translation>결제금액</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/payments.py" line="43"/>
        <source>Order amount</source>
        <translation>주문금액</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/payments.py" line="44"/>
        <source>Manual discount</source>
        <translation>수동 할인</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/payments.py" line="45"/>
        <source>Fees</source>
        <translation>수수료</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/payments.py" line="46"/>
        <source>Shipping</source>
        <translation>배송비</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/payments.py" line="47"/>
        <source>Tax</source>
        <translation>세금(부가세)</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/payments.py" line="48"/>
        <source>Grade discount</source>
        <translation>등급 할인</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/payments.py" line="49"/>
        <source>Coupon</source>
        <translation>쿠폰</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/payments.py" line="50"/>
        <source>Points</source>
        <translation>적립금</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/payments.py" line="51"/>
        <source>Shop rounding</source>
        <translation>쇼핑몰 반올림</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/payments.py" line="52"/>
        <source>Total</source>
        <translation>합계</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/payments.py" line="54"/>
        <source>Refunded</source>
        <translation>환불</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/payments.py" line="55"/>
        <source>Balance</source>
        <translation>잔액</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/payments.py" line="123"/>
        <source>shipping %1</source>
        <translation>배송비 %1</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/payments.py" line="129"/>
        <source>coupon -%1</source>
        <translation>쿠폰 -%1</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/payments.py" line="135"/>
        <source>%1 points</source>
        <translation>%1 포인트</translation>
    </message>
</context>
<context>
    <name>PaymentsPanel</name>
    <message>
        <location filename="../../backoffice/ui/detail/payments.py" line="164"/>
        <source>Breakdown</source>
        <translation>결제 내역</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/payments.py" line="173"/>
        <source>Coupon codes</source>
        <translation>쿠폰 코드</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/payments.py" line="175"/>
        <source>Payment status</source>
        <translation>결제상태</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/payments.py" line="180"/>
        <source>Refunds</source>
        <translation>환불 내역</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/payments.py" line="188"/>
        <source>Payments</source>
        <translation>결제</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/payments.py" line="194"/>
        <source>Payment requests</source>
        <translation>결제요청</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/payments.py" line="198"/>
        <source>Amount (empty: the balance)</source>
        <translation>금액 (비우면 잔액)</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/payments.py" line="199"/>
        <source>Request payment</source>
        <translation>결제요청</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/payments.py" line="201"/>
        <source>Copy payment link</source>
        <translation>결제링크 복사</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/payments.py" line="203"/>
        <source>Withdraw request</source>
        <translation>요청취소</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/payments.py" line="215"/>
        <source>PG transaction</source>
        <translation>PG 거래번호</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/payments.py" line="217"/>
        <source>Card issuer</source>
        <translation>카드사</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/payments.py" line="219"/>
        <source>Card number</source>
        <translation>카드번호</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/payments.py" line="222"/>
        <source> mo.</source>
        <translation>개월</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/payments.py" line="223"/>
        <source>Mark paid</source>
        <translation>결제완료 처리</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/payments.py" line="243"/>
        <source>%1 (%2 of it in the prices)</source>
        <translation>%1 (그중 %2은 상품 가격에 포함)</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/payments.py" line="278"/>
        <source>Choose an open payment request</source>
        <translation>요청중인 결제요청을 선택하세요</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/payments.py" line="301"/>
        <source>Payment requested; the web shop makes its payment page at the next sync, and the customer is sent the link then</source>
        <translation>결제를 요청했습니다. 다음 동기화 때 웹 쇼핑몰이 결제 페이지를 만들고, 그때 고객에게 링크를 보냅니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/payments.py" line="308"/>
        <source>Payment requested; the link is on the clipboard</source>
        <translation>결제요청을 보냈습니다. 결제링크가 복사되었습니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/payments.py" line="332"/>
        <source>Payment link copied</source>
        <translation>결제링크를 복사했습니다</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <location filename="../../backoffice/ui/bulk_flow.py" line="96"/>
        <source>Before acting</source>
        <translation>일괄처리 확인</translation>
    </message>
    <message numerus="yes">
        <location filename="../../backoffice/ui/bulk_flow.py" line="100"/>
        <source>The action applies to %n of the chosen orders.</source>
        <translation>
            <numerusform>선택한 주문 중 %n건에 적용됩니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../backoffice/ui/bulk_flow.py" line="102"/>
        <source>%n order(s) chosen.</source>
        <translation>
            <numerusform>대상 주문 %n건.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../backoffice/ui/bulk_flow.py" line="108"/>
        <source>%n skipped: %1</source>
        <translation>
            <numerusform>%n건 제외: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <location filename="../../backoffice/ui/printing/preview.py" line="56"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/printing/preview.py" line="59"/>
        <source>Preparing the preview…</source>
        <translation>미리보기를 준비하는 중…</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/printing/preview.py" line="68"/>
        <source>Print</source>
        <translation>인쇄</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/printing/preview.py" line="69"/>
        <source>Save…</source>
        <translation>저장…</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/printing/preview.py" line="70"/>
        <source>Open</source>
        <translation>열기</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/printing/preview.py" line="71"/>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/printing/preview.py" line="113"/>
        <source>This is an A4 document: save it as a PDF, or open it in your PDF viewer.</source>
        <translation>A4 문서입니다: PDF로 저장하거나 PDF 뷰어로 여세요.</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/printing/preview.py" line="119"/>
        <source>No printer is set up for this document (printer settings).</source>
        <translation>이 문서를 인쇄할 프린터가 설정되지 않았습니다 (프린터 설정).</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/printing/preview.py" line="121"/>
        <source>Printer: %1</source>
        <translation>프린터: %1</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/printing/preview.py" line="159"/>
        <source>Saved to %1</source>
        <translation>%1에 저장했습니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/printing/preview.py" line="165"/>
        <source>Picture (*.png);;Printer bytes (*.bin)</source>
        <translation>이미지 (*.png);;프린터 데이터 (*.bin)</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/printing/preview.py" line="167"/>
        <source>PDF (*.pdf);;Picture (*.png);;Printer bytes (*.bin)</source>
        <translation>PDF (*.pdf);;이미지 (*.png);;프린터 데이터 (*.bin)</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/printing/preview.py" line="170"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/printing/preview.py" line="173"/>
        <source>Save</source>
        <translation>저장</translation>
    </message>
</context>
<context>
    <name>PrintQueue</name>
    <message>
        <location filename="../../backoffice/ui/printing/queue_model.py" line="41"/>
        <source>Time</source>
        <translation>시간</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/printing/queue_model.py" line="42"/>
        <source>Order</source>
        <translation>주문</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/printing/queue_model.py" line="43"/>
        <source>Document</source>
        <translation>문서</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/printing/queue_model.py" line="44"/>
        <source>Printer</source>
        <translation>프린터</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/printing/queue_model.py" line="45"/>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/printing/queue_model.py" line="46"/>
        <source>Error</source>
        <translation>오류</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="77"/>
        <source>Receipt</source>
        <translation>영수증</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="78"/>
        <source>Shipping label</source>
        <translation>배송 라벨</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="79"/>
        <source>Invoice</source>
        <translation>거래명세서</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="80"/>
        <source>Packing slip</source>
        <translation>포장 명세서</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="81"/>
        <source>Order sheet</source>
        <translation>주문서</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="84"/>
        <source>Queued</source>
        <translation>대기</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="85"/>
        <source>Sending</source>
        <translation>전송 중</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="86"/>
        <source>Printed</source>
        <translation>출력됨</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="87"/>
        <source>Failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="88"/>
        <source>Not confirmed</source>
        <translation>확인 안 됨</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="89"/>
        <source>Cancelled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/printing/queue_model.py" line="152"/>
        <source>%1 and %2 more</source>
        <translation>%1 외 %2건</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/printing/queue_model.py" line="157"/>
        <source>%1 (reprint)</source>
        <translation>%1 (재출력)</translation>
    </message>
</context>
<context>
    <name>PrintQueueDialog</name>
    <message>
        <location filename="../../backoffice/ui/printing/queue_view.py" line="43"/>
        <source>Print queue</source>
        <translation>인쇄 대기열</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/printing/queue_view.py" line="59"/>
        <source>Only jobs that need attention</source>
        <translation>확인이 필요한 작업만</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/printing/queue_view.py" line="61"/>
        <source>Retry</source>
        <translation>다시 시도</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/printing/queue_view.py" line="62"/>
        <source>Reprint</source>
        <translation>재출력</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/printing/queue_view.py" line="63"/>
        <source>Send to other printer…</source>
        <translation>다른 프린터로 보내기…</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/printing/queue_view.py" line="64"/>
        <location filename="../../backoffice/ui/printing/queue_view.py" line="255"/>
        <source>Save as PDF…</source>
        <translation>PDF로 저장…</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/printing/queue_view.py" line="65"/>
        <source>Cancel job</source>
        <translation>작업 취소</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/printing/queue_view.py" line="66"/>
        <source>Refresh</source>
        <translation>새로 고침</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/printing/queue_view.py" line="67"/>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/printing/queue_view.py" line="138"/>
        <source>Job #%1 is queued again.</source>
        <translation>작업 #%1을(를) 다시 대기열에 넣었습니다.</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/printing/queue_view.py" line="148"/>
        <source>A reprint of job #%1 is queued.</source>
        <translation>작업 #%1의 재출력을 대기열에 넣었습니다.</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/printing/queue_view.py" line="158"/>
        <source>Job #%1 goes to the other printer.</source>
        <translation>작업 #%1을(를) 다른 프린터로 보냅니다.</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/printing/queue_view.py" line="182"/>
        <source>Saved to %1</source>
        <translation>%1에 저장했습니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/printing/queue_view.py" line="214"/>
        <source>Send to other printer</source>
        <translation>다른 프린터로 보내기</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/printing/queue_view.py" line="215"/>
        <source>Printer address (tcp://HOST:PORT, usb://VID:PID, …):</source>
        <translation>프린터 주소 (tcp://HOST:PORT, usb://VID:PID, …):</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/printing/queue_view.py" line="228"/>
        <source>Picture (*.png);;Printer bytes (*.bin)</source>
        <translation>이미지 (*.png);;프린터 데이터 (*.bin)</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/printing/queue_view.py" line="231"/>
        <source>PDF (*.pdf);;Picture (*.png);;Printer bytes (*.bin)</source>
        <translation>PDF (*.pdf);;이미지 (*.png);;프린터 데이터 (*.bin)</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/printing/queue_view.py" line="234"/>
        <source>Save print job</source>
        <translation>인쇄 작업 저장</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/printing/queue_view.py" line="253"/>
        <source>Save as picture…</source>
        <translation>이미지로 저장…</translation>
    </message>
</context>
<context>
    <name>PrinterBox</name>
    <message>
        <location filename="../../backoffice/ui/printing/settings_dialog.py" line="59"/>
        <source>Find…</source>
        <translation>찾기…</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/printing/settings_dialog.py" line="61"/>
        <source>Printers installed on this PC, serial ports and USB printers</source>
        <translation>이 PC에 설치된 프린터, 시리얼 포트, USB 프린터</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/printing/settings_dialog.py" line="69"/>
        <source>Picture (works on every printer)</source>
        <translation>이미지 (모든 프린터에서 출력)</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/printing/settings_dialog.py" line="70"/>
        <source>Korean characters (printer with Korean font)</source>
        <translation>한글 문자 (한글 글꼴 내장 프린터)</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/printing/settings_dialog.py" line="71"/>
        <source>Latin text only</source>
        <translation>영문만</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/printing/settings_dialog.py" line="72"/>
        <source>Printer answers status queries (confirms each job)</source>
        <translation>프린터가 상태 조회에 응답함 (작업마다 출력 확인)</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/printing/settings_dialog.py" line="73"/>
        <source>Test connection</source>
        <translation>연결 테스트</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/printing/settings_dialog.py" line="74"/>
        <source>Print test page</source>
        <translation>테스트 페이지 인쇄</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/printing/settings_dialog.py" line="77"/>
        <source>Turn confirmation off for this printer</source>
        <translation>이 프린터의 출력 확인 끄기</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/printing/settings_dialog.py" line="87"/>
        <source>Address</source>
        <translation>주소</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/printing/settings_dialog.py" line="88"/>
        <source>Paper width</source>
        <translation>용지 폭</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/printing/settings_dialog.py" line="89"/>
        <source>Text</source>
        <translation>글자</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/printing/settings_dialog.py" line="113"/>
        <source>Confirmation is off: jobs to this printer count as printed once sent.</source>
        <translation>출력 확인을 껐습니다. 이 프린터로 보낸 작업은 전송되면 출력된 것으로 봅니다.</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/printing/settings_dialog.py" line="148"/>
        <source>Looking for printers…</source>
        <translation>프린터를 찾는 중…</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/printing/settings_dialog.py" line="156"/>
        <source>No printer found on this PC: type a network printer&apos;s address.</source>
        <translation>이 PC에서 프린터를 찾지 못했습니다. 네트워크 프린터 주소를 입력하세요.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../backoffice/ui/printing/settings_dialog.py" line="161"/>
        <source>%n printer(s) found: choose one.</source>
        <translation>
            <numerusform>프린터 %n대를 찾았습니다. 하나를 고르세요.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/printing/settings_dialog.py" line="170"/>
        <source>Print a test page to check the paper width and text.</source>
        <translation>테스트 페이지를 인쇄해 용지 폭과 글자를 확인하세요.</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/printing/settings_dialog.py" line="189"/>
        <source>Enter the printer&apos;s address first.</source>
        <translation>먼저 프린터 주소를 입력하세요.</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/printing/settings_dialog.py" line="195"/>
        <source>Working…</source>
        <translation>처리 중…</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/printing/settings_dialog.py" line="204"/>
        <source>The printer answered: it is ready.</source>
        <translation>프린터가 응답했습니다: 인쇄할 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/printing/settings_dialog.py" line="206"/>
        <source>Sent. (This printer does not confirm jobs.)</source>
        <translation>보냈습니다. (이 프린터는 출력 확인을 하지 않습니다.)</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/printing/settings_dialog.py" line="211"/>
        <source>The printer is reachable but does not answer status queries, so its jobs cannot be confirmed. Turn confirmation off for it?</source>
        <translation>프린터에 연결은 되지만 상태 조회에 응답하지 않아 출력을 확인할 수 없습니다. 이 프린터의 출력 확인을 끌까요?</translation>
    </message>
</context>
<context>
    <name>PrinterSettingsDialog</name>
    <message>
        <location filename="../../backoffice/ui/printing/settings_dialog.py" line="232"/>
        <source>Printer settings</source>
        <translation>프린터 설정</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/printing/settings_dialog.py" line="233"/>
        <source>Receipt printer</source>
        <translation>영수증 프린터</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/printing/settings_dialog.py" line="234"/>
        <source>Label printer</source>
        <translation>라벨 프린터</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/printing/settings_dialog.py" line="239"/>
        <source>No cash drawer</source>
        <translation>금전함 없음</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/printing/settings_dialog.py" line="240"/>
        <source>Cash drawer on pin 2</source>
        <translation>금전함 (2번 핀)</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/printing/settings_dialog.py" line="241"/>
        <source>Cash drawer on pin 5</source>
        <translation>금전함 (5번 핀)</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/printing/settings_dialog.py" line="242"/>
        <source>Print the label when an order is shipped</source>
        <translation>출고하면 송장(라벨) 출력</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/printing/settings_dialog.py" line="244"/>
        <source>Always</source>
        <translation>항상</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/printing/settings_dialog.py" line="245"/>
        <source>Ask each time</source>
        <translation>매번 묻기</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/printing/settings_dialog.py" line="246"/>
        <source>Never</source>
        <translation>안 함</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/printing/settings_dialog.py" line="257"/>
        <source>Printed language</source>
        <translation>인쇄 언어</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/printing/settings_dialog.py" line="258"/>
        <source>Cash drawer (opens with each receipt)</source>
        <translation>금전함 (영수증마다 열림)</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/printing/settings_dialog.py" line="259"/>
        <source>Receipt after a counter sale</source>
        <translation>매장 판매 후 영수증</translation>
    </message>
</context>
<context>
    <name>RefundBox</name>
    <message>
        <location filename="../../backoffice/ui/detail/refund_box.py" line="88"/>
        <location filename="../../backoffice/ui/detail/refund_box.py" line="94"/>
        <source>Refund</source>
        <translation>환불</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/refund_box.py" line="97"/>
        <source>Items</source>
        <translation>상품</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/refund_box.py" line="98"/>
        <source>Shipping</source>
        <translation>배송비</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/refund_box.py" line="99"/>
        <source>Coupon clawed back</source>
        <translation>쿠폰 차감</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/refund_box.py" line="100"/>
        <source>Points returned</source>
        <translation>적립금 반환</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/refund_box.py" line="101"/>
        <source>Method</source>
        <translation>결제수단</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/refund_box.py" line="102"/>
        <source>Reason</source>
        <translation>사유</translation>
    </message>
</context>
<context>
    <name>Refunds</name>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="151"/>
        <source>Card</source>
        <translation>카드</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="152"/>
        <source>Cash</source>
        <translation>현금</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="153"/>
        <source>Bank transfer</source>
        <translation>무통장입금</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="154"/>
        <source>Naver Pay</source>
        <translation>네이버페이</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="155"/>
        <source>Kakao Pay</source>
        <translation>카카오페이</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="156"/>
        <source>Points</source>
        <translation>적립금</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="157"/>
        <source>Other</source>
        <translation>기타</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../backoffice/ui/bulk_flow.py" line="127"/>
        <source>Bulk action finished</source>
        <translation>일괄처리 완료</translation>
    </message>
    <message numerus="yes">
        <location filename="../../backoffice/ui/bulk_flow.py" line="130"/>
        <source>%n order(s) queued for printing.</source>
        <translation>
            <numerusform>주문 %n건을 인쇄 대기열에 넣었습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../backoffice/ui/bulk_flow.py" line="132"/>
        <source>%n order(s) changed.</source>
        <translation>
            <numerusform>주문 %n건을 처리했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/bulk_flow.py" line="134"/>
        <source>Stopped before the end.</source>
        <translation>중간에 중지했습니다.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../backoffice/ui/bulk_flow.py" line="136"/>
        <source>%n order(s) failed:</source>
        <translation>
            <numerusform>주문 %n건은 실패했습니다:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/bulk_flow.py" line="140"/>
        <source>Order code</source>
        <translation>주문번호</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/bulk_flow.py" line="140"/>
        <source>Why</source>
        <translation>사유</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <location filename="../../backoffice/ui/detail/rules.py" line="29"/>
        <source>Waiting for the customer to confirm the edit: withdraw the request first</source>
        <translation>고객 확인 요청중입니다: 먼저 요청을 취소하세요</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/rules.py" line="39"/>
        <source>The order sheet can be edited only while new or preparing</source>
        <translation>주문서는 주문접수·상품준비 단계에서만 수정할 수 있습니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/rules.py" line="47"/>
        <source>Quantities can change only while preparing</source>
        <translation>수량은 상품준비 단계에서만 바꿀 수 있습니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/rules.py" line="53"/>
        <source>There is no edit to confirm</source>
        <translation>확인 요청할 수정 내역이 없습니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/rules.py" line="59"/>
        <source>No confirmation of an edit is requested</source>
        <translation>요청중인 수정 확인이 없습니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/rules.py" line="65"/>
        <source>Shipments of a cancelled or completed order cannot change</source>
        <translation>취소되었거나 구매확정된 주문의 배송은 바꿀 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/rules.py" line="73"/>
        <source>Shipments can be split only while preparing</source>
        <translation>배송분리는 상품준비 단계에서만 할 수 있습니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/rules.py" line="82"/>
        <source>Move the order to preparing first</source>
        <translation>먼저 주문을 상품준비로 옮기세요</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/rules.py" line="88"/>
        <source>The order is cancelled: its claims are closed</source>
        <translation>취소된 주문입니다: 클레임을 열 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/rules.py" line="90"/>
        <source>The order is completed: it can no longer be cancelled</source>
        <translation>구매확정된 주문입니다: 더 이상 취소할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/rules.py" line="94"/>
        <source>No unshipped units are left to cancel</source>
        <translation>취소할 수 있는 미출고 수량이 없습니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/rules.py" line="100"/>
        <source>The order is completed: returns and exchanges are closed</source>
        <translation>구매확정된 주문입니다: 반품·교환이 마감되었습니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/rules.py" line="104"/>
        <source>Only shipped or delivered goods can be returned or exchanged</source>
        <translation>배송중·배송완료 상품만 반품·교환할 수 있습니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/rules.py" line="112"/>
        <source>A cancelled or completed order takes no payment request</source>
        <translation>취소·구매확정 주문에는 결제요청을 할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/rules.py" line="116"/>
        <source>Nothing is owed beyond the open requests</source>
        <translation>요청중인 금액 외에 받을 금액이 없습니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/rules.py" line="127"/>
        <source>Nothing paid is left to refund</source>
        <translation>환불할 결제 금액이 남아 있지 않습니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/rules.py" line="179"/>
        <source>The order is not cancelled</source>
        <translation>취소된 주문이 아닙니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/rules.py" line="197"/>
        <source>Only a manager can delete an order</source>
        <translation>주문 삭제는 관리자만 할 수 있습니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/rules.py" line="212"/>
        <source>A delivery order is shipped, not handed over</source>
        <translation>택배 주문은 전달하지 않고 출고합니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/rules.py" line="214"/>
        <source>Nothing left to hand over</source>
        <translation>전달할 상품이 남아 있지 않습니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/rules.py" line="221"/>
        <source>A pickup order is handed over, not shipped</source>
        <translation>매장 픽업 주문은 출고하지 않고 전달합니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/rules.py" line="223"/>
        <location filename="../../backoffice/ui/detail/rules.py" line="225"/>
        <source>Nothing left to ship</source>
        <translation>출고할 배송이 없습니다</translation>
    </message>
</context>
<context>
    <name>ServiceMessages</name>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="12"/>
        <source>A PIN is 4 to 6 digits</source>
        <translation>PIN은 4~6자리 숫자입니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="13"/>
        <source>A back-office order is made at the counter or by phone, not {channel}</source>
        <translation>관리자 주문은 매장 또는 전화 주문만 만들 수 있습니다 ({channel} 불가)</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="17"/>
        <source>A cash receipt for expense proof needs the 10-digit business number, not {number}</source>
        <translation>지출증빙 현금영수증에는 10자리 사업자번호가 필요합니다 ({number} 아님)</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="21"/>
        <source>A cash receipt for income deduction needs a mobile phone number, not {number}</source>
        <translation>소득공제 현금영수증에는 휴대폰 번호가 필요합니다 ({number} 아님)</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="25"/>
        <source>A cash receipt is for income deduction or expense proof</source>
        <translation>현금영수증은 소득공제 또는 지출증빙용입니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="26"/>
        <source>A cash receipt is issued for cash payments only</source>
        <translation>현금영수증은 현금 결제에만 발행됩니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="27"/>
        <source>A claim needs a reason</source>
        <translation>클레임 사유를 입력하세요</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="28"/>
        <source>A claimed quantity must be at least 1</source>
        <translation>클레임 수량은 1개 이상이어야 합니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="29"/>
        <source>A colour is written #RRGGBB (e.g. #1565c0), not {text!r}</source>
        <translation>색상은 #RRGGBB 형식으로 입력하세요 (예: #1565c0). 입력값: {text!r}</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="33"/>
        <source>A customer needs a name</source>
        <translation>고객 이름을 입력하세요</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="34"/>
        <source>A customer&apos;s cancel request is approved by cancelling</source>
        <translation>고객의 취소요청은 주문을 취소하여 승인합니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="35"/>
        <source>A customer&apos;s cancel request is rejected with a message</source>
        <translation>고객의 취소요청은 고객에게 메시지를 보내 거부합니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="36"/>
        <source>A delivery order needs a shipping address</source>
        <translation>배송 주문에는 배송지가 필요합니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="37"/>
        <source>A discount amount cannot be negative</source>
        <translation>할인 금액은 0보다 작을 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="38"/>
        <source>A discount must be a whole number, not {value!r}</source>
        <translation>할인은 정수로 입력하세요. 입력값: {value!r}</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="39"/>
        <source>A discount of {amount} is more than the line&apos;s {gross}</source>
        <translation>할인 {amount}이(가) 상품 금액 {gross}보다 큽니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="40"/>
        <source>A free line needs a price: {name}</source>
        <translation>직접 입력 상품에는 가격이 필요합니다: {name}</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="41"/>
        <source>A later change of order {code} already reached the shop: sending this older one now would undo it there</source>
        <translation>주문 {code}의 더 최근 변경이 이미 쇼핑몰에 반영되었습니다: 이 이전 변경을 지금 보내면 쇼핑몰에서 되돌려집니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="45"/>
        <source>A memo is at most {most} characters</source>
        <translation>메모는 최대 {most}자까지 입력할 수 있습니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="46"/>
        <source>A memo needs some text</source>
        <translation>메모 내용을 입력하세요</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="47"/>
        <source>A message is at most {most} characters</source>
        <translation>메시지는 최대 {most}자까지 입력할 수 있습니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="48"/>
        <source>A message needs some text</source>
        <translation>메시지 내용을 입력하세요</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="49"/>
        <source>A notification needs a subject</source>
        <translation>알림 제목을 입력하세요</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="50"/>
        <source>A payment must be more than zero</source>
        <translation>결제 금액은 0보다 커야 합니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="51"/>
        <source>A percentage must be between 0 and 100, not {percent}</source>
        <translation>할인율은 0에서 100 사이여야 합니다. 입력값: {percent}</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="52"/>
        <source>A pickup goes from ready to delivered (picked up)</source>
        <translation>픽업은 배송대기에서 배송완료(수령)로 바로 넘어갑니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="53"/>
        <source>A quantity must be at least 1</source>
        <translation>수량은 1개 이상이어야 합니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="54"/>
        <source>A receipt is printed for one order at a time</source>
        <translation>영수증은 한 번에 한 주문만 인쇄할 수 있습니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="55"/>
        <source>A refund line cannot be discounted</source>
        <translation>환급 항목은 할인할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="56"/>
        <source>A refund or fee line cannot be cancelled, returned or exchanged</source>
        <translation>환불 줄이나 수수료 줄은 취소·반품·교환할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="60"/>
        <source>A row needs an order reference and a tracking number</source>
        <translation>행마다 주문번호와 운송장번호가 있어야 합니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="61"/>
        <source>A sale&apos;s receipt is printed {choices}</source>
        <translation>판매 영수증 출력은 {choices} 중 하나입니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="62"/>
        <source>A serial port is COM1, COM2 … or a /dev path: {uri!r}</source>
        <translation>시리얼 포트는 COM1, COM2 … 또는 /dev 경로입니다: {uri!r}</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="63"/>
        <source>A shop URL starts with https:// (or http://): {url!r}</source>
        <translation>쇼핑몰 주소는 https:// (또는 http://)로 시작해야 합니다: {url!r}</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="64"/>
        <source>A shop needs a name</source>
        <translation>쇼핑몰 이름을 입력하세요</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="65"/>
        <source>A split must leave something in the original shipment</source>
        <translation>분리 후에도 원래 배송에 상품이 남아 있어야 합니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="66"/>
        <source>A staff member needs a name</source>
        <translation>직원 이름을 입력하세요</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="67"/>
        <source>A staff name has at most {n} characters</source>
        <translation>직원 이름은 최대 {n}자입니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="68"/>
        <source>A status label is at most {most} characters</source>
        <translation>사용자 상태 이름은 최대 {most}자입니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="69"/>
        <source>A status label needs a name</source>
        <translation>사용자 상태 이름을 입력하세요</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="70"/>
        <source>A tab needs a name</source>
        <translation>탭 이름을 입력하세요</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="71"/>
        <source>A webhook needs a short name (at most 50 characters)</source>
        <translation>웹훅에는 짧은 이름이 필요합니다 (최대 50자)</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="72"/>
        <source>A {claim_kind} claim that is {claim_state} cannot be {claim_target}</source>
        <translation>{claim_state} 상태의 {claim_kind} 클레임은 {claim_target}(으)로 바꿀 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="76"/>
        <source>Address {slot} added: {name} {address}</source>
        <translation>배송지 {slot} 추가: {name} {address}</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="77"/>
        <source>Address {slot} changed: {name} {address}</source>
        <translation>배송지 {slot} 변경: {name} {address}</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="78"/>
        <source>Amount {text} has more decimals than {currency} allows</source>
        <translation>금액 {text}의 소수 자릿수가 {currency}에서 허용하는 것보다 많습니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="79"/>
        <source>An address needs a recipient name</source>
        <translation>배송지에 받는 사람 이름을 입력하세요</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="80"/>
        <source>An exchange shipment travels on its own</source>
        <translation>교환 배송은 따로 보내야 합니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="81"/>
        <source>An in-memory database has nothing to back up</source>
        <translation>메모리 데이터베이스는 백업할 내용이 없습니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="82"/>
        <source>An order keeps at most five shipping addresses</source>
        <translation>주문 하나에 배송지는 최대 5개까지입니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="83"/>
        <source>An order needs at least one line</source>
        <translation>주문에는 상품이 하나 이상 있어야 합니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="84"/>
        <source>At the counter payment is cash or card, not {method}</source>
        <translation>매장 결제는 현금 또는 카드만 가능합니다 ({method} 불가)</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="85"/>
        <source>Backups are made of SQLite databases only, not {backend}</source>
        <translation>백업은 SQLite 데이터베이스만 할 수 있습니다 ({backend} 불가)</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="89"/>
        <source>Cancel request rejected: {reason}</source>
        <translation>취소요청 거부: {reason}</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="90"/>
        <source>Cancel {items}: {claim_state} ({reason})</source>
        <translation>취소 {items}: {claim_state} ({reason})</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="91"/>
        <source>Cancel {items}: {claim_state} ({reason}); pickup {carrier} {address}</source>
        <translation>취소 {items}: {claim_state} ({reason}), 수거 {carrier} {address}</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="95"/>
        <source>Cancelled: {reason}</source>
        <translation>주문 취소: {reason}</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="96"/>
        <source>Cancelling needs a reason</source>
        <translation>취소 사유를 입력하세요</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="97"/>
        <source>Cancelling needs a reason: use cancel</source>
        <translation>취소에는 사유가 필요합니다: 주문 취소를 사용하세요</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="98"/>
        <source>Cannot open the database {url}: {detail}</source>
        <translation>데이터베이스 {url}을(를) 열 수 없습니다: {detail}</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="99"/>
        <source>Cannot open the database: {orig}</source>
        <translation>데이터베이스를 열 수 없습니다: {orig}</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="100"/>
        <source>Cannot write {target}: {detail}</source>
        <translation>{target}에 저장할 수 없습니다: {detail}</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="101"/>
        <source>Change ({kind}) queued for the shop again; it had failed: {error}</source>
        <translation>변경({kind})을 쇼핑몰 전송 대기열에 다시 넣음. 이전 오류: {error}</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="105"/>
        <source>Changed here and in the shop: stage {stage} here, {target} in the shop; waiting for staff (R43)</source>
        <translation>이 컴퓨터와 쇼핑몰에서 모두 변경됨: 여기는 {stage}, 쇼핑몰은 {target}. 직원 확인 대기 (R43)</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="109"/>
        <source>Changed here and in the shop: {field} {local} here, {remote} in the shop; waiting for staff (R43)</source>
        <translation>이 컴퓨터와 쇼핑몰에서 모두 변경됨: {field} 여기는 {local}, 쇼핑몰은 {remote}. 직원 확인 대기 (R43)</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="113"/>
        <source>Choose at least one line and a quantity</source>
        <translation>상품과 수량을 하나 이상 선택하세요</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="114"/>
        <source>Choose at least one unit to split off</source>
        <translation>분리할 수량을 하나 이상 선택하세요</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="115"/>
        <source>Choose at least two shipments to merge</source>
        <translation>합칠 배송을 두 개 이상 선택하세요</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="116"/>
        <source>Choose the carrier of these numbers</source>
        <translation>이 운송장번호의 택배사를 고르세요</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="117"/>
        <source>Could not read {path}: {reason}</source>
        <translation>{path}을(를) 읽지 못했습니다: {reason}</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="118"/>
        <source>Could not store the secret of shop {name!r}: {reason}. Set the environment variable {variable} to the secret instead.</source>
        <translation>쇼핑몰 {name!r}의 비밀키를 저장하지 못했습니다: {reason}. 대신 환경변수 {variable}에 비밀키를 설정하세요.</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="122"/>
        <source>Could not upgrade the database: {orig}</source>
        <translation>데이터베이스를 업그레이드하지 못했습니다: {orig}</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="123"/>
        <source>Could not write {path}: {reason}</source>
        <translation>{path} 파일을 쓰지 못했습니다: {reason}</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="124"/>
        <source>Customer asked to confirm the edited order</source>
        <translation>변경된 주문의 고객 확인 요청</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="125"/>
        <source>Customer confirmed the edited order</source>
        <translation>고객이 변경된 주문을 확인함</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="126"/>
        <source>Customer not notified ({event}): the order has no e-mail address</source>
        <translation>고객에게 알리지 못함 ({event}): 주문에 이메일 주소가 없음</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="130"/>
        <source>Customer not notified ({event}): the order has no mobile phone number</source>
        <translation>고객 알림 안 됨 ({event}): 주문에 휴대폰 번호가 없습니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="134"/>
        <source>Customers are written to in Korean (ko) or English (en)</source>
        <translation>고객 안내는 한국어(ko) 또는 영어(en)로만 보낼 수 있습니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="135"/>
        <source>Discount on {name}: {amount}</source>
        <translation>{name} 할인: {amount}</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="136"/>
        <source>Discount on {name}: {percent}%</source>
        <translation>{name} 할인: {percent}%</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="137"/>
        <source>E-mail notifications need a sender address (From)</source>
        <translation>이메일 알림에는 보내는 사람 주소(From)가 필요합니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="138"/>
        <source>E-mail notifications need an SMTP server</source>
        <translation>이메일 알림에는 SMTP 서버가 필요합니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="139"/>
        <source>Edit confirmation request withdrawn</source>
        <translation>변경 확인 요청 철회</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="140"/>
        <source>Enter both the carrier and the tracking number</source>
        <translation>택배사와 송장번호를 모두 입력하세요</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="141"/>
        <source>Exchange {items}: {claim_state} ({reason})</source>
        <translation>교환 {items}: {claim_state} ({reason})</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="142"/>
        <source>Exchange {items}: {claim_state} ({reason}); pickup {carrier} {address}</source>
        <translation>교환 {items}: {claim_state} ({reason}), 수거 {carrier} {address}</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="146"/>
        <source>Export stopped; no file was written</source>
        <translation>내보내기를 중지했습니다. 파일은 만들지 않았습니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="147"/>
        <source>Export to .xlsx or .csv, not a file without suffix</source>
        <translation>확장자가 .xlsx 또는 .csv인 파일로 내보내세요</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="148"/>
        <source>Export to .xlsx or .csv, not {suffix}</source>
        <translation>.xlsx 또는 .csv 파일로 내보내세요 ({suffix} 불가)</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="149"/>
        <source>Give a discount as either an amount or a percentage</source>
        <translation>할인은 금액 또는 할인율 중 하나만 입력하세요</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="150"/>
        <source>Give a number of minutes between 0 and 1440</source>
        <translation>0에서 1440 사이의 분 단위 숫자를 입력하세요</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="151"/>
        <source>Import a .xlsx or .csv file, not {suffix}</source>
        <translation>.xlsx 또는 .csv 파일을 가져오세요 ({suffix} 아님)</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="152"/>
        <source>Instalment months cannot be negative</source>
        <translation>할부 개월 수는 0보다 작을 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="153"/>
        <source>Job #{job_id} cancelled</source>
        <translation>작업 #{job_id} 취소</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="154"/>
        <source>Job #{job_id} moved to {where}</source>
        <translation>작업 #{job_id}을(를) {where}(으)로 이동</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="155"/>
        <source>Line added: {name} × {quantity} ({line_kind})</source>
        <translation>상품 추가: {name} × {quantity} ({line_kind})</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="156"/>
        <source>Line removed: {name} × {quantity}</source>
        <translation>상품 삭제: {name} × {quantity}</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="157"/>
        <source>Local stage change ({stages}) not sent to the shop: {why} (R43)</source>
        <translation>이 컴퓨터의 단계 변경({stages})을 쇼핑몰에 보내지 않음: {why} (R43)</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="161"/>
        <source>Locked until {time}</source>
        <translation>{time}까지 잠겨 있습니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="162"/>
        <source>Memo for the customer: {text}</source>
        <translation>고객 메모: {text}</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="163"/>
        <source>Memo: {text}</source>
        <translation>메모: {text}</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="164"/>
        <source>Message from the customer: {text}</source>
        <translation>고객이 보낸 메시지: {text}</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="165"/>
        <source>Message to the customer ({via}): {text}</source>
        <translation>고객에게 보낸 메시지 ({via}): {text}</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="166"/>
        <source>Moving an order back needs a reason</source>
        <translation>주문을 이전 단계로 되돌리려면 사유를 입력하세요</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="167"/>
        <source>No active staff member {name}</source>
        <translation>재직 중인 직원 {name}이(가) 없습니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="168"/>
        <source>No database driver for {drivername}: {name}</source>
        <translation>{drivername}용 데이터베이스 드라이버가 없습니다: {name}</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="169"/>
        <source>No file at {path}</source>
        <translation>{path}에 파일이 없습니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="170"/>
        <source>No list tab {tab_id}</source>
        <translation>목록 탭 {tab_id}이(가) 없습니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="171"/>
        <source>No order or tracking column among {headers}</source>
        <translation>주문번호나 운송장번호 열이 없습니다: {headers}</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="172"/>
        <source>No order {text!r}</source>
        <translation>주문 {text!r}이(가) 없습니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="173"/>
        <source>No outbox row {entry_id}</source>
        <translation>전송 대기 항목 {entry_id}이(가) 없습니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="174"/>
        <source>No print job #{job_id}</source>
        <translation>인쇄 작업 #{job_id}이(가) 없습니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="175"/>
        <source>No printer is set up for this document: choose one in printer settings</source>
        <translation>이 문서를 인쇄할 프린터가 설정되지 않았습니다: 프린터 설정에서 선택하세요</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="179"/>
        <source>No product with SKU {sku!r}</source>
        <translation>SKU {sku!r} 상품이 없습니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="180"/>
        <source>No secret for shop {name!r}: {reason}. Run &apos;backoffice shop add&apos; again, or set the environment variable {variable}.</source>
        <translation>쇼핑몰 {name!r}의 비밀키가 없습니다: {reason}. &apos;backoffice shop add&apos;를 다시 실행하거나 환경변수 {variable}을(를) 설정하세요.</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="184"/>
        <source>No shop with id {shop_id}</source>
        <translation>ID {shop_id} 쇼핑몰이 없습니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="185"/>
        <source>No sync conflict {conflict_id}</source>
        <translation>동기화 충돌 {conflict_id}이(가) 없습니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="186"/>
        <source>Not a database URL: {url}</source>
        <translation>데이터베이스 주소가 아닙니다: {url}</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="187"/>
        <source>Not an amount: {text!r}</source>
        <translation>금액이 아닙니다: {text!r}</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="188"/>
        <source>Not enough space in {folder}: the backup needs about {need}, {free} is free</source>
        <translation>{folder}에 공간이 부족합니다: 백업에 약 {need}이(가) 필요한데 {free}만 남아 있습니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="192"/>
        <source>Nothing to print: no orders given</source>
        <translation>인쇄할 주문이 없습니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="193"/>
        <source>Nothing to refund</source>
        <translation>환불할 금액이 없습니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="194"/>
        <source>Notifications are written in Korean (ko) or English (en)</source>
        <translation>알림은 한국어(ko) 또는 영어(en)로만 작성할 수 있습니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="198"/>
        <source>Notifications go through the shop, by e-mail, by SMS or not at all, not {channel}</source>
        <translation>알림은 쇼핑몰, 이메일, 문자로 보내거나 보내지 않습니다 ({channel} 아님)</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="202"/>
        <source>Notified customer by e-mail: {subject}</source>
        <translation>고객에게 이메일로 알림: {subject}</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="203"/>
        <source>Notified customer through the web shop: {subject}</source>
        <translation>고객에게 쇼핑몰로 알림: {subject}</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="204"/>
        <source>Only a manager can change settings</source>
        <translation>설정 변경은 관리자만 할 수 있습니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="205"/>
        <source>Only a manager can change the custom statuses</source>
        <translation>사용자 상태 변경은 관리자만 할 수 있습니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="206"/>
        <source>Only a manager can change the printer settings</source>
        <translation>프린터 설정 변경은 관리자만 할 수 있습니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="207"/>
        <source>Only a manager can change the shop settings</source>
        <translation>쇼핑몰 설정 변경은 관리자만 할 수 있습니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="208"/>
        <source>Only a manager can delete an order</source>
        <translation>주문 삭제는 관리자만 할 수 있습니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="209"/>
        <source>Only a manager can do this</source>
        <translation>관리자만 할 수 있는 작업입니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="210"/>
        <source>Only a manager can manage staff</source>
        <translation>직원 관리는 관리자만 할 수 있습니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="211"/>
        <source>Only a manager can move an order back to an earlier stage</source>
        <translation>주문을 이전 단계로 되돌리는 것은 관리자만 할 수 있습니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="215"/>
        <source>Only a manager can refund</source>
        <translation>환불은 관리자만 할 수 있습니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="216"/>
        <source>Only a manager can revive a cancelled order</source>
        <translation>취소된 주문을 되살리는 것은 관리자만 할 수 있습니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="217"/>
        <source>Only a refund line can have a negative price</source>
        <translation>음수 가격은 환급 항목에만 쓸 수 있습니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="218"/>
        <source>Only an exchange takes replacement products</source>
        <translation>교환 상품은 교환 클레임에서만 지정할 수 있습니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="219"/>
        <source>Only cash is handed over and counted</source>
        <translation>받은 금액은 현금 결제에만 입력합니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="220"/>
        <source>Only returned goods can be marked damaged</source>
        <translation>반품 상품만 파손으로 표시할 수 있습니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="221"/>
        <source>Only {shipping_fee} of shipping was charged on {code}</source>
        <translation>주문 {code}에 청구된 배송비는 {shipping_fee}뿐입니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="222"/>
        <source>Order created at the {channel}: {count} items, {total}</source>
        <translation>{channel} 주문 등록: 상품 {count}개, {total}</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="223"/>
        <source>Order created at the {channel}: {count} items, {total}; paid {paid} by {method}</source>
        <translation>{channel} 주문 등록: 상품 {count}개, {total}. {paid} 결제 ({method})</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="227"/>
        <source>Order created at the {channel}: {count} items, {total}; paid {paid} by {method}; payment requested: {link}</source>
        <translation>{channel} 주문 등록: 상품 {count}개, {total}. {paid} 결제 ({method}). 결제 요청: {link}</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="231"/>
        <source>Order created at the {channel}: {count} items, {total}; paid {paid} by {method}; payment requested: {link}; replaces {old_code}</source>
        <translation>{channel} 주문 등록: 상품 {count}개, {total}. {paid} 결제 ({method}). 결제 요청: {link}. 주문 {old_code} 대체</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="235"/>
        <source>Order created at the {channel}: {count} items, {total}; paid {paid} by {method}; replaces {old_code}</source>
        <translation>{channel} 주문 등록: 상품 {count}개, {total}. {paid} 결제 ({method}). 주문 {old_code} 대체</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="239"/>
        <source>Order created at the {channel}: {count} items, {total}; payment requested: {link}</source>
        <translation>{channel} 주문 등록: 상품 {count}개, {total}. 결제 요청: {link}</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="243"/>
        <source>Order created at the {channel}: {count} items, {total}; payment requested: {link}; replaces {old_code}</source>
        <translation>{channel} 주문 등록: 상품 {count}개, {total}. 결제 요청: {link}. 주문 {old_code} 대체</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="247"/>
        <source>Order created at the {channel}: {count} items, {total}; replaces {old_code}</source>
        <translation>{channel} 주문 등록: 상품 {count}개, {total}. 주문 {old_code} 대체</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="251"/>
        <source>Order placed ({channel}), {count} items</source>
        <translation>주문 접수 ({channel}), 상품 {count}개</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="252"/>
        <source>Order {code} already has a cancel request</source>
        <translation>주문 {code}에는 이미 취소요청이 있습니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="253"/>
        <source>Order {code} already keeps {MAX_ADDRESSES} shipping addresses</source>
        <translation>주문 {code}에는 이미 배송지가 {MAX_ADDRESSES}개 있습니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="257"/>
        <source>Order {code} cannot be reverted to {target}</source>
        <translation>주문 {code}은(는) {target} 단계로 되돌릴 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="258"/>
        <source>Order {code} deleted: no reason given</source>
        <translation>주문 {code} 삭제: 사유 없음</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="259"/>
        <source>Order {code} deleted: {reason}</source>
        <translation>주문 {code} 삭제: {reason}</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="260"/>
        <source>Order {code} has no address {slot}</source>
        <translation>주문 {code}에 배송지 {slot}이(가) 없습니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="261"/>
        <source>Order {code} has no claim {claim_id}</source>
        <translation>주문 {code}에 클레임 {claim_id}이(가) 없습니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="262"/>
        <source>Order {code} has no e-mail address</source>
        <translation>주문 {code}에 이메일 주소가 없습니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="263"/>
        <source>Order {code} has no line {line_id}</source>
        <translation>주문 {code}에 상품 {line_id}이(가) 없습니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="264"/>
        <source>Order {code} has no open cancel request</source>
        <translation>주문 {code}에 처리 대기 중인 취소요청이 없습니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="265"/>
        <source>Order {code} has no payment request {request_id}</source>
        <translation>주문 {code}에 결제요청 {request_id}이(가) 없습니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="266"/>
        <source>Order {code} has no phone number to text</source>
        <translation>주문 {code}에 문자를 보낼 전화번호가 없습니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="267"/>
        <source>Order {code} has no shipment #{number}</source>
        <translation>주문 {code}에 배송 #{number}이(가) 없습니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="268"/>
        <source>Order {code} has no such line</source>
        <translation>주문 {code}에 해당 상품이 없습니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="269"/>
        <source>Order {code} is a pickup order: it goes from ready to delivered (picked up)</source>
        <translation>주문 {code}은(는) 픽업 주문입니다: 배송대기에서 배송완료(수령)로 넘어갑니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="273"/>
        <source>Order {code} is a pickup order: it is not shipped</source>
        <translation>주문 {code}은(는) 매장 픽업 주문이라 출고하지 않습니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="274"/>
        <source>Order {code} is already cancelled</source>
        <translation>주문 {code}은(는) 이미 취소되었습니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="275"/>
        <source>Order {code} is cancelled: a purchase is confirmed once the goods are with the customer</source>
        <translation>주문 {code}은(는) 취소되었습니다: 구매확정은 고객이 상품을 받은 뒤에 할 수 있습니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="279"/>
        <source>Order {code} is cancelled: it cannot move forward</source>
        <translation>주문 {code}은(는) 취소되어 다음 단계로 옮길 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="280"/>
        <source>Order {code} is cancelled: it takes no payment</source>
        <translation>주문 {code}은(는) 취소되어 결제를 받을 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="281"/>
        <source>Order {code} is cancelled: its claims are closed</source>
        <translation>주문 {code}은(는) 취소되어 클레임을 열 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="282"/>
        <source>Order {code} is completed: it can no longer be cancelled</source>
        <translation>주문 {code}은(는) 구매확정되어 더 이상 취소할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="286"/>
        <source>Order {code} is completed: it cannot be reverted</source>
        <translation>주문 {code}은(는) 구매확정되어 되돌릴 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="287"/>
        <source>Order {code} is completed: it cannot change</source>
        <translation>주문 {code}은(는) 구매확정되어 변경할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="288"/>
        <source>Order {code} is completed: returns are closed</source>
        <translation>주문 {code}은(는) 구매확정되어 반품·교환이 마감되었습니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="289"/>
        <source>Order {code} is not cancelled</source>
        <translation>주문 {code}은(는) 취소된 주문이 아닙니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="290"/>
        <source>Order {code} is only {stage}: a purchase is confirmed once the goods are with the customer</source>
        <translation>주문 {code}은(는) 아직 {stage} 단계입니다: 구매확정은 고객이 상품을 받은 뒤에 할 수 있습니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="294"/>
        <source>Order {code} is still {stage}: only a lapsed or cancelled order is replaced by a new one</source>
        <translation>주문 {code}은(는) 아직 {stage} 단계입니다: 기한이 지났거나 취소된 주문만 새 주문으로 대신할 수 있습니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="298"/>
        <source>Order {code} is {stage}</source>
        <translation>주문 {code}은(는) {stage} 상태입니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="299"/>
        <source>Order {code} is {stage}: its shipments cannot change</source>
        <translation>주문 {code}은(는) {stage} 단계라 배송을 바꿀 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="300"/>
        <source>Order {code} is {stage}: move it to preparing first</source>
        <translation>주문 {code}은(는) {stage} 단계입니다: 먼저 상품준비로 옮기세요</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="301"/>
        <source>Order {code} is {stage}: no payment can be asked</source>
        <translation>주문 {code}은(는) {stage} 단계라 결제를 요청할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="302"/>
        <source>Order {code} is {stage}: only shipped or delivered goods can be exchanged; cancel them instead</source>
        <translation>주문 {code}은(는) {stage} 단계입니다: 배송중·배송완료 상품만 교환할 수 있으니 대신 취소하세요</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="306"/>
        <source>Order {code} is {stage}: only shipped or delivered goods can be returned; cancel them instead</source>
        <translation>주문 {code}은(는) {stage} 단계입니다: 배송중·배송완료 상품만 반품할 수 있으니 대신 취소하세요</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="310"/>
        <source>Order {code} is {stage}: quantities can change only while preparing</source>
        <translation>주문 {code}은(는) {stage} 단계입니다: 수량은 상품준비 단계에서만 바꿀 수 있습니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="314"/>
        <source>Order {code} is {stage}: shipments can be split only while preparing</source>
        <translation>주문 {code}은(는) {stage} 단계입니다: 배송분리는 상품준비 단계에서만 할 수 있습니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="318"/>
        <source>Order {code} is {stage}: the order sheet can be edited only while received or preparing</source>
        <translation>주문 {code}은(는) {stage} 단계입니다: 주문서는 주문접수·상품준비 단계에서만 수정할 수 있습니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="322"/>
        <source>Order {code} is {stage}: the original order can only be paid while pending payment or new; send a payment request instead</source>
        <translation>주문 {code}은(는) {stage} 단계입니다: 원주문 결제는 결제대기·주문접수 단계에서만 받을 수 있으니 결제요청을 보내세요</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="326"/>
        <source>Order {code} is {stage}: {target} is not a forward move (a manager can revert instead)</source>
        <translation>주문 {code}은(는) {stage} 단계입니다: {target}(으)로는 앞으로 옮길 수 없습니다 (관리자는 되돌리기를 할 수 있습니다)</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="330"/>
        <source>Order {code} is {stage}: {target} is not an earlier stage</source>
        <translation>주문 {code}은(는) {stage} 단계입니다: {target}은(는) 이전 단계가 아닙니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="334"/>
        <source>Order {code} needs a carrier and a tracking number to be shipped</source>
        <translation>주문 {code}을(를) 배송중으로 옮기려면 택배사와 송장번호가 필요합니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="338"/>
        <source>Order {code} owes nothing that is not already asked for</source>
        <translation>주문 {code}의 남은 금액은 모두 이미 결제요청되었습니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="339"/>
        <source>Order {code} owes {balance}: a payment of {amount} is too much</source>
        <translation>주문 {code}의 남은 금액은 {balance}입니다: {amount}은(는) 너무 많습니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="343"/>
        <source>Order {code} owes {owed} beyond open requests: {amount} is too much</source>
        <translation>주문 {code}에서 요청중인 결제 외에 남은 금액은 {owed}입니다: {amount}은(는) 너무 많습니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="347"/>
        <source>Order {code} still waits for payment of {balance}: confirm to prepare it anyway</source>
        <translation>주문 {code}은(는) 아직 {balance} 결제를 기다리고 있습니다: 그래도 상품준비로 옮기려면 확인하세요</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="351"/>
        <source>Order {code} used only {points_used} points</source>
        <translation>주문 {code}에서 사용한 적립금은 {points_used}뿐입니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="352"/>
        <source>Order {code} waits for the customer to confirm its edit: it moves on once they confirm, or after you withdraw the request</source>
        <translation>주문 {code}은(는) 고객의 수정 확인을 기다리는 중입니다. 고객이 확인하거나 확인 요청을 철회한 뒤에 진행할 수 있습니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="356"/>
        <source>Order {code} waits for the customer to confirm its edit: withdraw the request to change it</source>
        <translation>주문 {code}은(는) 고객의 수정 확인을 기다리고 있습니다: 수정하려면 확인 요청을 철회하세요</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="360"/>
        <source>Order {code} was cancelled because its deposit deadline passed: it cannot be revived; create a new order instead</source>
        <translation>주문 {code}은(는) 입금 기한이 지나 취소되어 되살릴 수 없습니다: 새 주문을 만드세요</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="364"/>
        <source>Order {code} was changed by {who} at {time} — reload</source>
        <translation>주문 {code}은(는) {time}에 {who}님이 변경했습니다 — 다시 불러오세요</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="365"/>
        <source>Order {code} was changed elsewhere — reload</source>
        <translation>주문 {code}이(가) 다른 곳에서 변경되었습니다 — 다시 불러오세요</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="366"/>
        <source>Order {code} was paid {paid} and refunded {refunded}: {amount} more is too much</source>
        <translation>주문 {code}은(는) {paid} 결제되어 {refunded} 환불되었습니다: {amount}을(를) 더 환불할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="370"/>
        <source>Order {code}: no confirmation of an edit is requested</source>
        <translation>주문 {code}: 요청된 수정 확인이 없습니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="371"/>
        <source>Order {code}: there is no edit to confirm</source>
        <translation>주문 {code}: 확인을 요청할 수정 내용이 없습니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="372"/>
        <source>Output must end in .pdf, .png or .bin: {path}</source>
        <translation>저장할 파일은 .pdf, .png 또는 .bin이어야 합니다: {path}</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="373"/>
        <source>Payment of {amount} by {method}</source>
        <translation>{amount} 결제 ({method})</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="374"/>
        <source>Payment of {amount} by {method}; stage {stage} → {target}</source>
        <translation>{amount} 결제 ({method}), 단계 변경: {stage} → {target}</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="378"/>
        <source>Payment of {amount} requested: {link}</source>
        <translation>{amount} 결제요청: {link}</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="379"/>
        <source>Payment of {amount} requested; the web shop makes its payment page</source>
        <translation>{amount} 결제 요청: 웹 쇼핑몰이 결제 페이지를 만듭니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="383"/>
        <source>Payment page for {amount} ready in the web shop: {link}</source>
        <translation>웹 쇼핑몰에 {amount} 결제 페이지가 준비되었습니다: {link}</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="384"/>
        <source>Payment request of {amount} paid by {method}</source>
        <translation>{amount} 결제요청이 결제되었습니다 ({method})</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="385"/>
        <source>Payment request of {amount} paid by {method}; stage {stage} → {target}</source>
        <translation>{amount} 결제요청이 결제되었습니다 ({method}), 단계 변경: {stage} → {target}</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="389"/>
        <source>Payment request of {amount} withdrawn</source>
        <translation>{amount} 결제요청 취소</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="390"/>
        <source>Points go back only to a member&apos;s account</source>
        <translation>적립금은 회원 계정으로만 돌려줄 수 있습니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="391"/>
        <source>Print job #{job_id} is {job_state}: it cannot be cancelled</source>
        <translation>인쇄 작업 #{job_id}은(는) {job_state} 상태라 취소할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="395"/>
        <source>Print job #{job_id} is {job_state}: it cannot be moved now</source>
        <translation>인쇄 작업 #{job_id}은(는) {job_state} 상태라 지금은 옮길 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="399"/>
        <source>Print job #{job_id} is {job_state}: only a job that did not reach the printer can be retried; reprint it instead</source>
        <translation>인쇄 작업 #{job_id}은(는) {job_state} 상태입니다: 다시 시도는 프린터에 닿지 않은 작업만 할 수 있으니 재출력하세요</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="403"/>
        <source>Print job #{job_id} is {job_state}: only a sent or uncertain job is reprinted</source>
        <translation>인쇄 작업 #{job_id}은(는) {job_state} 상태입니다: 재출력은 출력됨·확인 안 됨 작업만 할 수 있습니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="407"/>
        <source>Print language must be one of {choices}</source>
        <translation>인쇄 언어는 {choices} 중 하나여야 합니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="408"/>
        <source>Printer address has no host: {uri!r}</source>
        <translation>프린터 주소에 호스트가 없습니다: {uri!r}</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="409"/>
        <source>Printer address has no path: {uri!r}</source>
        <translation>프린터 주소에 경로가 없습니다: {uri!r}</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="410"/>
        <source>Printer address is incomplete: {uri!r}</source>
        <translation>프린터 주소가 완전하지 않습니다: {uri!r}</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="411"/>
        <source>Printer address must start with {choices}: {uri!r}</source>
        <translation>프린터 주소는 {choices} 중 하나로 시작해야 합니다: {uri!r}</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="412"/>
        <source>Printer address {uri!r}: {exc}</source>
        <translation>프린터 주소 {uri!r}: {exc}</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="413"/>
        <source>Printer port is not a number: {uri!r}</source>
        <translation>프린터 포트가 숫자가 아닙니다: {uri!r}</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="414"/>
        <source>Printer width must be a multiple of 8 dots (384, 512, 576): {uri!r}</source>
        <translation>프린터 폭은 8도트의 배수여야 합니다 (384, 512, 576): {uri!r}</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="418"/>
        <source>Quantity of {name}: {before} → {quantity}</source>
        <translation>{name} 수량: {before} → {quantity}</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="419"/>
        <source>Refund of {amount}</source>
        <translation>{amount} 환불</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="420"/>
        <source>Refund of {amount} and {points} points</source>
        <translation>{amount} 환불, 적립금 {points} 반환</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="421"/>
        <source>Refund of {amount} and {points} points: {reason}</source>
        <translation>{amount} 환불, 적립금 {points} 반환: {reason}</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="422"/>
        <source>Refund of {amount} in the shop</source>
        <translation>쇼핑몰에서 {amount} 환불</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="423"/>
        <source>Refund of {amount} in the shop: {reason}</source>
        <translation>쇼핑몰에서 {amount} 환불: {reason}</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="424"/>
        <source>Refund of {amount}: {reason}</source>
        <translation>{amount} 환불: {reason}</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="425"/>
        <source>Refund portions are entered as positive amounts</source>
        <translation>환불 금액은 양수로 입력하세요</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="426"/>
        <source>Rejecting a cancel request needs a reason for the customer</source>
        <translation>취소요청을 거부하려면 고객에게 보낼 사유를 입력하세요</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="430"/>
        <source>Rejecting a claim needs a reason</source>
        <translation>클레임을 거부하려면 사유를 입력하세요</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="431"/>
        <source>Replaced by order {code}</source>
        <translation>주문 {code}(으)로 대체됨</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="432"/>
        <source>Retrying job #{job_id}</source>
        <translation>작업 #{job_id} 다시 시도</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="433"/>
        <source>Return {items}: {claim_state} ({reason})</source>
        <translation>반품 {items}: {claim_state} ({reason})</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="434"/>
        <source>Return {items}: {claim_state} ({reason}); pickup {carrier} {address}</source>
        <translation>반품 {items}: {claim_state} ({reason}), 수거 {carrier} {address}</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="438"/>
        <source>SMS notifications need the SMS provider&apos;s user id</source>
        <translation>문자 알림에는 문자 서비스 아이디가 필요합니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="439"/>
        <source>SMS notifications need the shop&apos;s registered sender number</source>
        <translation>문자 알림에는 등록된 발신번호가 필요합니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="443"/>
        <source>SMTP security is STARTTLS, SSL or plain, not {security}</source>
        <translation>SMTP 보안은 STARTTLS, SSL 또는 plain 중 하나입니다 ({security} 불가)</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="444"/>
        <source>Shipment #{number} carries only {quantity} of {name}</source>
        <translation>배송 #{number}에 담긴 {name}은(는) {quantity}개뿐입니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="445"/>
        <source>Shipment #{number} does not carry that line</source>
        <translation>배송 #{number}에 해당 상품이 없습니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="446"/>
        <source>Shipment #{number} goes to address {slot} ({name})</source>
        <translation>배송 #{number}의 배송지를 {slot}번 주소({name})로 지정</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="447"/>
        <source>Shipment #{number} is already {stage}</source>
        <translation>배송 #{number}은(는) 이미 {stage} 단계입니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="448"/>
        <source>Shipment #{number} is already {stage}: it cannot be merged</source>
        <translation>배송 #{number}은(는) 이미 {stage} 단계라 합칠 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="452"/>
        <source>Shipment #{number} is empty</source>
        <translation>배송 #{number}이(가) 비어 있습니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="453"/>
        <source>Shipment #{number} is {stage}: {target} is not a forward move</source>
        <translation>배송 #{number}은(는) {stage} 단계입니다: {target}(으)로는 앞으로 옮길 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="457"/>
        <source>Shipment #{number} needs a carrier and a tracking number to be shipped</source>
        <translation>배송 #{number}을(를) 배송중으로 옮기려면 택배사와 송장번호가 필요합니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="461"/>
        <source>Shipment #{number} split: {units} units to #{target_number}</source>
        <translation>배송 #{number} 분리: {units}개를 #{target_number}(으)로</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="465"/>
        <source>Shipment #{number} {stage} → {target}; order {order_stage}</source>
        <translation>배송 #{number} {stage} → {target}, 주문 {order_stage}</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="469"/>
        <source>Shipment #{number}: {carrier} {tracking}</source>
        <translation>배송 #{number}: {carrier} {tracking}</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="470"/>
        <source>Shipments {numbers} merged into #{target_number}</source>
        <translation>배송 {numbers}을(를) #{target_number}(으)로 합침</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="471"/>
        <source>Shop order {number}: the shop&apos;s total is {shop} but its lines, fees, shipping and tax make {local} here; not imported</source>
        <translation>쇼핑몰 주문 {number}: 쇼핑몰의 합계는 {shop}인데 상품·수수료·배송비·세금을 더하면 {local}입니다. 가져오지 않았습니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="475"/>
        <source>Stage change to {target} not sent: {error} (R43)</source>
        <translation>{target}(으)로의 단계 변경을 보내지 않음: {error} (R43)</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="476"/>
        <source>Stage {stage} already has a label {name!r}</source>
        <translation>{stage} 단계에는 이미 {name!r} 사용자 상태가 있습니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="477"/>
        <source>Stage {stage} → {target}</source>
        <translation>단계 변경: {stage} → {target}</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="478"/>
        <source>Stage {stage} → {target} (confirmed by the customer)</source>
        <translation>단계 변경: {stage} → {target} (고객 구매확정)</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="479"/>
        <source>Stage {stage} → {target} (reverted: {reason})</source>
        <translation>단계 변경: {stage} → {target} (되돌리기: {reason})</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="480"/>
        <source>Stage {stage} → {target} ({carrier} {tracking})</source>
        <translation>단계 변경: {stage} → {target} ({carrier} {tracking})</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="481"/>
        <source>Stage {stage} → {target} ({days} days after delivery)</source>
        <translation>단계 변경: {stage} → {target} (배송완료 {days}일 후 자동)</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="482"/>
        <source>Status label {name!r} deleted: removed from the order</source>
        <translation>사용자 상태 {name!r}이(가) 삭제되어 주문에서 제거됨</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="483"/>
        <source>Status label: {name}</source>
        <translation>사용자 상태: {name}</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="484"/>
        <source>Sync conflict resolved: kept the shop&apos;s version</source>
        <translation>동기화 충돌 해결: 쇼핑몰의 내용 유지</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="485"/>
        <source>Sync conflict resolved: kept this computer&apos;s version</source>
        <translation>동기화 충돌 해결: 이 컴퓨터의 내용 유지</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="486"/>
        <source>Sync conflict {conflict_id} is already resolved</source>
        <translation>동기화 충돌 {conflict_id}은(는) 이미 해결되었습니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="487"/>
        <source>That change is no longer waiting for a decision</source>
        <translation>해당 변경은 더 이상 결정을 기다리지 않습니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="488"/>
        <source>That custom status no longer exists</source>
        <translation>해당 사용자 상태가 더 이상 없습니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="489"/>
        <source>That customer no longer exists</source>
        <translation>해당 고객이 더 이상 없습니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="490"/>
        <source>That is not a card number</source>
        <translation>카드번호가 아닙니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="491"/>
        <source>That payment request is already {request_state}</source>
        <translation>해당 결제요청은 이미 {request_state} 상태입니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="492"/>
        <source>The SMS API key is empty</source>
        <translation>문자 API 키가 비어 있습니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="493"/>
        <source>The SMS provider&apos;s address must start with https://</source>
        <translation>문자 서비스 주소는 https:// 로 시작해야 합니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="494"/>
        <source>The SMTP password is empty</source>
        <translation>SMTP 비밀번호가 비어 있습니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="495"/>
        <source>The backup copy failed its integrity check: {detail}</source>
        <translation>백업 파일이 무결성 검사를 통과하지 못했습니다: {detail}</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="496"/>
        <source>The backup could not be written to {target}: {detail}</source>
        <translation>백업을 {target}에 저장할 수 없습니다: {detail}</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="497"/>
        <source>The backup failed: {detail}</source>
        <translation>백업에 실패했습니다: {detail}</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="498"/>
        <source>The cash drawer is on pin 2 or 5 (0 for no drawer)</source>
        <translation>금전함은 2번 또는 5번 핀에 연결합니다 (금전함이 없으면 0)</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="499"/>
        <source>The coupon deduction is larger than the refund</source>
        <translation>쿠폰 차감액이 환불 금액보다 큽니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="500"/>
        <source>The customer asked to cancel the order: {reason}</source>
        <translation>고객 취소요청: {reason}</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="501"/>
        <source>The database file {path} does not exist</source>
        <translation>데이터베이스 파일 {path}이(가) 없습니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="502"/>
        <source>The database refused the change: {orig}</source>
        <translation>데이터베이스가 변경을 거부했습니다: {orig}</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="503"/>
        <source>The file has no column {header!r}</source>
        <translation>파일에 {header!r} 열이 없습니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="504"/>
        <source>The folder {folder} cannot be written to</source>
        <translation>{folder} 폴더에 쓸 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="505"/>
        <source>The folder {folder} does not exist</source>
        <translation>폴더 {folder}이(가) 없습니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="506"/>
        <source>The key can go in the query string only to an https:// shop</source>
        <translation>키를 쿼리 문자열로 보내는 방식은 https:// 쇼핑몰에서만 쓸 수 있습니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="510"/>
        <source>The list keeps at least one tab</source>
        <translation>목록에는 탭이 하나 이상 있어야 합니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="511"/>
        <source>The number of days before completion cannot be negative</source>
        <translation>구매확정까지의 일수는 0보다 작을 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="512"/>
        <source>The number of demo orders cannot be negative</source>
        <translation>데모 주문 수는 0보다 작을 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="513"/>
        <source>The order no longer exists</source>
        <translation>주문이 더 이상 없습니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="514"/>
        <source>The replacement product no longer exists</source>
        <translation>교환 상품이 더 이상 없습니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="515"/>
        <source>The subject must be a single line</source>
        <translation>제목은 한 줄로 입력하세요</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="516"/>
        <source>The template has an unmatched brace ({detail}): write {{{{ or }}}} for a brace itself</source>
        <translation>템플릿에 짝이 맞지 않는 중괄호가 있습니다 ({detail}): 중괄호 문자 자체는 {{{{ 또는 }}}}로 쓰세요</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="520"/>
        <source>The {document} is an A4 document for one order: save it as .pdf</source>
        <translation>{document}은(는) 주문 하나에 대한 A4 문서입니다: .pdf로 저장하세요</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="524"/>
        <source>There is already a manager: ask them to add you</source>
        <translation>이미 관리자가 있습니다: 관리자에게 등록을 요청하세요</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="525"/>
        <source>There is already a staff member called {name}</source>
        <translation>{name} 이름의 직원이 이미 있습니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="526"/>
        <source>There is no notification for {event}</source>
        <translation>{event}에 대한 알림이 없습니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="527"/>
        <source>These shipments go to different addresses: give them the same address first</source>
        <translation>배송지가 서로 다릅니다: 먼저 같은 배송지로 지정하세요</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="531"/>
        <source>This database already has orders: demo data only goes into a new, empty database (use --db with a new file)</source>
        <translation>이 데이터베이스에는 이미 주문이 있습니다: 데모 데이터는 비어 있는 새 데이터베이스에만 넣을 수 있습니다 (--db로 새 파일을 지정하세요)</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="535"/>
        <source>This database already has products: demo data only goes into a new, empty database</source>
        <translation>이 데이터베이스에는 이미 상품이 있습니다: 데모 데이터는 비어 있는 새 데이터베이스에만 넣을 수 있습니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="539"/>
        <source>This database has used every order code of its namespace</source>
        <translation>이 데이터베이스는 사용할 수 있는 주문번호를 모두 사용했습니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="543"/>
        <source>This database holds tables that are not Backoffice&apos;s; refusing to use it</source>
        <translation>이 데이터베이스에는 Backoffice가 아닌 테이블이 있어 사용할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="547"/>
        <source>This database was written by a newer version of Backoffice (schema {current}); update the app before opening it</source>
        <translation>이 데이터베이스는 더 새 버전의 Backoffice로 저장되었습니다 (스키마 {current}): 앱을 업데이트한 뒤 여세요</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="551"/>
        <source>This is a PostgreSQL database: back it up on the server with pg_dump (pg_dump --format=custom --file FILE DBNAME)</source>
        <translation>PostgreSQL 데이터베이스입니다: 서버에서 pg_dump로 백업하세요 (pg_dump --format=custom --file FILE DBNAME)</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="555"/>
        <source>This order was changed elsewhere since it was opened — reload</source>
        <translation>이 주문은 연 뒤에 다른 곳에서 변경되었습니다 — 다시 불러오세요</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="559"/>
        <source>This shipment is already delivered</source>
        <translation>이미 배송완료된 배송입니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="560"/>
        <source>USB printer must be usb://VID:PID in hex (usb://04b8:0202): {uri!r}</source>
        <translation>USB 프린터 주소는 16진수 usb://VID:PID 형식이어야 합니다 (usb://04b8:0202): {uri!r}</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="564"/>
        <source>Unknown carrier {name!r}</source>
        <translation>알 수 없는 택배사: {name!r}</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="565"/>
        <source>Unknown channel {channel!r}; use one of {choices}</source>
        <translation>알 수 없는 채널 {channel!r}입니다. {choices} 중 하나를 쓰세요</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="566"/>
        <source>Unknown claim kind {kind!r}; use one of {choices}</source>
        <translation>알 수 없는 클레임 종류 {kind!r}입니다. {choices} 중 하나를 쓰세요</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="567"/>
        <source>Unknown courier columns: {columns}</source>
        <translation>알 수 없는 택배 파일 열: {columns}</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="568"/>
        <source>Unknown currency {currency!r}</source>
        <translation>알 수 없는 통화 {currency!r}입니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="569"/>
        <source>Unknown document {kind!r}; choose one of {choices}</source>
        <translation>알 수 없는 문서 {kind!r}입니다. {choices} 중에서 고르세요</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="570"/>
        <source>Unknown export column {key!r}</source>
        <translation>알 수 없는 내보내기 열 {key!r}입니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="571"/>
        <source>Unknown export columns: {columns}</source>
        <translation>알 수 없는 내보내기 열: {columns}</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="572"/>
        <source>Unknown kind of database {drivername!r} in {url}: use sqlite:///FILE, a file path, or postgresql+psycopg://…</source>
        <translation>{url}의 데이터베이스 종류 {drivername!r}을(를) 알 수 없습니다. sqlite:///파일, 파일 경로, 또는 postgresql+psycopg://…를 쓰세요</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="576"/>
        <source>Unknown line kind {kind!r}</source>
        <translation>알 수 없는 상품 종류 {kind!r}입니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="577"/>
        <source>Unknown payment method {method!r}; use one of {choices}</source>
        <translation>알 수 없는 결제수단 {method!r}입니다. {choices} 중 하나를 쓰세요</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="578"/>
        <source>Unknown placeholder {names}. Use one of: {known}</source>
        <translation>알 수 없는 자리표시자 {names}입니다. 다음 중 하나를 쓰세요: {known}</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="579"/>
        <source>Unknown role {role}; use staff or manager</source>
        <translation>알 수 없는 역할 {role}입니다. staff 또는 manager를 쓰세요</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="580"/>
        <source>Unknown setting {key}</source>
        <translation>알 수 없는 설정 {key}입니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="581"/>
        <source>Unknown shop kind {kind!r}; use one of {choices}</source>
        <translation>알 수 없는 쇼핑몰 종류 {kind!r}입니다. {choices} 중 하나를 쓰세요</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="582"/>
        <source>Unknown stage {text!r}; use one of: {names}</source>
        <translation>알 수 없는 단계 {text!r}입니다. 다음 중 하나를 쓰세요: {names}</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="583"/>
        <source>Write placeholders plainly, as {{{field}}}</source>
        <translation>자리표시자는 {{{field}}}처럼 그대로 쓰세요</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="584"/>
        <source>Wrong PIN (1 try left)</source>
        <translation>PIN이 틀렸습니다 (1번 남음)</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="585"/>
        <source>Wrong PIN ({left} tries left)</source>
        <translation>PIN이 틀렸습니다 ({left}번 남음)</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="586"/>
        <source>Wrong PIN: locked until {time}</source>
        <translation>PIN이 틀렸습니다: {time}까지 잠깁니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="587"/>
        <source>{display_name} ({sku}) has only {stock} in stock</source>
        <translation>{display_name} ({sku})의 재고는 {stock}개뿐입니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="588"/>
        <source>{document} did not print on {where}: {error} (job #{job_id})</source>
        <translation>{document} 인쇄 실패: {where}: {error} (작업 #{job_id})</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="592"/>
        <source>{document} may not have printed on {where}: {error} (job #{job_id})</source>
        <translation>{document} 인쇄 여부 불확실: {where}: {error} (작업 #{job_id})</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="596"/>
        <source>{document} may not have printed: The app stopped while sending this job: check the paper, then reprint if needed (job #{job_id})</source>
        <translation>{document} 인쇄 여부 불확실: 전송 중 앱이 종료되었습니다. 용지를 확인하고 필요하면 다시 인쇄하세요 (작업 #{job_id})</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="600"/>
        <source>{document} printed on {where} (job #{job_id})</source>
        <translation>{document} 인쇄 완료: {where} (작업 #{job_id})</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="601"/>
        <source>{document} queued for {where} (job #{job_id})</source>
        <translation>{document} 인쇄 대기: {where} (작업 #{job_id})</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="602"/>
        <source>{document} queued for {where} (reprint of job #{reprint_of}) (job #{job_id})</source>
        <translation>{document} 인쇄 대기: {where} (작업 #{reprint_of} 재인쇄) (작업 #{job_id})</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="606"/>
        <source>{field} is longer than {limit} characters</source>
        <translation>{field}은(는) {limit}자를 넘을 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="607"/>
        <source>{field} is too long: at most {limit} characters ({length} given)</source>
        <translation>{field}이(가) 너무 깁니다. 최대 {limit}자입니다 ({length}자 입력)</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="611"/>
        <source>{name!r} belongs to stage {label_stage}, the order is {stage}</source>
        <translation>{name!r}은(는) {label_stage} 단계의 사용자 상태인데 주문은 {stage} 단계입니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="615"/>
        <source>{name} already has quantity {quantity}</source>
        <translation>{name}의 수량은 이미 {quantity}개입니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="616"/>
        <source>{name} has cancellations, returns or exchanges: it cannot be removed</source>
        <translation>{name}에 취소·반품·교환 내역이 있어 삭제할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="620"/>
        <source>{name} has no PIN yet: a manager sets one</source>
        <translation>{name}에게 아직 PIN이 없습니다: 관리자가 설정합니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="621"/>
        <source>{name} is already a member with {phone}</source>
        <translation>{name}님은 이미 {phone} 번호로 가입한 회원입니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="622"/>
        <source>{name} is not a manager</source>
        <translation>{name}님은 관리자가 아닙니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="623"/>
        <source>{name} is the last manager: add another manager first</source>
        <translation>{name}님은 마지막 관리자입니다: 먼저 다른 관리자를 추가하세요</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="624"/>
        <source>{name} is the order&apos;s only line: cancel the order instead</source>
        <translation>{name}은(는) 주문의 유일한 상품입니다: 대신 주문을 취소하세요</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="628"/>
        <source>{name}: only {left} of {quantity} can be cancelled now</source>
        <translation>{name}: {quantity}개 중 지금 취소할 수 있는 수량은 {left}개입니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="629"/>
        <source>{name}: only {left} of {quantity} can be returned or exchanged now</source>
        <translation>{name}: {quantity}개 중 지금 반품·교환할 수 있는 수량은 {left}개입니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="633"/>
        <source>{name}: the quantity must stay above {settled}; remove the line instead</source>
        <translation>{name}: 수량은 {settled}개보다 커야 합니다. 대신 상품을 삭제하세요</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="637"/>
        <source>{name}: {shipped} already shipped; only {available} can still be taken out</source>
        <translation>{name}: 이미 {shipped}개 출고되어 {available}개만 뺄 수 있습니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="641"/>
        <source>{path} has no rows</source>
        <translation>{path}에 행이 없습니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="642"/>
        <source>{path} is a folder: give a file name</source>
        <translation>{path}은(는) 폴더입니다. 파일 이름을 주세요</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="643"/>
        <source>{path} is neither UTF-8 nor CP949 text</source>
        <translation>{path}은(는) UTF-8이나 CP949 텍스트가 아닙니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="644"/>
        <source>{path} is not an Excel file we can read</source>
        <translation>{path}은(는) 읽을 수 있는 엑셀 파일이 아닙니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="645"/>
        <source>{port} is not a port number</source>
        <translation>{port}은(는) 포트 번호가 아닙니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="646"/>
        <source>{reference} has nothing left to ship</source>
        <translation>{reference}에는 출고할 상품이 남아 있지 않습니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="647"/>
        <source>{reference} is on an earlier row of this file</source>
        <translation>{reference}은(는) 이 파일의 앞 행에 이미 있습니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="648"/>
        <source>{reference} is shipped already</source>
        <translation>{reference}은(는) 이미 출고되었습니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="649"/>
        <source>{target} is a folder; give a file name for the backup</source>
        <translation>{target}은(는) 폴더입니다: 백업 파일 이름을 입력하세요</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="650"/>
        <source>{target} is the live database itself; choose another file</source>
        <translation>{target}은(는) 사용 중인 데이터베이스 자체입니다: 다른 파일을 고르세요</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="654"/>
        <source>{tendered} received is less than {amount} to pay</source>
        <translation>받은 금액 {tendered}이(가) 결제할 금액 {amount}보다 적습니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="655"/>
        <source>{text!r} is not a valid order code (check the last character)</source>
        <translation>{text!r}은(는) 올바른 주문번호가 아닙니다 (마지막 글자를 확인하세요)</translation>
    </message>
</context>
<context>
    <name>ShipBar</name>
    <message>
        <location filename="../../backoffice/ui/detail/ship_bar.py" line="57"/>
        <source>Scan or type the tracking number, then Enter</source>
        <translation>운송장 번호를 스캔하거나 입력한 뒤 Enter</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/ship_bar.py" line="60"/>
        <location filename="../../backoffice/ui/detail/ship_bar.py" line="105"/>
        <source>Ship</source>
        <translation>출고</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/ship_bar.py" line="108"/>
        <source>Ship %1</source>
        <translation>%1 출고</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/ship_bar.py" line="121"/>
        <source>Store pickup</source>
        <translation>매장 픽업</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/ship_bar.py" line="122"/>
        <source>Handed over</source>
        <translation>전달 완료</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/ship_bar.py" line="146"/>
        <source>Scan or type the tracking number first</source>
        <translation>먼저 운송장 번호를 스캔하거나 입력하세요</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/ship_bar.py" line="167"/>
        <source>Ship anyway</source>
        <translation>그래도 출고</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/ship_bar.py" line="186"/>
        <source>Hand over anyway</source>
        <translation>그래도 전달</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/ship_bar.py" line="190"/>
        <source>Order %1 handed over</source>
        <translation>주문 %1 전달 완료</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/ship_bar.py" line="199"/>
        <source>Order %1 shipped: %2 %3</source>
        <translation>주문 %1 출고: %2 %3</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/ship_bar.py" line="210"/>
        <source>The label of %1 was not queued: %2</source>
        <translation>%1 송장을 출력 대기열에 넣지 못했습니다: %2</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/ship_bar.py" line="215"/>
        <source>label queued</source>
        <translation>송장 출력 중</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/ship_bar.py" line="217"/>
        <source>no label printer set up</source>
        <translation>송장 프린터가 설정되지 않음</translation>
    </message>
</context>
<context>
    <name>Shipments</name>
    <message>
        <location filename="../../backoffice/ui/detail/shipments.py" line="44"/>
        <source>exchange</source>
        <translation>교환</translation>
    </message>
</context>
<context>
    <name>ShipmentsPanel</name>
    <message>
        <location filename="../../backoffice/ui/detail/shipments.py" line="84"/>
        <source>Split…</source>
        <translation>배송분리…</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/shipments.py" line="86"/>
        <source>Merge selected</source>
        <translation>합치기</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/shipments.py" line="88"/>
        <source>Advance</source>
        <translation>다음 단계로</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/shipments.py" line="96"/>
        <source>Carrier and tracking number</source>
        <translation>택배사 · 송장번호</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/shipments.py" line="99"/>
        <source>Carrier</source>
        <translation>택배사</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/shipments.py" line="101"/>
        <source>Tracking number</source>
        <translation>송장번호</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/shipments.py" line="102"/>
        <source>Save tracking</source>
        <translation>송장 저장</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/shipments.py" line="110"/>
        <source>Addresses</source>
        <translation>배송지</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/shipments.py" line="114"/>
        <source>Send selected shipment here</source>
        <translation>선택한 배송을 이 주소로</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/shipments.py" line="116"/>
        <source>Add address…</source>
        <translation>배송지 추가…</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/shipments.py" line="118"/>
        <source>Edit address…</source>
        <translation>배송지 수정…</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/shipments.py" line="158"/>
        <source>Choose one shipment</source>
        <translation>배송을 하나 선택하세요</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/shipments.py" line="167"/>
        <location filename="../../backoffice/ui/detail/shipments.py" line="180"/>
        <source>This shipment has left already</source>
        <translation>이미 출고된 배송입니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/shipments.py" line="170"/>
        <source>Choose two or more unshipped shipments</source>
        <translation>출고 전 배송을 두 개 이상 선택하세요</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/shipments.py" line="176"/>
        <source>Already delivered</source>
        <translation>이미 배송완료되었습니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/shipments.py" line="183"/>
        <source>An order keeps at most five addresses</source>
        <translation>배송지는 주문당 최대 다섯 개입니다</translation>
    </message>
</context>
<context>
    <name>ShopDetailsDialog</name>
    <message>
        <location filename="../../backoffice/ui/shop_details_dialog.py" line="33"/>
        <source>Shop details</source>
        <translation>상점 정보</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/shop_details_dialog.py" line="40"/>
        <source>e.g. exchanges and refunds within 7 days</source>
        <translation>예: 교환/환불은 7일 이내</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/shop_details_dialog.py" line="42"/>
        <source>None</source>
        <translation>없음</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/shop_details_dialog.py" line="46"/>
        <source>Shop name</source>
        <translation>상호</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/shop_details_dialog.py" line="47"/>
        <source>Address</source>
        <translation>주소</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/shop_details_dialog.py" line="48"/>
        <source>Phone</source>
        <translation>전화번호</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/shop_details_dialog.py" line="49"/>
        <source>Business registration no.</source>
        <translation>사업자등록번호</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/shop_details_dialog.py" line="50"/>
        <source>Receipt footer</source>
        <translation>영수증 하단 문구</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/shop_details_dialog.py" line="51"/>
        <source>Default carrier</source>
        <translation>기본 택배사</translation>
    </message>
</context>
<context>
    <name>ShopsDialog</name>
    <message>
        <location filename="../../backoffice/ui/shops_dialog.py" line="45"/>
        <source>Shops</source>
        <translation>쇼핑몰 연결</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/shops_dialog.py" line="50"/>
        <source>Add shop</source>
        <translation>쇼핑몰 추가</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/shops_dialog.py" line="57"/>
        <source>e.g. main shop</source>
        <translation>예: 본점</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/shops_dialog.py" line="65"/>
        <source>Send the key in the address (for hosts that strip the Authorization header)</source>
        <translation>키를 주소에 담아 보내기 (Authorization 헤더를 지우는 호스팅용)</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/shops_dialog.py" line="68"/>
        <source>Test connection</source>
        <translation>연결 확인</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/shops_dialog.py" line="74"/>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/shops_dialog.py" line="75"/>
        <source>Shop address</source>
        <translation>쇼핑몰 주소</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/shops_dialog.py" line="76"/>
        <source>Consumer key</source>
        <translation>소비자 키</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/shops_dialog.py" line="77"/>
        <source>Consumer secret</source>
        <translation>소비자 비밀</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/shops_dialog.py" line="82"/>
        <source>Make the key in WooCommerce → Settings → Advanced → REST API, with Read/Write permission, for a shop manager.</source>
        <translation>키는 WooCommerce → 설정 → 고급 → REST API 에서 쇼핑몰 관리자 계정으로, 읽기/쓰기 권한으로 만드세요.</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/shops_dialog.py" line="123"/>
        <source>(default)</source>
        <translation>(기본)</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/shops_dialog.py" line="141"/>
        <source>unchanged (kept in the system keyring)</source>
        <translation>변경 없음 (시스템 키링에 보관됨)</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/shops_dialog.py" line="167"/>
        <source>Asking the shop…</source>
        <translation>쇼핑몰에 묻는 중…</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/shops_dialog.py" line="180"/>
        <location filename="../../backoffice/ui/shops_dialog.py" line="226"/>
        <source>Not connected</source>
        <translation>연결 안 됨</translation>
    </message>
    <message numerus="yes">
        <location filename="../../backoffice/ui/shops_dialog.py" line="185"/>
        <source>%n order(s) to pull</source>
        <translation>
            <numerusform>가져올 주문 %n건</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/shops_dialog.py" line="187"/>
        <source>the key can read and write</source>
        <translation>키 권한: 읽기/쓰기</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/shops_dialog.py" line="189"/>
        <source>the key can only read: changes made here cannot reach the shop</source>
        <translation>키 권한: 읽기 전용 — 여기서 한 변경을 쇼핑몰에 보낼 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/shops_dialog.py" line="196"/>
        <source>Make a key with Read/Write permission, or changes stay here.</source>
        <translation>읽기/쓰기 권한의 키를 만드세요. 그렇지 않으면 변경 사항이 여기에만 남습니다.</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/shops_dialog.py" line="202"/>
        <source>The shop address must start with https:// (or http://).</source>
        <translation>쇼핑몰 주소는 https:// (또는 http://) 로 시작해야 합니다.</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/shops_dialog.py" line="203"/>
        <source>No WordPress site answers at this address: check it.</source>
        <translation>이 주소에서 워드프레스 사이트가 응답하지 않습니다. 주소를 확인하세요.</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/shops_dialog.py" line="204"/>
        <source>WooCommerce&apos;s REST API is not active on this site.</source>
        <translation>이 사이트에서 WooCommerce REST API가 켜져 있지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/shops_dialog.py" line="205"/>
        <source>WooCommerce %1 is too old: 5.8 or newer is needed.</source>
        <translation>WooCommerce %1 은(는) 너무 오래되었습니다: 5.8 이상이 필요합니다.</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/shops_dialog.py" line="209"/>
        <source>The shop does not know this consumer key: copy it again from WooCommerce.</source>
        <translation>쇼핑몰이 이 소비자 키를 모릅니다. WooCommerce에서 다시 복사하세요.</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/shops_dialog.py" line="211"/>
        <source>The consumer secret does not match the key: copy it again.</source>
        <translation>소비자 비밀이 키와 맞지 않습니다. 다시 복사하세요.</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/shops_dialog.py" line="213"/>
        <source>The shop saw no key: its host strips the Authorization header. The key is now set to go in the address; test again.</source>
        <translation>쇼핑몰이 키를 받지 못했습니다: 호스팅이 Authorization 헤더를 지웁니다. 키를 주소에 담아 보내도록 바꿨으니 다시 확인하세요.</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/shops_dialog.py" line="217"/>
        <source>The key&apos;s user may not manage WooCommerce: make the key for a shop manager.</source>
        <translation>키의 사용자에게 WooCommerce 관리 권한이 없습니다. 쇼핑몰 관리자 계정으로 키를 만드세요.</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/shops_dialog.py" line="219"/>
        <source>The shop could not be reached: %1</source>
        <translation>쇼핑몰에 연결할 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/shops_dialog.py" line="220"/>
        <source>The shop refused: %1</source>
        <translation>쇼핑몰이 거절했습니다: %1</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/shops_dialog.py" line="235"/>
        <source>A new shop needs its consumer secret.</source>
        <translation>새 쇼핑몰에는 소비자 비밀(Consumer secret)이 필요합니다.</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/shops_dialog.py" line="251"/>
        <source>Shop %1 saved</source>
        <translation>쇼핑몰 %1 저장됨</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../backoffice/ui/shortcuts.py" line="13"/>
        <source>Order list</source>
        <translation>주문 목록</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/shortcuts.py" line="14"/>
        <source>Order</source>
        <translation>주문</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/shortcuts.py" line="15"/>
        <source>Counter sale</source>
        <translation>매장 판매</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/shortcuts.py" line="38"/>
        <source>Search, or scan an order</source>
        <translation>검색 또는 주문 스캔</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/shortcuts.py" line="39"/>
        <source>Open the selected order</source>
        <translation>선택한 주문 열기</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/shortcuts.py" line="40"/>
        <source>New counter sale</source>
        <translation>새 매장 판매</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/shortcuts.py" line="42"/>
        <source>Print labels of the selected orders</source>
        <translation>선택한 주문의 송장 출력</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/shortcuts.py" line="45"/>
        <source>Print receipts of the selected orders</source>
        <translation>선택한 주문의 영수증 출력</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/shortcuts.py" line="48"/>
        <source>Cancel the selected orders</source>
        <translation>선택한 주문 취소</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/shortcuts.py" line="52"/>
        <source>Move the selected orders on (Ctrl+1 … Ctrl+6)</source>
        <translation>선택한 주문 다음 단계로 (Ctrl+1 … Ctrl+6)</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/shortcuts.py" line="55"/>
        <source>Open the Actions menu</source>
        <translation>작업 메뉴 열기</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/shortcuts.py" line="56"/>
        <source>Export</source>
        <translation>내보내기</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/shortcuts.py" line="57"/>
        <source>Next tab</source>
        <translation>다음 탭</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/shortcuts.py" line="58"/>
        <source>Previous tab</source>
        <translation>이전 탭</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/shortcuts.py" line="59"/>
        <source>Lock the counter</source>
        <translation>계산대 잠금</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/shortcuts.py" line="60"/>
        <source>Quit</source>
        <translation>끝내기</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/shortcuts.py" line="61"/>
        <source>This list of shortcuts</source>
        <translation>이 단축키 목록</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/shortcuts.py" line="64"/>
        <source>Ship (carrier and tracking number)</source>
        <translation>출고 (택배사와 운송장 번호)</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/shortcuts.py" line="65"/>
        <source>Print the shipping label</source>
        <translation>송장 출력</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/shortcuts.py" line="66"/>
        <source>Print the receipt</source>
        <translation>영수증 출력</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/shortcuts.py" line="67"/>
        <source>Write a memo</source>
        <translation>메모 쓰기</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/shortcuts.py" line="68"/>
        <source>Next order of the list</source>
        <translation>목록의 다음 주문</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/shortcuts.py" line="70"/>
        <source>Previous order of the list</source>
        <translation>목록의 이전 주문</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/shortcuts.py" line="72"/>
        <source>Cancel or return items</source>
        <translation>상품 취소 또는 반품</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/shortcuts.py" line="73"/>
        <source>Close the order</source>
        <translation>주문 닫기</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/shortcuts.py" line="76"/>
        <source>Pay</source>
        <translation>결제</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/shortcuts.py" line="77"/>
        <source>Pay in cash</source>
        <translation>현금 결제</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/shortcuts.py" line="78"/>
        <source>Pay by card</source>
        <translation>카드 결제</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/shortcuts.py" line="79"/>
        <source>Cash received (change is shown)</source>
        <translation>받은 금액 (거스름돈 표시)</translation>
    </message>
</context>
<context>
    <name>ShortcutsSheet</name>
    <message>
        <location filename="../../backoffice/ui/shortcuts_sheet.py" line="21"/>
        <source>Keyboard shortcuts</source>
        <translation>단축키</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/shortcuts_sheet.py" line="24"/>
        <source>Where</source>
        <translation>화면</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/shortcuts_sheet.py" line="24"/>
        <source>Keys</source>
        <translation>키</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/shortcuts_sheet.py" line="24"/>
        <source>Does</source>
        <translation>하는 일</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../backoffice/ui/sign_in.py" line="92"/>
        <source>Locked</source>
        <translation>잠금</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/sign_in.py" line="92"/>
        <location filename="../../backoffice/ui/sign_in.py" line="119"/>
        <source>Sign in</source>
        <translation>로그인</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/sign_in.py" line="96"/>
        <source>Locked after a while without use. %1, type your PIN, or another person signs in.</source>
        <translation>한동안 사용하지 않아 잠겼습니다. %1 님은 PIN을 입력하거나, 다른 직원이 로그인하세요.</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/sign_in.py" line="99"/>
        <source>Choose your name and type your PIN.</source>
        <translation>이름을 고르고 PIN을 입력하세요.</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/sign_in.py" line="109"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/sign_in.py" line="124"/>
        <source>Quit</source>
        <translation>종료</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/sign_in.py" line="136"/>
        <source>%1 (manager)</source>
        <translation>%1 (관리자)</translation>
    </message>
</context>
<context>
    <name>SplitDialog</name>
    <message>
        <location filename="../../backoffice/ui/detail/split_dialog.py" line="23"/>
        <source>Split shipment #%1</source>
        <translation>배송 #%1 분리</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/split_dialog.py" line="25"/>
        <source>Units to move to a new shipment:</source>
        <translation>새 배송으로 옮길 수량:</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/split_dialog.py" line="31"/>
        <source> of %1</source>
        <translation> / %1</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <location filename="../../backoffice/ui/staff_dialog.py" line="69"/>
        <location filename="../../backoffice/ui/staff_dialog.py" line="105"/>
        <location filename="../../backoffice/ui/staff_dialog.py" line="176"/>
        <source>Staff</source>
        <translation>직원</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/staff_dialog.py" line="76"/>
        <location filename="../../backoffice/ui/staff_dialog.py" line="149"/>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/staff_dialog.py" line="76"/>
        <location filename="../../backoffice/ui/staff_dialog.py" line="131"/>
        <location filename="../../backoffice/ui/staff_dialog.py" line="150"/>
        <source>Role</source>
        <translation>역할</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/staff_dialog.py" line="76"/>
        <source>Active</source>
        <translation>활성</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/staff_dialog.py" line="76"/>
        <source>Locked until</source>
        <translation>잠금 해제 시각</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/staff_dialog.py" line="106"/>
        <location filename="../../backoffice/ui/staff_dialog.py" line="176"/>
        <source>Manager</source>
        <translation>관리자</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/staff_dialog.py" line="110"/>
        <source>Chosen person</source>
        <translation>선택한 직원</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/staff_dialog.py" line="114"/>
        <source>Set PIN</source>
        <translation>PIN 설정</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/staff_dialog.py" line="121"/>
        <source>New PIN, twice</source>
        <translation>새 PIN (두 번)</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/staff_dialog.py" line="122"/>
        <source>A new PIN also unlocks a locked account.</source>
        <translation>새 PIN을 설정하면 잠긴 계정도 풀립니다.</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/staff_dialog.py" line="125"/>
        <source>Change role</source>
        <translation>역할 변경</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/staff_dialog.py" line="132"/>
        <source>Deactivate…</source>
        <translation>비활성화…</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/staff_dialog.py" line="139"/>
        <source>Add a person</source>
        <translation>직원 추가</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/staff_dialog.py" line="146"/>
        <source>Add</source>
        <translation>추가</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/staff_dialog.py" line="151"/>
        <source>PIN (4–6 digits)</source>
        <translation>PIN (4~6자리 숫자)</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/staff_dialog.py" line="152"/>
        <source>PIN again</source>
        <translation>PIN 확인</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/staff_dialog.py" line="158"/>
        <source>Add staff, set their PINs and roles.</source>
        <translation>직원을 추가하고 PIN과 역할을 정합니다.</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/staff_dialog.py" line="160"/>
        <source>Changes here need a manager&apos;s approval by PIN.</source>
        <translation>여기서 변경하려면 관리자의 PIN 승인이 필요합니다.</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/staff_dialog.py" line="177"/>
        <source>Yes</source>
        <translation>예</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/staff_dialog.py" line="177"/>
        <source>No</source>
        <translation>아니요</translation>
    </message>
    <message numerus="yes">
        <location filename="../../backoffice/ui/staff_dialog.py" line="186"/>
        <source>%n active staff member(s)</source>
        <translation>
            <numerusform>활성 직원 %n명</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/staff_dialog.py" line="219"/>
        <location filename="../../backoffice/ui/staff_dialog.py" line="237"/>
        <source>The two PINs differ</source>
        <translation>두 PIN이 서로 다릅니다</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/staff_dialog.py" line="225"/>
        <source>%1 added.</source>
        <translation>%1 님을 추가했습니다.</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/staff_dialog.py" line="243"/>
        <source>New PIN set for %1.</source>
        <translation>%1 님의 새 PIN을 설정했습니다.</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/staff_dialog.py" line="257"/>
        <source>%1 is now: %2</source>
        <translation>%1 님의 역할: %2</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/staff_dialog.py" line="267"/>
        <source>Deactivate</source>
        <translation>비활성화</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/staff_dialog.py" line="269"/>
        <source>Deactivate %1? They can no longer sign in; the timeline keeps their name.</source>
        <translation>%1 님을 비활성화할까요? 더 이상 로그인할 수 없으며, 기록에는 이름이 남습니다.</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/staff_dialog.py" line="288"/>
        <source>%1 can no longer sign in.</source>
        <translation>%1 님은 이제 로그인할 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>StaffMenu</name>
    <message>
        <location filename="../../backoffice/ui/idle_lock.py" line="133"/>
        <source>&amp;Staff</source>
        <translation>직원(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/idle_lock.py" line="136"/>
        <source>Lock now</source>
        <translation>지금 잠그기</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/idle_lock.py" line="140"/>
        <source>Staff…</source>
        <translation>직원…</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/idle_lock.py" line="145"/>
        <source>Create the first manager…</source>
        <translation>첫 관리자 만들기…</translation>
    </message>
</context>
<context>
    <name>SyncCounts</name>
    <message numerus="yes">
        <location filename="../../backoffice/ui/sync_status.py" line="72"/>
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>대기 중인 변경 %n건</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../backoffice/ui/sync_status.py" line="75"/>
        <source>%n not accepted by the shop</source>
        <translation>
            <numerusform>쇼핑몰 미반영 %n건</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../backoffice/ui/sync_status.py" line="78"/>
        <source>%n sync conflict(s)</source>
        <translation>
            <numerusform>동기화 충돌 %n건</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../backoffice/ui/sync_status.py" line="81"/>
        <source>%n new order(s) from the web shop</source>
        <translation>
            <numerusform>쇼핑몰에서 새 주문 %n건</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../backoffice/ui/sync_status.py" line="84"/>
        <source>%n shop order(s) not taken in</source>
        <translation>
            <numerusform>가져오지 못한 쇼핑몰 주문 %n건</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <location filename="../../backoffice/ui/sync_status.py" line="177"/>
        <location filename="../../backoffice/ui/sync_status.py" line="361"/>
        <source>Not synced yet</source>
        <translation>아직 동기화 안 됨</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/sync_status.py" line="180"/>
        <source>Online</source>
        <translation>온라인</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/sync_status.py" line="182"/>
        <source>Offline</source>
        <translation>오프라인</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/sync_status.py" line="185"/>
        <source>synced %1</source>
        <translation>%1 동기화</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/sync_status.py" line="201"/>
        <source>never</source>
        <translation>없음</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/sync_status.py" line="207"/>
        <source>Last pull: %1</source>
        <translation>마지막 가져오기: %1</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/sync_status.py" line="208"/>
        <source>Last push: %1</source>
        <translation>마지막 보내기: %1</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/sync_status.py" line="218"/>
        <source>Failing: %1</source>
        <translation>실패 원인: %1</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/sync_status.py" line="227"/>
        <source>sync runs on PC %1</source>
        <translation>동기화는 %1 PC에서 실행 중</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/sync_status.py" line="364"/>
        <source>Sync</source>
        <translation>동기화</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/sync_status.py" line="367"/>
        <source>Sync now</source>
        <translation>지금 동기화</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/sync_status.py" line="370"/>
        <source>Sync conflicts…</source>
        <translation>동기화 충돌…</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/sync_status.py" line="374"/>
        <source>Not accepted by the shop…</source>
        <translation>쇼핑몰이 받지 않은 변경…</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/sync_status.py" line="378"/>
        <source>Shop orders not taken in…</source>
        <translation>가져오지 못한 쇼핑몰 주문…</translation>
    </message>
</context>
<context>
    <name>TabStrip</name>
    <message>
        <location filename="../../backoffice/ui/tab_strip.py" line="33"/>
        <source>Rename…</source>
        <translation>이름 변경…</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/tab_strip.py" line="36"/>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="112"/>
        <source>Stage</source>
        <translation>상태 변경</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="113"/>
        <source>Edit</source>
        <translation>주문수정</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="114"/>
        <source>Payment</source>
        <translation>결제</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="115"/>
        <source>Payment request</source>
        <translation>결제요청</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="116"/>
        <source>Refund</source>
        <translation>환불</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="117"/>
        <source>Claim</source>
        <translation>클레임</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="118"/>
        <source>Memo</source>
        <translation>메모</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="119"/>
        <source>Memo for the customer</source>
        <translation>고객 메모</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="120"/>
        <source>Message</source>
        <translation>메시지</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="121"/>
        <source>Tracking</source>
        <translation>송장</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="122"/>
        <source>Cancelled</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="123"/>
        <location filename="../../backoffice/ui/labels.py" line="124"/>
        <source>Created</source>
        <translation>주문생성</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="125"/>
        <source>Replaced</source>
        <translation>재주문으로 대체</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="126"/>
        <source>Reverted</source>
        <translation>상태 되돌림</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="127"/>
        <source>Status label</source>
        <translation>사용자 상태</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="128"/>
        <source>Address</source>
        <translation>주소</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="129"/>
        <source>Shipment address</source>
        <translation>배송지 지정</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="130"/>
        <source>Shipment split</source>
        <translation>배송분리</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="131"/>
        <source>Shipments merged</source>
        <translation>배송 합치기</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="132"/>
        <source>Cancel request</source>
        <translation>취소요청</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="133"/>
        <source>Cancel request rejected</source>
        <translation>취소요청 거절</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="134"/>
        <source>Deleted</source>
        <translation>삭제</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="135"/>
        <source>Customer notified</source>
        <translation>고객 알림 발송</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="136"/>
        <source>Notification</source>
        <translation>알림</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="139"/>
        <location filename="../../backoffice/ui/labels.py" line="147"/>
        <source>Web shop</source>
        <translation>쇼핑몰</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="140"/>
        <source>SMS</source>
        <translation>문자</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="141"/>
        <source>E-mail</source>
        <translation>이메일</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="148"/>
        <source>System</source>
        <translation>시스템</translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <location filename="../../backoffice/ui/detail/timeline.py" line="85"/>
        <location filename="../../backoffice/ui/detail/timeline.py" line="144"/>
        <source>All events</source>
        <translation>전체</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/timeline.py" line="89"/>
        <source>Show</source>
        <translation>보기</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/timeline.py" line="112"/>
        <source>Memo</source>
        <translation>메모</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/timeline.py" line="115"/>
        <source>Internal note</source>
        <translation>내부 메모</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/timeline.py" line="117"/>
        <source>For the customer</source>
        <translation>고객에게 공개</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/timeline.py" line="118"/>
        <source>Add memo</source>
        <translation>메모 추가</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/timeline.py" line="125"/>
        <source>Message to the customer</source>
        <translation>고객 메시지</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/timeline.py" line="132"/>
        <source>Send</source>
        <translation>보내기</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/timeline.py" line="156"/>
        <source>No messages yet</source>
        <translation>메시지가 없습니다</translation>
    </message>
</context>
<context>
    <name>TrackingImport</name>
    <message>
        <location filename="../../backoffice/ui/tracking_import_dialog.py" line="38"/>
        <source>To ship</source>
        <translation>출고 예정</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/tracking_import_dialog.py" line="39"/>
        <source>No such order</source>
        <translation>주문 없음</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/tracking_import_dialog.py" line="40"/>
        <source>Shipped already</source>
        <translation>이미 출고</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/tracking_import_dialog.py" line="41"/>
        <source>Twice in the file</source>
        <translation>파일에 중복</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/tracking_import_dialog.py" line="42"/>
        <source>Cannot ship</source>
        <translation>출고 불가</translation>
    </message>
</context>
<context>
    <name>TrackingImportDialog</name>
    <message>
        <location filename="../../backoffice/ui/tracking_import_dialog.py" line="62"/>
        <source>Import tracking numbers</source>
        <translation>송장번호 일괄 등록</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/tracking_import_dialog.py" line="66"/>
        <source>Carrier from the file</source>
        <translation>파일의 택배사</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/tracking_import_dialog.py" line="75"/>
        <source>Row</source>
        <translation>행</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/tracking_import_dialog.py" line="76"/>
        <source>Order</source>
        <translation>주문</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/tracking_import_dialog.py" line="77"/>
        <source>Tracking no.</source>
        <translation>송장번호</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/tracking_import_dialog.py" line="78"/>
        <location filename="../../backoffice/ui/tracking_import_dialog.py" line="99"/>
        <source>Carrier</source>
        <translation>택배사</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/tracking_import_dialog.py" line="79"/>
        <source>What happens</source>
        <translation>처리 내용</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/tracking_import_dialog.py" line="88"/>
        <source>Ship</source>
        <translation>출고</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/tracking_import_dialog.py" line="92"/>
        <source>Stop</source>
        <translation>중지</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/tracking_import_dialog.py" line="95"/>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/tracking_import_dialog.py" line="149"/>
        <source>Ship %1 order(s)</source>
        <translation>%1건 출고</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/tracking_import_dialog.py" line="189"/>
        <source>%1 shipped</source>
        <translation>%1건 출고됨</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/tracking_import_dialog.py" line="191"/>
        <source>%1 not shipped</source>
        <translation>%1건 출고 안 됨</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/tracking_import_dialog.py" line="193"/>
        <source>stopped: the rest is unchanged</source>
        <translation>중지됨: 나머지는 그대로입니다</translation>
    </message>
</context>
</TS>
