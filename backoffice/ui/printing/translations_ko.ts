<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ko">
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <location filename="preview.py" line="54" />
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="preview.py" line="57" />
        <source>Preparing the preview…</source>
        <translation>미리보기를 준비하는 중…</translation>
    </message>
    <message>
        <location filename="preview.py" line="66" />
        <source>Print</source>
        <translation>인쇄</translation>
    </message>
    <message>
        <location filename="preview.py" line="67" />
        <source>Save…</source>
        <translation>저장…</translation>
    </message>
    <message>
        <location filename="preview.py" line="68" />
        <source>Open</source>
        <translation>열기</translation>
    </message>
    <message>
        <location filename="preview.py" line="69" />
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <location filename="preview.py" line="107" />
        <source>This is an A4 document: save it as a PDF, or open it in your PDF viewer.</source>
        <translation>A4 문서입니다: PDF로 저장하거나 PDF 뷰어로 여세요.</translation>
    </message>
    <message>
        <location filename="preview.py" line="113" />
        <source>No printer is set up for this document (printer settings).</source>
        <translation>이 문서를 인쇄할 프린터가 설정되지 않았습니다 (프린터 설정).</translation>
    </message>
    <message>
        <location filename="preview.py" line="115" />
        <source>Printer: %1</source>
        <translation>프린터: %1</translation>
    </message>
    <message>
        <location filename="preview.py" line="148" />
        <source>Saved to %1</source>
        <translation>%1에 저장했습니다</translation>
    </message>
    <message>
        <location filename="preview.py" line="154" />
        <source>Picture (*.png);;Printer bytes (*.bin)</source>
        <translation>이미지 (*.png);;프린터 데이터 (*.bin)</translation>
    </message>
    <message>
        <location filename="preview.py" line="156" />
        <source>PDF (*.pdf);;Picture (*.png);;Printer bytes (*.bin)</source>
        <translation>PDF (*.pdf);;이미지 (*.png);;프린터 데이터 (*.bin)</translation>
    </message>
    <message>
        <location filename="preview.py" line="159" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="preview.py" line="162" />
        <source>Save</source>
        <translation>저장</translation>
    </message>
</context>
<context>
    <name>PrintQueue</name>
    <message>
        <location filename="queue_model.py" line="40" />
        <source>Time</source>
        <translation>시간</translation>
    </message>
    <message>
        <location filename="queue_model.py" line="41" />
        <source>Order</source>
        <translation>주문</translation>
    </message>
    <message>
        <location filename="queue_model.py" line="42" />
        <source>Document</source>
        <translation>문서</translation>
    </message>
    <message>
        <location filename="queue_model.py" line="43" />
        <source>Printer</source>
        <translation>프린터</translation>
    </message>
    <message>
        <location filename="queue_model.py" line="44" />
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="queue_model.py" line="45" />
        <source>Error</source>
        <translation>오류</translation>
    </message>
    <message>
        <location filename="queue_model.py" line="48" />
        <source>Receipt</source>
        <translation>영수증</translation>
    </message>
    <message>
        <location filename="queue_model.py" line="49" />
        <source>Shipping label</source>
        <translation>배송 라벨</translation>
    </message>
    <message>
        <location filename="queue_model.py" line="50" />
        <source>Invoice</source>
        <translation>거래명세서</translation>
    </message>
    <message>
        <location filename="queue_model.py" line="51" />
        <source>Packing slip</source>
        <translation>포장 명세서</translation>
    </message>
    <message>
        <location filename="queue_model.py" line="52" />
        <source>Order sheet</source>
        <translation>주문서</translation>
    </message>
    <message>
        <location filename="queue_model.py" line="55" />
        <source>Queued</source>
        <translation>대기</translation>
    </message>
    <message>
        <location filename="queue_model.py" line="56" />
        <source>Sending</source>
        <translation>전송 중</translation>
    </message>
    <message>
        <location filename="queue_model.py" line="57" />
        <source>Printed</source>
        <translation>출력됨</translation>
    </message>
    <message>
        <location filename="queue_model.py" line="58" />
        <source>Failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <location filename="queue_model.py" line="59" />
        <source>Not confirmed</source>
        <translation>확인 안 됨</translation>
    </message>
    <message>
        <location filename="queue_model.py" line="60" />
        <source>Cancelled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <location filename="queue_model.py" line="166" />
        <source>%1 and %2 more</source>
        <translation>%1 외 %2건</translation>
    </message>
    <message>
        <location filename="queue_model.py" line="171" />
        <source>%1 (reprint)</source>
        <translation>%1 (재출력)</translation>
    </message>
