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
    <name>Actions</name>
    <message>
        <location filename="../../backoffice/ui/detail/actions.py" line="33" />
        <source>Receipt</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/actions.py" line="34" />
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/actions.py" line="35" />
        <source>Invoice</source>
        <translation>Invoice</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/actions.py" line="36" />
        <source>Packing slip</source>
        <translation>Packing slip</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/actions.py" line="37" />
        <source>Order sheet</source>
        <translation>Order sheet</translation>
    </message>
</context>
<context>
    <name>ActionsBar</name>
    <message>
        <location filename="../../backoffice/ui/detail/actions.py" line="92" />
        <source>Printing arrives with the printing issue</source>
        <translation>Printing arrives with the printing issue</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/actions.py" line="96" />
        <source>Copy payment link</source>
        <translation>Copy payment link</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/actions.py" line="98" />
        <source>Delete order…</source>
        <translation>Delete order…</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/actions.py" line="100" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/actions.py" line="113" />
        <source>No open payment request (R22)</source>
        <translation>No open payment request (R22)</translation>
    </message>
</context>
<context>
    <name>AddLines</name>
    <message>
        <location filename="../../backoffice/ui/detail/add_lines.py" line="32" />
        <source>Free line</source>
        <translation>Free line</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/add_lines.py" line="33" />
        <source>Surcharge</source>
        <translation>Surcharge</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/add_lines.py" line="34" />
        <source>Refund of an amount</source>
        <translation>Refund of an amount</translation>
    </message>
</context>
<context>
    <name>AddLinesBox</name>
    <message>
        <location filename="../../backoffice/ui/detail/add_lines.py" line="43" />
        <source>Add lines</source>
        <translation>Add lines</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/add_lines.py" line="48" />
        <source>Scan or search by name or SKU, then Enter</source>
        <translation>Scan or search by name or SKU, then Enter</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/add_lines.py" line="54" />
        <source>Add product</source>
        <translation>Add product</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/add_lines.py" line="58" />
        <location filename="../../backoffice/ui/detail/add_lines.py" line="76" />
        <source>Qty</source>
        <translation>Qty</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/add_lines.py" line="66" />
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/add_lines.py" line="68" />
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/add_lines.py" line="71" />
        <source>Add line</source>
        <translation>Add line</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/add_lines.py" line="125" />
        <source>No product matches %1</source>
        <translation>No product matches %1</translation>
    </message>
</context>
<context>
    <name>AddressDialog</name>
    <message>
        <location filename="../../backoffice/ui/detail/address_dialog.py" line="16" />
        <source>Edit address %1</source>
        <translation>Edit address %1</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/address_dialog.py" line="18" />
        <source>New address</source>
        <translation>New address</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/address_dialog.py" line="28" />
        <source>Recipient</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/address_dialog.py" line="29" />
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/address_dialog.py" line="30" />
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/address_dialog.py" line="31" />
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/address_dialog.py" line="32" />
        <source>Address line 2</source>
        <translation>Address line 2</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/address_dialog.py" line="33" />
        <source>Delivery note</source>
        <translation>Delivery note</translation>
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
    <name>Claims</name>
    <message>
        <location filename="../../backoffice/ui/detail/claims.py" line="40" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/claims.py" line="41" />
        <source>Return</source>
        <translation>Return</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/claims.py" line="42" />
        <source>Exchange</source>
        <translation>Exchange</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/claims.py" line="43" />
        <source>Cancel request (customer)</source>
        <translation>Cancel request (customer)</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/claims.py" line="46" />
        <source>Requested</source>
        <translation>Requested</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/claims.py" line="47" />
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/claims.py" line="48" />
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/claims.py" line="49" />
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
</context>
<context>
    <name>ClaimsPanel</name>
    <message>
        <location filename="../../backoffice/ui/detail/claims.py" line="91" />
        <source>New claim</source>
        <translation>New claim</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/claims.py" line="95" />
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/claims.py" line="95" />
        <source>Available</source>
        <translation>Available</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/claims.py" line="95" />
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/claims.py" line="107" />
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/claims.py" line="108" />
        <location filename="../../backoffice/ui/detail/claims.py" line="196" />
        <source>Cancel these units</source>
        <translation>Cancel these units</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/claims.py" line="114" />
        <source>Pickup (collection)</source>
        <translation>Pickup (collection)</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/claims.py" line="122" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/claims.py" line="123" />
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/claims.py" line="124" />
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/claims.py" line="125" />
        <source>Carrier</source>
        <translation>Carrier</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/claims.py" line="144" />
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/claims.py" line="147" />
        <source>Reason for rejecting</source>
        <translation>Reason for rejecting</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/claims.py" line="148" />
        <source>Reject</source>
        <translation>Reject</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/claims.py" line="150" />
        <source>Damaged (not restocked)</source>
        <translation>Damaged (not restocked)</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/claims.py" line="151" />
        <source>Complete</source>
        <translation>Complete</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/claims.py" line="196" />
        <source>Open claim</source>
        <translation>Open claim</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/claims.py" line="223" />
        <source>Choose a requested claim (R27)</source>
        <translation>Choose a requested claim (R27)</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/claims.py" line="231" />
        <source>Only an approved claim can be completed (R27)</source>
        <translation>Only an approved claim can be completed (R27)</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/claims.py" line="236" />
        <source>Only returned goods can be marked damaged (R15)</source>
        <translation>Only returned goods can be marked damaged (R15)</translation>
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
    <name>ConflictsDialog</name>
    <message>
        <location filename="../../backoffice/ui/sync_status.py" line="188" />
        <location filename="../../backoffice/ui/sync_status.py" line="235" />
        <source>Sync conflicts</source>
        <translation>Sync conflicts</translation></message>
    <message>
        <location filename="../../backoffice/ui/sync_status.py" line="194" />
        <source>Order</source>
        <translation>Order</translation></message>
    <message>
        <location filename="../../backoffice/ui/sync_status.py" line="194" />
        <source>What</source>
        <translation>What</translation></message>
    <message>
        <location filename="../../backoffice/ui/sync_status.py" line="194" />
        <source>This computer</source>
        <translation>This computer</translation></message>
    <message>
        <location filename="../../backoffice/ui/sync_status.py" line="194" />
        <source>Web shop</source>
        <translation>Web shop</translation></message>
    <message>
        <location filename="../../backoffice/ui/sync_status.py" line="199" />
        <source>Keep local</source>
        <translation>Keep local</translation></message>
    <message>
        <location filename="../../backoffice/ui/sync_status.py" line="200" />
        <source>Take shop's</source>
        <translation>Take shop's</translation></message>
