<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../backoffice/ui/bulk_flow.py" line="49" />
        <source>Also orders still waiting for payment</source>
        <translation>Also orders still waiting for payment</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/bulk_flow.py" line="51" />
        <source>Cancel orders</source>
        <translation>Cancel orders</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/bulk_flow.py" line="52" />
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/bulk_flow.py" line="54" />
        <source>Change stage</source>
        <translation>Change stage</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/bulk_flow.py" line="56" />
        <source>Carrier</source>
        <translation>Carrier</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/bulk_flow.py" line="57" />
        <source>Tracking number</source>
        <translation>Tracking number</translation>
    </message>
</context>
<context>
    <name>BulkFlow</name>
    <message>
        <location filename="../../backoffice/ui/bulk_flow.py" line="191" />
        <source>Working…</source>
        <translation>Working…</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/bulk_flow.py" line="191" />
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
</context>
<context>
    <name>ColumnChooser</name>
    <message>
        <location filename="../../backoffice/ui/column_chooser.py" line="63" />
        <source>Columns</source>
        <translation>Columns</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/column_chooser.py" line="76" />
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/column_chooser.py" line="77" />
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <location filename="../../backoffice/ui/columns.py" line="59" />
        <source>Order code</source>
        <translation>Order code</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/columns.py" line="60" />
        <source>Shop order no.</source>
        <translation>Shop order no.</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/columns.py" line="61" />
        <source>Ordered at</source>
        <translation>Ordered at</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/columns.py" line="62" />
        <source>Buyer</source>
        <translation>Buyer</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/columns.py" line="63" />
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/columns.py" line="64" />
        <source>Items</source>
        <translation>Items</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/columns.py" line="65" />
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/columns.py" line="66" />
        <source>Payment</source>
        <translation>Payment</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/columns.py" line="67" />
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/columns.py" line="68" />
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/columns.py" line="69" />
        <source>Carrier / tracking</source>
        <translation>Carrier / tracking</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/columns.py" line="70" />
        <source>Memo</source>
        <translation>Memo</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/columns.py" line="71" />
        <source>Claim</source>
        <translation>Claim</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../backoffice/ui/export_dialog.py" line="44" />
        <location filename="../../backoffice/ui/export_dialog.py" line="77" />
        <source>Export orders</source>
        <translation>Export orders</translation>
    </message>
    <message numerus="yes">
        <location filename="../../backoffice/ui/export_dialog.py" line="52" />
        <source>The %n selected order(s)</source>
        <translation><numerusform>The %n selected order</numerusform><numerusform>The %n selected orders</numerusform></translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/export_dialog.py" line="54" />
        <source>Every order of this tab, ordered within:</source>
        <translation>Every order of this tab, ordered within:</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/export_dialog.py" line="62" />
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/export_dialog.py" line="67" />
        <source>File (.xlsx or .csv)</source>
        <translation>File (.xlsx or .csv)</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/export_dialog.py" line="77" />
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>FilterPanel</name>
    <message>
        <location filename="../../backoffice/ui/filter_panel.py" line="72" />
        <source>Filters</source>
        <translation>Filters</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/filter_panel.py" line="81" />
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/filter_panel.py" line="86" />
        <source>Ordered</source>
        <translation>Ordered</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/filter_panel.py" line="88" />
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/filter_panel.py" line="100" />
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/filter_panel.py" line="104" />
        <source>Any channel</source>
        <translation>Any channel</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/filter_panel.py" line="108" />
        <source>Members and guests</source>
        <translation>Members and guests</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/filter_panel.py" line="109" />
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/filter_panel.py" line="110" />
        <source>Guests</source>
        <translation>Guests</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/filter_panel.py" line="114" />
        <location filename="../../backoffice/ui/filter_panel.py" line="119" />
        <source>Memo</source>
        <translation>Memo</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/filter_panel.py" line="115" />
        <location filename="../../backoffice/ui/filter_panel.py" line="120" />
        <source>Open claim</source>
        <translation>Open claim</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/filter_panel.py" line="116" />
        <location filename="../../backoffice/ui/filter_panel.py" line="121" />
        <source>Cancel request</source>
        <translation>Cancel request</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/filter_panel.py" line="129" />
        <source>off</source>
        <translation>off</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/filter_panel.py" line="130" />
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/filter_panel.py" line="132" />
        <source>payment method</source>
        <translation>payment method</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/filter_panel.py" line="133" />
        <source>Shipping delay</source>
        <translation>Shipping delay</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/filter_panel.py" line="138" />
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/filter_panel.py" line="139" />
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/filter_panel.py" line="140" />
        <source>Save as tab…</source>
        <translation>Save as tab…</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/filter_panel.py" line="151" />
        <source>any</source>
        <translation>any</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/filter_panel.py" line="152" />
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/filter_panel.py" line="153" />
        <source>no</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="9" />
        <location filename="../../backoffice/ui/labels.py" line="33" />
        <source>Pending payment</source>
        <translation>Pending payment</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="10" />
        <location filename="../../backoffice/ui/labels.py" line="34" />
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="11" />
        <location filename="../../backoffice/ui/labels.py" line="35" />
        <source>Preparing</source>
        <translation>Preparing</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="12" />
        <location filename="../../backoffice/ui/labels.py" line="36" />
        <source>Ready</source>
        <translation>Ready</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="13" />
        <location filename="../../backoffice/ui/labels.py" line="37" />
        <source>Shipped</source>
        <translation>Shipped</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="14" />
        <source>Delivered</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="15" />
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="16" />
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="19" />
        <source>Unpaid</source>
        <translation>Unpaid</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="20" />
        <source>Partly paid</source>
        <translation>Partly paid</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="21" />
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="22" />
        <source>Refund due</source>
        <translation>Refund due</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="23" />
        <source>Refunded</source>
        <translation>Refunded</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="26" />
        <source>Web shop</source>
        <translation>Web shop</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="27" />
        <source>Counter</source>
        <translation>Counter</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="28" />
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="29" />
        <source>Marketplace</source>
        <translation>Marketplace</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="32" />
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="38" />
        <source>Cancel requests</source>
        <translation>Cancel requests</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="39" />
        <source>Returns/exchanges</source>
        <translation>Returns/exchanges</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="42" />
        <source>already cancelled</source>
        <translation>already cancelled</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="43" />
        <source>completed: cannot change</source>
        <translation>completed: cannot change</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="44" />
        <source>already at or past that stage</source>
        <translation>already at or past that stage</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="45" />
        <source>pickup orders are not shipped</source>
        <translation>pickup orders are not shipped</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="46" />
        <source>no carrier and tracking number</source>
        <translation>no carrier and tracking number</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="47" />
        <source>waiting for payment</source>
        <translation>waiting for payment</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="48" />
        <source>no longer exists</source>
        <translation>no longer exists</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="51" />
        <source>Cancel request</source>
        <translation>Cancel request</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="52" />
        <source>Claim</source>
        <translation>Claim</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../backoffice/ui/main_window.py" line="98" />
        <source>Search code, shop order no., name, phone, e-mail, tracking (Ctrl+F)</source>
        <translation>Search code, shop order no., name, phone, e-mail, tracking (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/main_window.py" line="104" />
        <source>Filters</source>
        <translation>Filters</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/main_window.py" line="105" />
        <location filename="../../backoffice/ui/main_window.py" line="394" />
        <source>Columns…</source>
        <translation>Columns…</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/main_window.py" line="106" />
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/main_window.py" line="107" />
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/main_window.py" line="157" />
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/main_window.py" line="159" />
        <source>Sync: not set up</source>
        <translation>Sync: not set up</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/main_window.py" line="171" />
        <location filename="../../backoffice/ui/main_window.py" line="514" />
        <source>Backoffice — Orders</source>
        <translation>Backoffice — Orders</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/main_window.py" line="186" />
        <source>Selected → %1</source>
        <translation>Selected → %1</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/main_window.py" line="195" />
        <source>Cancel selected…</source>
        <translation>Cancel selected…</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/main_window.py" line="201" />
        <source>Every order of this tab</source>
        <translation>Every order of this tab</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/main_window.py" line="205" />
        <source>Cancel…</source>
        <translation>Cancel…</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/main_window.py" line="291" />
        <source>Rename tab</source>
        <translation>Rename tab</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/main_window.py" line="291" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/main_window.py" line="324" />
        <source>Save as tab</source>
        <translation>Save as tab</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/main_window.py" line="324" />
        <source>Tab name</source>
        <translation>Tab name</translation>
    </message>
    <message numerus="yes">
        <location filename="../../backoffice/ui/main_window.py" line="474" />
        <source>%n order(s) exported to %1</source>
        <translation><numerusform>%n order exported to %1</numerusform><numerusform>%n orders exported to %1</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../backoffice/ui/main_window.py" line="484" />
        <source>%n new order(s) arrived. Click to dismiss.</source>
        <translation><numerusform>%n new order arrived. Click to dismiss.</numerusform><numerusform>%n new orders arrived. Click to dismiss.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../backoffice/ui/main_window.py" line="500" />
        <source>%n order(s)</source>
        <translation><numerusform>%n order</numerusform><numerusform>%n orders</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../backoffice/ui/main_window.py" line="502" />
        <source>%n selected</source>
        <translation><numerusform>%n selected</numerusform><numerusform>%n selected</numerusform></translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/main_window.py" line="510" />
        <source>Something went wrong</source>
        <translation>Something went wrong</translation>
    </message>
</context>
<context>
    <name>OrderViewDialog</name>
    <message>
        <location filename="../../backoffice/ui/order_view.py" line="57" />
        <source>Order %1</source>
        <translation>Order %1</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/order_view.py" line="65" />
        <source>Order code</source>
        <translation>Order code</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/order_view.py" line="66" />
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/order_view.py" line="67" />
        <source>Buyer</source>
        <translation>Buyer</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/order_view.py" line="68" />
        <source>Ordered at</source>
        <translation>Ordered at</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/order_view.py" line="69" />
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/order_view.py" line="70" />
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/order_view.py" line="71" />
        <source>Balance</source>
        <translation>Balance</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/order_view.py" line="75" />
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/order_view.py" line="75" />
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/order_view.py" line="75" />
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/order_view.py" line="75" />
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/order_view.py" line="90" />
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/order_view.py" line="90" />
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/order_view.py" line="90" />
        <source>What</source>
        <translation>What</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <location filename="../../backoffice/ui/bulk_flow.py" line="90" />
        <source>Before acting</source>
        <translation>Before acting</translation>
    </message>
    <message numerus="yes">
        <location filename="../../backoffice/ui/bulk_flow.py" line="94" />
        <source>The action applies to %n of the chosen orders.</source>
        <translation><numerusform>The action applies to %n of the chosen orders.</numerusform><numerusform>The action applies to %n of the chosen orders.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../backoffice/ui/bulk_flow.py" line="96" />
        <source>%n order(s) chosen.</source>
        <translation><numerusform>%n order chosen.</numerusform><numerusform>%n orders chosen.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../backoffice/ui/bulk_flow.py" line="102" />
        <source>%n skipped: %1</source>
        <translation><numerusform>%n skipped: %1</numerusform><numerusform>%n skipped: %1</numerusform></translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../backoffice/ui/bulk_flow.py" line="119" />
        <source>Bulk action finished</source>
        <translation>Bulk action finished</translation>
    </message>
    <message numerus="yes">
        <location filename="../../backoffice/ui/bulk_flow.py" line="121" />
        <source>%n order(s) changed.</source>
        <translation><numerusform>%n order changed.</numerusform><numerusform>%n orders changed.</numerusform></translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/bulk_flow.py" line="123" />
        <source>Stopped before the end.</source>
        <translation>Stopped before the end.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../backoffice/ui/bulk_flow.py" line="125" />
        <source>%n order(s) failed:</source>
        <translation><numerusform>%n order failed:</numerusform><numerusform>%n orders failed:</numerusform></translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/bulk_flow.py" line="129" />
        <source>Order code</source>
        <translation>Order code</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/bulk_flow.py" line="129" />
        <source>Why</source>
        <translation>Why</translation>
    </message>
</context>
<context>
    <name>TabStrip</name>
    <message>
        <location filename="../../backoffice/ui/tab_strip.py" line="27" />
        <source>Rename…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/tab_strip.py" line="30" />
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
</context>
</TS>