</context>
<context>
    <name>PrintQueueDialog</name>
    <message>
        <location filename="queue_view.py" line="41" />
        <source>Print queue</source>
        <translation>인쇄 대기열</translation>
    </message>
    <message>
        <location filename="queue_view.py" line="57" />
        <source>Only jobs that need attention</source>
        <translation>확인이 필요한 작업만</translation>
    </message>
    <message>
        <location filename="queue_view.py" line="59" />
        <source>Retry</source>
        <translation>다시 시도</translation>
    </message>
    <message>
        <location filename="queue_view.py" line="60" />
        <source>Reprint</source>
        <translation>재출력</translation>
    </message>
    <message>
        <location filename="queue_view.py" line="61" />
        <source>Send to other printer…</source>
        <translation>다른 프린터로 보내기…</translation>
    </message>
    <message>
        <location filename="queue_view.py" line="62" />
        <location filename="queue_view.py" line="253" />
        <source>Save as PDF…</source>
        <translation>PDF로 저장…</translation>
    </message>
    <message>
        <location filename="queue_view.py" line="63" />
        <source>Cancel job</source>
        <translation>작업 취소</translation>
    </message>
    <message>
        <location filename="queue_view.py" line="64" />
        <source>Refresh</source>
        <translation>새로 고침</translation>
    </message>
    <message>
        <location filename="queue_view.py" line="65" />
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <location filename="queue_view.py" line="136" />
        <source>Job #%1 is queued again.</source>
        <translation>작업 #%1을(를) 다시 대기열에 넣었습니다.</translation>
    </message>
    <message>
        <location filename="queue_view.py" line="146" />
        <source>A reprint of job #%1 is queued.</source>
        <translation>작업 #%1의 재출력을 대기열에 넣었습니다.</translation>
    </message>
    <message>
        <location filename="queue_view.py" line="156" />
        <source>Job #%1 goes to the other printer.</source>
        <translation>작업 #%1을(를) 다른 프린터로 보냅니다.</translation>
    </message>
    <message>
        <location filename="queue_view.py" line="180" />
        <source>Saved to %1</source>
        <translation>%1에 저장했습니다</translation>
    </message>
    <message>
        <location filename="queue_view.py" line="212" />
        <source>Send to other printer</source>
        <translation>다른 프린터로 보내기</translation>
    </message>
    <message>
        <location filename="queue_view.py" line="213" />
        <source>Printer address (tcp://HOST:PORT, usb://VID:PID, …):</source>
        <translation>프린터 주소 (tcp://HOST:PORT, usb://VID:PID, …):</translation>
    </message>
    <message>
        <location filename="queue_view.py" line="226" />
        <source>Picture (*.png);;Printer bytes (*.bin)</source>
        <translation>이미지 (*.png);;프린터 데이터 (*.bin)</translation>
    </message>
    <message>
        <location filename="queue_view.py" line="229" />
        <source>PDF (*.pdf);;Picture (*.png);;Printer bytes (*.bin)</source>
        <translation>PDF (*.pdf);;이미지 (*.png);;프린터 데이터 (*.bin)</translation>
    </message>
    <message>
        <location filename="queue_view.py" line="232" />
        <source>Save print job</source>
        <translation>인쇄 작업 저장</translation>
    </message>
    <message>
        <location filename="queue_view.py" line="251" />
        <source>Save as picture…</source>
        <translation>이미지로 저장…</translation>
    </message>
</context>
<context>
    <name>PrinterBox</name>
    <message>
        <location filename="settings_dialog.py" line="58" />
        <source>Picture (works on every printer)</source>
        <translation>이미지 (모든 프린터에서 출력)</translation>
    </message>
    <message>
        <location filename="settings_dialog.py" line="59" />
        <source>Korean characters (printer with Korean font)</source>
        <translation>한글 문자 (한글 글꼴 내장 프린터)</translation>
    </message>
    <message>
        <location filename="settings_dialog.py" line="60" />
        <source>Latin text only</source>
        <translation>영문만</translation>
    </message>
    <message>
        <location filename="settings_dialog.py" line="61" />
        <source>Printer answers status queries (confirms each job)</source>
        <translation>프린터가 상태 조회에 응답함 (작업마다 출력 확인)</translation>
    </message>
    <message>
        <location filename="settings_dialog.py" line="62" />
        <source>Test connection</source>
        <translation>연결 테스트</translation>
    </message>
    <message>
        <location filename="settings_dialog.py" line="63" />
        <source>Print test page</source>
        <translation>테스트 페이지 인쇄</translation>
    </message>
    <message>
        <location filename="settings_dialog.py" line="69" />
        <source>Address</source>
        <translation>주소</translation>
    </message>
    <message>
        <location filename="settings_dialog.py" line="70" />
        <source>Paper width</source>
        <translation>용지 폭</translation>
    </message>
    <message>
        <location filename="settings_dialog.py" line="71" />
        <source>Text</source>
        <translation>글자</translation>
    </message>
    <message>
        <location filename="settings_dialog.py" line="127" />
        <source>Enter the printer's address first.</source>
        <translation>먼저 프린터 주소를 입력하세요.</translation>
    </message>
    <message>
        <location filename="settings_dialog.py" line="133" />
        <source>Working…</source>
        <translation>처리 중…</translation>
    </message>
    <message>
        <location filename="settings_dialog.py" line="142" />
        <source>The printer answered: it is ready.</source>
        <translation>프린터가 응답했습니다: 인쇄할 수 있습니다.</translation>
    </message>
    <message>
        <location filename="settings_dialog.py" line="144" />
        <source>Sent. (This printer does not confirm jobs.)</source>
        <translation>보냈습니다. (이 프린터는 출력 확인을 하지 않습니다.)</translation>
    </message>
</context>
<context>
    <name>PrinterSettingsDialog</name>
    <message>
        <location filename="settings_dialog.py" line="156" />
        <source>Printer settings</source>
        <translation>프린터 설정</translation>
    </message>
    <message>
        <location filename="settings_dialog.py" line="157" />
        <source>Receipt printer</source>
        <translation>영수증 프린터</translation>
    </message>
    <message>
        <location filename="settings_dialog.py" line="158" />
        <source>Label printer</source>
        <translation>라벨 프린터</translation>
    </message>
    <message>
        <location filename="settings_dialog.py" line="163" />
        <source>No cash drawer</source>
        <translation>금전함 없음</translation>
    </message>
    <message>
        <location filename="settings_dialog.py" line="164" />
        <source>Cash drawer on pin 2</source>
        <translation>금전함 (2번 핀)</translation>
    </message>
    <message>
        <location filename="settings_dialog.py" line="165" />
        <source>Cash drawer on pin 5</source>
        <translation>금전함 (5번 핀)</translation>
    </message>
    <message>
        <location filename="settings_dialog.py" line="176" />
        <source>Printed language</source>
        <translation>인쇄 언어</translation>
    </message>
    <message>
        <location filename="settings_dialog.py" line="177" />
        <source>Cash drawer (opens with each receipt)</source>
        <translation>금전함 (영수증마다 열림)</translation>
    </message>
</context>
</TS>