</context>
<context>
    <name>CounterSaleDialog</name>
    <message>
        <location filename="../../backoffice/ui/counter_sale.py" line="87" />
        <source>New counter order</source>
        <translation>New counter order</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/counter_sale.py" line="94" />
        <source>Scan a barcode or type a name, then Enter</source>
        <translation>Scan a barcode or type a name, then Enter</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/counter_sale.py" line="98" />
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/counter_sale.py" line="119" />
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/counter_sale.py" line="129" />
        <source>Buyer</source>
        <translation>Buyer</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/counter_sale.py" line="132" />
        <source>Member name or phone, then Enter</source>
        <translation>Member name or phone, then Enter</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/counter_sale.py" line="136" />
        <location filename="../../backoffice/ui/counter_sale.py" line="275" />
        <location filename="../../backoffice/ui/counter_sale.py" line="333" />
        <source>Guest</source>
        <translation>Guest</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/counter_sale.py" line="138" />
        <source>Guest name</source>
        <translation>Guest name</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/counter_sale.py" line="140" />
        <source>Guest phone</source>
        <translation>Guest phone</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/counter_sale.py" line="150" />
        <source>Payment</source>
        <translation>Payment</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/counter_sale.py" line="153" />
        <source>Cash</source>
        <translation>Cash</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/counter_sale.py" line="154" />
        <source>Card</source>
        <translation>Card</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/counter_sale.py" line="155" />
        <source>Send a payment request</source>
        <translation>Send a payment request</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/counter_sale.py" line="161" />
        <source>Card issuer</source>
        <translation>Card issuer</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/counter_sale.py" line="163" />
        <source>Card number</source>
        <translation>Card number</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/counter_sale.py" line="167" />
        <source>Pay (F12)</source>
        <translation>Pay (F12)</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/counter_sale.py" line="199" />
        <source>Unexpected error: %1</source>
        <translation>Unexpected error: %1</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/counter_sale.py" line="221" />
        <source>No product matches %1</source>
        <translation>No product matches %1</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/counter_sale.py" line="264" />
        <source>Scan or add a product first</source>
        <translation>Scan or add a product first</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/counter_sale.py" line="277" />
        <source>member</source>
        <translation>member</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/counter_sale.py" line="277" />
        <source>guest</source>
        <translation>guest</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/counter_sale.py" line="282" />
        <source>No customer found</source>
        <translation>No customer found</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/counter_sale.py" line="321" />
        <source>Order %1 created: %2</source>
        <translation>Order %1 created: %2</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/counter_sale.py" line="325" />
        <source>payment link copied</source>
        <translation>payment link copied</translation>
    </message>
</context>
<context>
    <name>DeleteDialog</name>
    <message>
        <location filename="../../backoffice/ui/detail/actions.py" line="57" />
        <source>Delete order</source>
        <translation>Delete order</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/actions.py" line="61" />
        <source>Delete order %1? Its stock returns; it cannot be restored.</source>
        <translation>Delete order %1? Its stock returns; it cannot be restored.</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/actions.py" line="68" />
        <source>Reason</source>
        <translation>Reason</translation>
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
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/counter_sale.py" line="64" />
        <location filename="../../backoffice/ui/detail/items.py" line="76" />
        <source>Qty</source>
        <translation>Qty</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/counter_sale.py" line="66" />
        <location filename="../../backoffice/ui/detail/items.py" line="79" />
        <source>Unit price</source>
        <translation>Unit price</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/counter_sale.py" line="70" />
        <location filename="../../backoffice/ui/detail/items.py" line="85" />
        <source>Line total</source>
        <translation>Line total</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/claims.py" line="63" />
        <location filename="../../backoffice/ui/detail/shipments.py" line="49" />
        <location filename="../../backoffice/ui/detail/timeline.py" line="79" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/claims.py" line="65" />
        <location filename="../../backoffice/ui/detail/payments.py" line="98" />
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/claims.py" line="69" />
        <source>Quantities</source>
        <translation>Quantities</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/claims.py" line="73" />
        <location filename="../../backoffice/ui/detail/payments.py" line="125" />
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/claims.py" line="76" />
        <source>Pickup</source>
        <translation>Pickup</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/claims.py" line="78" />
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/claims.py" line="82" />
        <source>Opened</source>
        <translation>Opened</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/items.py" line="77" />
        <source>Cancelled/returned</source>
        <translation>Cancelled/returned</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/items.py" line="83" />
        <source>Discount</source>
        <translation>Discount</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/payments.py" line="72" />
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/payments.py" line="74" />
        <location filename="../../backoffice/ui/detail/payments.py" line="93" />
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/payments.py" line="78" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/payments.py" line="79" />
        <source>PG transaction</source>
        <translation>PG transaction</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/payments.py" line="80" />
        <source>Card issuer</source>
        <translation>Card issuer</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/payments.py" line="81" />
        <source>Card</source>
        <translation>Card</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/payments.py" line="83" />
        <source>Instalments</source>
        <translation>Instalments</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/payments.py" line="103" />
        <source>Requested</source>
        <translation>Requested</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/payments.py" line="104" />
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/payments.py" line="123" />
        <source>Refunded</source>
        <translation>Refunded</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/payments.py" line="124" />
        <source>Portions</source>
        <translation>Portions</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/shipments.py" line="48" />
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/shipments.py" line="51" />
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/shipments.py" line="53" />
        <source>Contents</source>
        <translation>Contents</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/shipments.py" line="55" />
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/shipments.py" line="59" />
        <source>Carrier</source>
        <translation>Carrier</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/shipments.py" line="60" />
        <source>Tracking no.</source>
        <translation>Tracking no.</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/timeline.py" line="77" />
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/timeline.py" line="78" />
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/timeline.py" line="80" />
        <source>What</source>
        <translation>What</translation>
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
        <translation>
            <numerusform>The %n selected order</numerusform>
            <numerusform>The %n selected orders</numerusform>
        </translation>
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
    <name>HeaderPanel</name>
    <message>
        <location filename="../../backoffice/ui/detail/header.py" line="70" />
        <source>Shop order no.</source>
        <translation>Shop order no.</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/header.py" line="71" />
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/header.py" line="72" />
        <source>Buyer</source>
        <translation>Buyer</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/header.py" line="73" />
        <source>Ordered</source>
        <translation>Ordered</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/header.py" line="74" />
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/header.py" line="86" />
        <source>Move</source>
        <translation>Move</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/header.py" line="89" />
        <source>Reason (cancel, revert)</source>
        <translation>Reason (cancel, revert)</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/header.py" line="90" />
        <source>Cancel order</source>
        <translation>Cancel order</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/header.py" line="93" />
        <source>Revert</source>
        <translation>Revert</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/header.py" line="95" />
        <source>Un-cancel</source>
        <translation>Un-cancel</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/header.py" line="97" />
        <source>Move to</source>
        <translation>Move to</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/header.py" line="103" />
        <source>Back to</source>
        <translation>Back to</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/header.py" line="135" />
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/header.py" line="135" />
        <source>Guest</source>
        <translation>Guest</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/header.py" line="163" />
        <source>No stage to move to</source>
        <translation>No stage to move to</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/header.py" line="181" />
        <source>Prepare anyway</source>
        <translation>Prepare anyway</translation>
    </message>
</context>
<context>
    <name>Items</name>
    <message>
        <location filename="../../backoffice/ui/detail/items.py" line="38" />
        <source>No open edit</source>
        <translation>No open edit</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/items.py" line="39" />
        <source>Editing</source>
        <translation>Editing</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/items.py" line="40" />
        <source>Confirmation requested</source>
        <translation>Confirmation requested</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/items.py" line="41" />
        <source>Confirmed by the customer</source>
        <translation>Confirmed by the customer</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/items.py" line="45" />
        <source>free</source>
        <translation>free</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/items.py" line="46" />
        <source>surcharge</source>
        <translation>surcharge</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/items.py" line="47" />
        <source>refund</source>
        <translation>refund</translation>
    </message>
</context>
<context>
    <name>ItemsPanel</name>
    <message>
        <location filename="../../backoffice/ui/detail/items.py" line="108" />
        <source>Selected line</source>
        <translation>Selected line</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/items.py" line="112" />
        <source>Change quantity</source>
        <translation>Change quantity</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/items.py" line="115" />
        <source>Discount</source>
        <translation>Discount</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/items.py" line="117" />
        <source>amount</source>
        <translation>amount</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/items.py" line="119" />
        <source>Apply discount</source>
        <translation>Apply discount</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/items.py" line="121" />
        <source>Remove line</source>
        <translation>Remove line</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/items.py" line="123" />
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/items.py" line="140" />
        <source>Ask the customer to confirm</source>
        <translation>Ask the customer to confirm</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/items.py" line="142" />
        <source>Withdraw the request</source>
        <translation>Withdraw the request</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/items.py" line="169" />
        <source>Edit: %1</source>
        <translation>Edit: %1</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/items.py" line="179" />
        <source>Items %1 · Total %2 · Balance %3</source>
        <translation>Items %1 · Total %2 · Balance %3</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/items.py" line="202" />
        <source>Choose a line first</source>
        <translation>Choose a line first</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/items.py" line="208" />
        <source>A refund line cannot be discounted (R17)</source>
        <translation>A refund line cannot be discounted (R17)</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/items.py" line="230" />
        <source>A percentage is a whole number from 0 to 100</source>
        <translation>A percentage is a whole number from 0 to 100</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/items.py" line="264" />
        <source>→ new total %1</source>
        <translation>→ new total %1</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/items.py" line="310" />
        <source>The customer was asked to confirm the edited order</source>
        <translation>The customer was asked to confirm the edited order</translation>
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
    <name>MainMenus</name>
    <message>
        <location filename="../../backoffice/ui/main_menus.py" line="25" />
        <source>&amp;Orders</source>
        <translation>&amp;Orders</translation></message>
    <message>
        <location filename="../../backoffice/ui/main_menus.py" line="26" />
        <source>New counter sale…</source>
        <translation>New counter sale…</translation></message>
    <message>
        <location filename="../../backoffice/ui/main_menus.py" line="31" />
        <source>Print labels for the selected orders</source>
        <translation>Print labels for the selected orders</translation></message>
    <message>
        <location filename="../../backoffice/ui/main_menus.py" line="35" />
        <source>Print receipts for the selected orders</source>
        <translation>Print receipts for the selected orders</translation></message>
    <message>
        <location filename="../../backoffice/ui/main_menus.py" line="39" />
        <source>&amp;Printing</source>
        <translation>&amp;Printing</translation></message>
    <message>
        <location filename="../../backoffice/ui/main_menus.py" line="41" />
        <source>Print queue…</source>
        <translation>Print queue…</translation></message>
    <message>
        <location filename="../../backoffice/ui/main_menus.py" line="44" />
        <source>Printer settings…</source>
        <translation>Printer settings…</translation></message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../backoffice/ui/main_window.py" line="102" />
        <source>Search code, shop order no., name, phone, e-mail, tracking (Ctrl+F)</source>
        <translation>Search code, shop order no., name, phone, e-mail, tracking (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/main_window.py" line="108" />
        <source>Filters</source>
        <translation>Filters</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/main_window.py" line="109" />
        <location filename="../../backoffice/ui/main_window.py" line="414" />
        <source>Columns…</source>
        <translation>Columns…</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/main_window.py" line="110" />
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/main_window.py" line="111" />
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/main_window.py" line="162" />
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/main_window.py" line="164" />
        <source>Sync: not set up</source>
        <translation>Sync: not set up</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/main_window.py" line="176" />
        <location filename="../../backoffice/ui/main_window.py" line="542" />
        <source>Backoffice — Orders</source>
        <translation>Backoffice — Orders</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/main_window.py" line="191" />
        <source>Selected → %1</source>
        <translation>Selected → %1</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/main_window.py" line="200" />
        <source>Cancel selected…</source>
        <translation>Cancel selected…</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/main_window.py" line="206" />
        <source>Every order of this tab</source>
        <translation>Every order of this tab</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/main_window.py" line="210" />
        <source>Cancel…</source>
        <translation>Cancel…</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/main_window.py" line="297" />
        <source>Rename tab</source>
        <translation>Rename tab</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/main_window.py" line="297" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/main_window.py" line="330" />
        <source>Save as tab</source>
        <translation>Save as tab</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/main_window.py" line="330" />
        <source>Tab name</source>
        <translation>Tab name</translation>
    </message>
    <message numerus="yes">
        <location filename="../../backoffice/ui/main_window.py" line="502" />
        <source>%n order(s) exported to %1</source>
        <translation>
            <numerusform>%n order exported to %1</numerusform>
            <numerusform>%n orders exported to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../backoffice/ui/main_window.py" line="512" />
        <source>%n new order(s) arrived. Click to dismiss.</source>
        <translation>
            <numerusform>%n new order arrived. Click to dismiss.</numerusform>
            <numerusform>%n new orders arrived. Click to dismiss.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../backoffice/ui/main_window.py" line="528" />
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n order</numerusform>
            <numerusform>%n orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../backoffice/ui/main_window.py" line="530" />
        <source>%n selected</source>
        <translation>
            <numerusform>%n selected</numerusform>
            <numerusform>%n selected</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/main_window.py" line="538" />
        <source>Something went wrong</source>
        <translation>Something went wrong</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../../backoffice/ui/detail/message_bar.py" line="24" />
        <source>Close this message</source>
        <translation>Close this message</translation>
    </message>
</context>
<context>
    <name>OrderDetailDialog</name>
    <message>
        <location filename="../../backoffice/ui/detail/dialog.py" line="61" />
        <source>Order %1</source>
        <translation>Order %1</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/dialog.py" line="71" />
        <source>Items</source>
        <translation>Items</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/dialog.py" line="72" />
        <source>Shipments</source>
        <translation>Shipments</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/dialog.py" line="73" />
        <source>Payments</source>
        <translation>Payments</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/dialog.py" line="74" />
        <source>Claims</source>
        <translation>Claims</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/dialog.py" line="75" />
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/dialog.py" line="155" />
        <source>This order was changed elsewhere: nothing was saved. It has been reloaded.</source>
        <translation>This order was changed elsewhere: nothing was saved. It has been reloaded.</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/dialog.py" line="168" />
        <source>Unexpected error: %1</source>
        <translation>Unexpected error: %1</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/dialog.py" line="188" />
        <source>Order %1 no longer exists.</source>
        <translation>Order %1 no longer exists.</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/dialog.py" line="223" />
        <source>This order was changed elsewhere — reloaded</source>
        <translation>This order was changed elsewhere — reloaded</translation>
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
    <name>PaymentStates</name>
    <message>
        <location filename="../../backoffice/ui/detail/payments.py" line="42" />
        <source>Requested</source>
        <translation>Requested</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/payments.py" line="43" />
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/payments.py" line="44" />
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
</context>
<context>
    <name>Payments</name>
    <message>
        <location filename="../../backoffice/ui/detail/payments.py" line="54" />
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/payments.py" line="47" />
        <source>Order amount</source>
        <translation>Order amount</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/payments.py" line="48" />
        <source>Manual discount</source>
        <translation>Manual discount</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/payments.py" line="49" />
        <source>Shipping</source>
        <translation>Shipping</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/payments.py" line="50" />
        <source>Grade discount</source>
        <translation>Grade discount</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/payments.py" line="51" />
        <source>Coupon</source>
        <translation>Coupon</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/payments.py" line="52" />
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/payments.py" line="53" />
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/payments.py" line="55" />
        <source>Refunded</source>
        <translation>Refunded</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/payments.py" line="56" />
        <source>Balance</source>
        <translation>Balance</translation>
    </message>
</context>
<context>
    <name>PaymentsPanel</name>
    <message>
        <location filename="../../backoffice/ui/detail/payments.py" line="145" />
        <source>Breakdown</source>
        <translation>Breakdown</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/payments.py" line="153" />
        <source>Payment status</source>
        <translation>Payment status</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/payments.py" line="158" />
        <source>Refunds</source>
        <translation>Refunds</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/payments.py" line="166" />
        <source>Payments</source>
        <translation>Payments</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/payments.py" line="172" />
        <source>Payment requests</source>
        <translation>Payment requests</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/payments.py" line="176" />
        <source>Amount (empty: the balance)</source>
        <translation>Amount (empty: the balance)</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/payments.py" line="177" />
        <source>Request payment</source>
        <translation>Request payment</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/payments.py" line="179" />
        <source>Copy payment link</source>
        <translation>Copy payment link</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/payments.py" line="181" />
        <source>Withdraw request</source>
        <translation>Withdraw request</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/payments.py" line="193" />
        <source>PG transaction</source>
        <translation>PG transaction</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/payments.py" line="195" />
        <source>Card issuer</source>
        <translation>Card issuer</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/payments.py" line="197" />
        <source>Card number</source>
        <translation>Card number</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/payments.py" line="200" />
        <source> mo.</source>
        <translation> mo.</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/payments.py" line="201" />
        <source>Mark paid</source>
        <translation>Mark paid</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/payments.py" line="245" />
        <source>Choose an open payment request (R22)</source>
        <translation>Choose an open payment request (R22)</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/payments.py" line="270" />
        <source>Payment requested; the link is on the clipboard</source>
        <translation>Payment requested; the link is on the clipboard</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/payments.py" line="287" />
        <source>Payment link copied</source>
        <translation>Payment link copied</translation>
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
        <translation>
            <numerusform>The action applies to %n of the chosen orders.</numerusform>
            <numerusform>The action applies to %n of the chosen orders.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../backoffice/ui/bulk_flow.py" line="96" />
        <source>%n order(s) chosen.</source>
        <translation>
            <numerusform>%n order chosen.</numerusform>
            <numerusform>%n orders chosen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../backoffice/ui/bulk_flow.py" line="102" />
        <source>%n skipped: %1</source>
        <translation>
            <numerusform>%n skipped: %1</numerusform>
            <numerusform>%n skipped: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <location filename="../../backoffice/ui/printing/preview.py" line="54" />
        <source>%1 — %2</source>
        <translation>%1 — %2</translation></message>
    <message>
        <location filename="../../backoffice/ui/printing/preview.py" line="57" />
        <source>Preparing the preview…</source>
        <translation>Preparing the preview…</translation></message>
    <message>
        <location filename="../../backoffice/ui/printing/preview.py" line="66" />
        <source>Print</source>
        <translation>Print</translation></message>
    <message>
        <location filename="../../backoffice/ui/printing/preview.py" line="67" />
        <source>Save…</source>
        <translation>Save…</translation></message>
    <message>
        <location filename="../../backoffice/ui/printing/preview.py" line="68" />
        <source>Open</source>
        <translation>Open</translation></message>
    <message>
        <location filename="../../backoffice/ui/printing/preview.py" line="69" />
        <source>Close</source>
        <translation>Close</translation></message>
    <message>
        <location filename="../../backoffice/ui/printing/preview.py" line="107" />
        <source>This is an A4 document: save it as a PDF, or open it in your PDF viewer.</source>
        <translation>This is an A4 document: save it as a PDF, or open it in your PDF viewer.</translation></message>
    <message>
        <location filename="../../backoffice/ui/printing/preview.py" line="113" />
        <source>No printer is set up for this document (printer settings).</source>
        <translation>No printer is set up for this document (printer settings).</translation></message>
    <message>
        <location filename="../../backoffice/ui/printing/preview.py" line="115" />
        <source>Printer: %1</source>
        <translation>Printer: %1</translation></message>
    <message>
        <location filename="../../backoffice/ui/printing/preview.py" line="148" />
        <source>Saved to %1</source>
        <translation>Saved to %1</translation></message>
    <message>
        <location filename="../../backoffice/ui/printing/preview.py" line="154" />
        <source>Picture (*.png);;Printer bytes (*.bin)</source>
        <translation>Picture (*.png);;Printer bytes (*.bin)</translation></message>
    <message>
        <location filename="../../backoffice/ui/printing/preview.py" line="156" />
        <source>PDF (*.pdf);;Picture (*.png);;Printer bytes (*.bin)</source>
        <translation>PDF (*.pdf);;Picture (*.png);;Printer bytes (*.bin)</translation></message>
    <message>
        <location filename="../../backoffice/ui/printing/preview.py" line="159" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation></message>
    <message>
        <location filename="../../backoffice/ui/printing/preview.py" line="162" />
        <source>Save</source>
        <translation>Save</translation></message>
</context>
<context>
    <name>PrintQueue</name>
    <message>
        <location filename="../../backoffice/ui/printing/queue_model.py" line="40" />
        <source>Time</source>
        <translation>Time</translation></message>
    <message>
        <location filename="../../backoffice/ui/printing/queue_model.py" line="41" />
        <source>Order</source>
        <translation>Order</translation></message>
    <message>
        <location filename="../../backoffice/ui/printing/queue_model.py" line="42" />
        <source>Document</source>
        <translation>Document</translation></message>
    <message>
        <location filename="../../backoffice/ui/printing/queue_model.py" line="43" />
        <source>Printer</source>
        <translation>Printer</translation></message>
    <message>
        <location filename="../../backoffice/ui/printing/queue_model.py" line="44" />
        <source>State</source>
        <translation>State</translation></message>
    <message>
        <location filename="../../backoffice/ui/printing/queue_model.py" line="45" />
        <source>Error</source>
        <translation>Error</translation></message>
    <message>
        <location filename="../../backoffice/ui/printing/queue_model.py" line="48" />
        <source>Receipt</source>
        <translation>Receipt</translation></message>
    <message>
        <location filename="../../backoffice/ui/printing/queue_model.py" line="49" />
        <source>Shipping label</source>
        <translation>Shipping label</translation></message>
    <message>
        <location filename="../../backoffice/ui/printing/queue_model.py" line="50" />
        <source>Invoice</source>
        <translation>Invoice</translation></message>
    <message>
        <location filename="../../backoffice/ui/printing/queue_model.py" line="51" />
        <source>Packing slip</source>
        <translation>Packing slip</translation></message>
    <message>
        <location filename="../../backoffice/ui/printing/queue_model.py" line="52" />
        <source>Order sheet</source>
        <translation>Order sheet</translation></message>
    <message>
        <location filename="../../backoffice/ui/printing/queue_model.py" line="55" />
        <source>Queued</source>
        <translation>Queued</translation></message>
    <message>
        <location filename="../../backoffice/ui/printing/queue_model.py" line="56" />
        <source>Sending</source>
        <translation>Sending</translation></message>
    <message>
        <location filename="../../backoffice/ui/printing/queue_model.py" line="57" />
        <source>Printed</source>
        <translation>Printed</translation></message>
    <message>
        <location filename="../../backoffice/ui/printing/queue_model.py" line="58" />
        <source>Failed</source>
        <translation>Failed</translation></message>
    <message>
        <location filename="../../backoffice/ui/printing/queue_model.py" line="59" />
        <source>Not confirmed</source>
        <translation>Not confirmed</translation></message>
    <message>
        <location filename="../../backoffice/ui/printing/queue_model.py" line="60" />
        <source>Cancelled</source>
        <translation>Cancelled</translation></message>
    <message>
        <location filename="../../backoffice/ui/printing/queue_model.py" line="166" />
        <source>%1 and %2 more</source>
        <translation>%1 and %2 more</translation></message>
    <message>
        <location filename="../../backoffice/ui/printing/queue_model.py" line="171" />
        <source>%1 (reprint)</source>
        <translation>%1 (reprint)</translation></message>
</context>
<context>
    <name>PrintQueueDialog</name>
    <message>
        <location filename="../../backoffice/ui/printing/queue_view.py" line="41" />
        <source>Print queue</source>
        <translation>Print queue</translation></message>
    <message>
        <location filename="../../backoffice/ui/printing/queue_view.py" line="57" />
        <source>Only jobs that need attention</source>
        <translation>Only jobs that need attention</translation></message>
    <message>
        <location filename="../../backoffice/ui/printing/queue_view.py" line="59" />
        <source>Retry</source>
        <translation>Retry</translation></message>
    <message>
        <location filename="../../backoffice/ui/printing/queue_view.py" line="60" />
        <source>Reprint</source>
        <translation>Reprint</translation></message>
    <message>
        <location filename="../../backoffice/ui/printing/queue_view.py" line="61" />
        <source>Send to other printer…</source>
        <translation>Send to other printer…</translation></message>
    <message>
        <location filename="../../backoffice/ui/printing/queue_view.py" line="62" />
        <location filename="../../backoffice/ui/printing/queue_view.py" line="253" />
        <source>Save as PDF…</source>
        <translation>Save as PDF…</translation></message>
    <message>
        <location filename="../../backoffice/ui/printing/queue_view.py" line="63" />
        <source>Cancel job</source>
        <translation>Cancel job</translation></message>
    <message>
        <location filename="../../backoffice/ui/printing/queue_view.py" line="64" />
        <source>Refresh</source>
        <translation>Refresh</translation></message>
    <message>
        <location filename="../../backoffice/ui/printing/queue_view.py" line="65" />
        <source>Close</source>
        <translation>Close</translation></message>
    <message>
        <location filename="../../backoffice/ui/printing/queue_view.py" line="136" />
        <source>Job #%1 is queued again.</source>
        <translation>Job #%1 is queued again.</translation></message>
    <message>
        <location filename="../../backoffice/ui/printing/queue_view.py" line="146" />
        <source>A reprint of job #%1 is queued.</source>
        <translation>A reprint of job #%1 is queued.</translation></message>
    <message>
        <location filename="../../backoffice/ui/printing/queue_view.py" line="156" />
        <source>Job #%1 goes to the other printer.</source>
        <translation>Job #%1 goes to the other printer.</translation></message>
    <message>
        <location filename="../../backoffice/ui/printing/queue_view.py" line="180" />
        <source>Saved to %1</source>
        <translation>Saved to %1</translation></message>
    <message>
        <location filename="../../backoffice/ui/printing/queue_view.py" line="212" />
        <source>Send to other printer</source>
        <translation>Send to other printer</translation></message>
    <message>
        <location filename="../../backoffice/ui/printing/queue_view.py" line="213" />
        <source>Printer address (tcp://HOST:PORT, usb://VID:PID, …):</source>
        <translation>Printer address (tcp://HOST:PORT, usb://VID:PID, …):</translation></message>
    <message>
        <location filename="../../backoffice/ui/printing/queue_view.py" line="226" />
        <source>Picture (*.png);;Printer bytes (*.bin)</source>
        <translation>Picture (*.png);;Printer bytes (*.bin)</translation></message>
    <message>
        <location filename="../../backoffice/ui/printing/queue_view.py" line="229" />
        <source>PDF (*.pdf);;Picture (*.png);;Printer bytes (*.bin)</source>
        <translation>PDF (*.pdf);;Picture (*.png);;Printer bytes (*.bin)</translation></message>
    <message>
        <location filename="../../backoffice/ui/printing/queue_view.py" line="232" />
        <source>Save print job</source>
        <translation>Save print job</translation></message>
    <message>
        <location filename="../../backoffice/ui/printing/queue_view.py" line="251" />
        <source>Save as picture…</source>
        <translation>Save as picture…</translation></message>
</context>
<context>
    <name>PrinterBox</name>
    <message>
        <location filename="../../backoffice/ui/printing/settings_dialog.py" line="58" />
        <source>Picture (works on every printer)</source>
        <translation>Picture (works on every printer)</translation></message>
    <message>
        <location filename="../../backoffice/ui/printing/settings_dialog.py" line="59" />
        <source>Korean characters (printer with Korean font)</source>
        <translation>Korean characters (printer with Korean font)</translation></message>
    <message>
        <location filename="../../backoffice/ui/printing/settings_dialog.py" line="60" />
        <source>Latin text only</source>
        <translation>Latin text only</translation></message>
    <message>
        <location filename="../../backoffice/ui/printing/settings_dialog.py" line="61" />
        <source>Printer answers status queries (confirms each job)</source>
        <translation>Printer answers status queries (confirms each job)</translation></message>
    <message>
        <location filename="../../backoffice/ui/printing/settings_dialog.py" line="62" />
        <source>Test connection</source>
        <translation>Test connection</translation></message>
    <message>
        <location filename="../../backoffice/ui/printing/settings_dialog.py" line="63" />
        <source>Print test page</source>
        <translation>Print test page</translation></message>
    <message>
        <location filename="../../backoffice/ui/printing/settings_dialog.py" line="69" />
        <source>Address</source>
        <translation>Address</translation></message>
    <message>
        <location filename="../../backoffice/ui/printing/settings_dialog.py" line="70" />
        <source>Paper width</source>
        <translation>Paper width</translation></message>
    <message>
        <location filename="../../backoffice/ui/printing/settings_dialog.py" line="71" />
        <source>Text</source>
        <translation>Text</translation></message>
    <message>
        <location filename="../../backoffice/ui/printing/settings_dialog.py" line="127" />
        <source>Enter the printer's address first.</source>
        <translation>Enter the printer's address first.</translation></message>
    <message>
        <location filename="../../backoffice/ui/printing/settings_dialog.py" line="133" />
        <source>Working…</source>
        <translation>Working…</translation></message>
    <message>
        <location filename="../../backoffice/ui/printing/settings_dialog.py" line="142" />
        <source>The printer answered: it is ready.</source>
        <translation>The printer answered: it is ready.</translation></message>
    <message>
        <location filename="../../backoffice/ui/printing/settings_dialog.py" line="144" />
        <source>Sent. (This printer does not confirm jobs.)</source>
        <translation>Sent. (This printer does not confirm jobs.)</translation></message>
</context>
<context>
    <name>PrinterSettingsDialog</name>
    <message>
        <location filename="../../backoffice/ui/printing/settings_dialog.py" line="156" />
        <source>Printer settings</source>
        <translation>Printer settings</translation></message>
    <message>
        <location filename="../../backoffice/ui/printing/settings_dialog.py" line="157" />
        <source>Receipt printer</source>
        <translation>Receipt printer</translation></message>
    <message>
        <location filename="../../backoffice/ui/printing/settings_dialog.py" line="158" />
        <source>Label printer</source>
        <translation>Label printer</translation></message>
    <message>
        <location filename="../../backoffice/ui/printing/settings_dialog.py" line="163" />
        <source>No cash drawer</source>
        <translation>No cash drawer</translation></message>
    <message>
        <location filename="../../backoffice/ui/printing/settings_dialog.py" line="164" />
        <source>Cash drawer on pin 2</source>
        <translation>Cash drawer on pin 2</translation></message>
    <message>
        <location filename="../../backoffice/ui/printing/settings_dialog.py" line="165" />
        <source>Cash drawer on pin 5</source>
        <translation>Cash drawer on pin 5</translation></message>
    <message>
        <location filename="../../backoffice/ui/printing/settings_dialog.py" line="176" />
        <source>Printed language</source>
        <translation>Printed language</translation></message>
    <message>
        <location filename="../../backoffice/ui/printing/settings_dialog.py" line="177" />
        <source>Cash drawer (opens with each receipt)</source>
        <translation>Cash drawer (opens with each receipt)</translation></message>
</context>
<context>
    <name>RefundBox</name>
    <message>
        <location filename="../../backoffice/ui/detail/refund_box.py" line="43" />
        <location filename="../../backoffice/ui/detail/refund_box.py" line="55" />
        <source>Refund</source>
        <translation>Refund</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/refund_box.py" line="58" />
        <source>Items</source>
        <translation>Items</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/refund_box.py" line="59" />
        <source>Shipping</source>
        <translation>Shipping</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/refund_box.py" line="60" />
        <source>Coupon clawed back</source>
        <translation>Coupon clawed back</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/refund_box.py" line="61" />
        <source>Points returned</source>
        <translation>Points returned</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/refund_box.py" line="62" />
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/refund_box.py" line="63" />
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>Refunds</name>
    <message>
        <location filename="../../backoffice/ui/detail/refund_box.py" line="29" />
        <source>Card</source>
        <translation>Card</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/refund_box.py" line="30" />
        <source>Cash</source>
        <translation>Cash</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/refund_box.py" line="31" />
        <source>Bank transfer</source>
        <translation>Bank transfer</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/refund_box.py" line="32" />
        <source>Naver Pay</source>
        <translation>Naver Pay</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/refund_box.py" line="33" />
        <source>Kakao Pay</source>
        <translation>Kakao Pay</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/refund_box.py" line="34" />
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/refund_box.py" line="35" />
        <source>Other</source>
        <translation>Other</translation>
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
        <translation>
            <numerusform>%n order changed.</numerusform>
            <numerusform>%n orders changed.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/bulk_flow.py" line="123" />
        <source>Stopped before the end.</source>
        <translation>Stopped before the end.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../backoffice/ui/bulk_flow.py" line="125" />
        <source>%n order(s) failed:</source>
        <translation>
            <numerusform>%n order failed:</numerusform>
            <numerusform>%n orders failed:</numerusform>
        </translation>
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
    <name>Rules</name>
    <message>
        <location filename="../../backoffice/ui/detail/rules.py" line="28" />
        <source>Waiting for the customer to confirm the edit: withdraw the request first (R18)</source>
        <translation>Waiting for the customer to confirm the edit: withdraw the request first (R18)</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/rules.py" line="38" />
        <source>The order sheet can be edited only while new or preparing (R17)</source>
        <translation>The order sheet can be edited only while new or preparing (R17)</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/rules.py" line="46" />
        <source>Quantities can change only while preparing (R17)</source>
        <translation>Quantities can change only while preparing (R17)</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/rules.py" line="54" />
        <source>There is no edit to confirm (R18)</source>
        <translation>There is no edit to confirm (R18)</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/rules.py" line="60" />
        <source>No confirmation of an edit is requested (R18)</source>
        <translation>No confirmation of an edit is requested (R18)</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/rules.py" line="66" />
        <source>Shipments of a cancelled or completed order cannot change (R20)</source>
        <translation>Shipments of a cancelled or completed order cannot change (R20)</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/rules.py" line="74" />
        <source>Shipments can be split only while preparing (R20)</source>
        <translation>Shipments can be split only while preparing (R20)</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/rules.py" line="85" />
        <source>Move the order to preparing first (R21)</source>
        <translation>Move the order to preparing first (R21)</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/rules.py" line="91" />
        <source>The order is cancelled: its claims are closed (R26)</source>
        <translation>The order is cancelled: its claims are closed (R26)</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/rules.py" line="95" />
        <source>The order is completed: it can no longer be cancelled (R8)</source>
        <translation>The order is completed: it can no longer be cancelled (R8)</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/rules.py" line="99" />
        <source>No unshipped units are left to cancel (R26)</source>
        <translation>No unshipped units are left to cancel (R26)</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/rules.py" line="105" />
        <source>The order is completed: returns and exchanges are closed (R8)</source>
        <translation>The order is completed: returns and exchanges are closed (R8)</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/rules.py" line="109" />
        <source>Only shipped or delivered goods can be returned or exchanged (R26)</source>
        <translation>Only shipped or delivered goods can be returned or exchanged (R26)</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/rules.py" line="117" />
        <source>A cancelled or completed order takes no payment request (R22)</source>
        <translation>A cancelled or completed order takes no payment request (R22)</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/rules.py" line="121" />
        <source>Nothing is owed beyond the open requests (R22)</source>
        <translation>Nothing is owed beyond the open requests (R22)</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/rules.py" line="132" />
        <source>Nothing paid is left to refund (R25)</source>
        <translation>Nothing paid is left to refund (R25)</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/rules.py" line="184" />
        <source>The order is not cancelled (R11)</source>
        <translation>The order is not cancelled (R11)</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/rules.py" line="202" />
        <source>Only a manager can delete an order (R49)</source>
        <translation>Only a manager can delete an order (R49)</translation>
    </message>
</context>
<context>
    <name>Shipments</name>
    <message>
        <location filename="../../backoffice/ui/detail/shipments.py" line="44" />
        <source>exchange</source>
        <translation>exchange</translation>
    </message>
</context>
<context>
    <name>ShipmentsPanel</name>
    <message>
        <location filename="../../backoffice/ui/detail/shipments.py" line="84" />
        <source>Split…</source>
        <translation>Split…</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/shipments.py" line="86" />
        <source>Merge selected</source>
        <translation>Merge selected</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/shipments.py" line="88" />
        <source>Advance</source>
        <translation>Advance</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/shipments.py" line="96" />
        <source>Carrier and tracking number</source>
        <translation>Carrier and tracking number</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/shipments.py" line="99" />
        <source>Carrier</source>
        <translation>Carrier</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/shipments.py" line="101" />
        <source>Tracking number</source>
        <translation>Tracking number</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/shipments.py" line="102" />
        <source>Save tracking</source>
        <translation>Save tracking</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/shipments.py" line="110" />
        <source>Addresses</source>
        <translation>Addresses</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/shipments.py" line="114" />
        <source>Send selected shipment here</source>
        <translation>Send selected shipment here</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/shipments.py" line="116" />
        <source>Add address…</source>
        <translation>Add address…</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/shipments.py" line="118" />
        <source>Edit address…</source>
        <translation>Edit address…</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/shipments.py" line="158" />
        <source>Choose one shipment</source>
        <translation>Choose one shipment</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/shipments.py" line="167" />
        <location filename="../../backoffice/ui/detail/shipments.py" line="180" />
        <source>This shipment has left already (R20)</source>
        <translation>This shipment has left already (R20)</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/shipments.py" line="170" />
        <source>Choose two or more unshipped shipments (R20)</source>
        <translation>Choose two or more unshipped shipments (R20)</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/shipments.py" line="176" />
        <source>Already delivered (R21)</source>
        <translation>Already delivered (R21)</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/shipments.py" line="183" />
        <source>An order keeps at most five addresses (R5)</source>
        <translation>An order keeps at most five addresses (R5)</translation>
    </message>
</context>
<context>
    <name>SplitDialog</name>
    <message>
        <location filename="../../backoffice/ui/detail/split_dialog.py" line="23" />
        <source>Split shipment #%1</source>
        <translation>Split shipment #%1</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/split_dialog.py" line="25" />
        <source>Units to move to a new shipment:</source>
        <translation>Units to move to a new shipment:</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/split_dialog.py" line="31" />
        <source> of %1</source>
        <translation> of %1</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <location filename="../../backoffice/ui/sync_status.py" line="157" />
        <location filename="../../backoffice/ui/sync_status.py" line="253" />
        <source>Not synced yet</source>
        <translation>Not synced yet</translation></message>
    <message>
        <location filename="../../backoffice/ui/sync_status.py" line="159" />
        <source>Online</source>
        <translation>Online</translation></message>
    <message>
        <location filename="../../backoffice/ui/sync_status.py" line="161" />
        <source>Offline</source>
        <translation>Offline</translation></message>
    <message>
        <location filename="../../backoffice/ui/sync_status.py" line="164" />
        <source>synced %1</source>
        <translation>synced %1</translation></message>
    <message>
        <location filename="../../backoffice/ui/sync_status.py" line="256" />
        <source>Sync</source>
        <translation>Sync</translation></message>
    <message>
        <location filename="../../backoffice/ui/sync_status.py" line="259" />
        <source>Sync now</source>
        <translation>Sync now</translation></message>
    <message>
        <location filename="../../backoffice/ui/sync_status.py" line="262" />
        <source>Sync conflicts…</source>
        <translation>Sync conflicts…</translation></message>
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
<context>
    <name>Timeline</name>
    <message>
        <location filename="../../backoffice/ui/detail/timeline.py" line="36" />
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/timeline.py" line="37" />
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/timeline.py" line="38" />
        <source>Payment</source>
        <translation>Payment</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/timeline.py" line="39" />
        <source>Payment request</source>
        <translation>Payment request</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/timeline.py" line="40" />
        <source>Refund</source>
        <translation>Refund</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/timeline.py" line="41" />
        <source>Claim</source>
        <translation>Claim</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/timeline.py" line="42" />
        <source>Memo</source>
        <translation>Memo</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/timeline.py" line="43" />
        <source>Memo for the customer</source>
        <translation>Memo for the customer</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/timeline.py" line="44" />
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/timeline.py" line="45" />
        <source>Tracking</source>
        <translation>Tracking</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/timeline.py" line="46" />
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/timeline.py" line="47" />
        <location filename="../../backoffice/ui/detail/timeline.py" line="48" />
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/timeline.py" line="49" />
        <source>Replaced</source>
        <translation>Replaced</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/timeline.py" line="50" />
        <source>Reverted</source>
        <translation>Reverted</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/timeline.py" line="51" />
        <source>Status label</source>
        <translation>Status label</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/timeline.py" line="52" />
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/timeline.py" line="53" />
        <source>Shipment address</source>
        <translation>Shipment address</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/timeline.py" line="54" />
        <source>Shipment split</source>
        <translation>Shipment split</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/timeline.py" line="55" />
        <source>Shipments merged</source>
        <translation>Shipments merged</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/timeline.py" line="56" />
        <source>Cancel request</source>
        <translation>Cancel request</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/timeline.py" line="57" />
        <source>Cancel request rejected</source>
        <translation>Cancel request rejected</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/timeline.py" line="58" />
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/timeline.py" line="61" />
        <source>Web shop</source>
        <translation>Web shop</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/timeline.py" line="62" />
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/timeline.py" line="63" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <location filename="../../backoffice/ui/detail/timeline.py" line="114" />
        <location filename="../../backoffice/ui/detail/timeline.py" line="173" />
        <source>All events</source>
        <translation>All events</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/timeline.py" line="118" />
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/timeline.py" line="141" />
        <source>Memo</source>
        <translation>Memo</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/timeline.py" line="144" />
        <source>Internal note</source>
        <translation>Internal note</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/timeline.py" line="146" />
        <source>For the customer</source>
        <translation>For the customer</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/timeline.py" line="147" />
        <source>Add memo</source>
        <translation>Add memo</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/timeline.py" line="154" />
        <source>Message to the customer</source>
        <translation>Message to the customer</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/timeline.py" line="161" />
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/timeline.py" line="185" />
        <source>No messages yet</source>
        <translation>No messages yet</translation>
    </message>
</context>
</TS>