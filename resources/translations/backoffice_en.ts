<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../backoffice/ui/bulk_flow.py" line="52"/>
        <source>Also orders still waiting for payment</source>
        <translation>Also orders still waiting for payment</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/bulk_flow.py" line="53"/>
        <source>Notify the customers</source>
        <translation>Notify the customers</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/bulk_flow.py" line="56"/>
        <source>Cancel orders</source>
        <translation>Cancel orders</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/bulk_flow.py" line="57"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/bulk_flow.py" line="59"/>
        <source>Change stage</source>
        <translation>Change stage</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/bulk_flow.py" line="61"/>
        <source>Carrier</source>
        <translation>Carrier</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/bulk_flow.py" line="62"/>
        <source>Tracking number</source>
        <translation>Tracking number</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="105"/>
        <source>Receipt</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="106"/>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="107"/>
        <source>Invoice</source>
        <translation>Invoice</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="108"/>
        <source>Packing slip</source>
        <translation>Packing slip</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="109"/>
        <source>Order sheet</source>
        <translation>Order sheet</translation>
    </message>
</context>
<context>
    <name>ActionsBar</name>
    <message>
        <location filename="../../backoffice/ui/detail/actions.py" line="73"/>
        <source>Printing is not set up in this window</source>
        <translation>Printing is not set up in this window</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/actions.py" line="77"/>
        <source>Copy payment link</source>
        <translation>Copy payment link</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/actions.py" line="79"/>
        <source>Delete order…</source>
        <translation>Delete order…</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/actions.py" line="81"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/actions.py" line="93"/>
        <source>No open payment request</source>
        <translation>No open payment request</translation>
    </message>
</context>
<context>
    <name>AddLines</name>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="100"/>
        <source>Free line</source>
        <translation>Free line</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="101"/>
        <source>Surcharge</source>
        <translation>Surcharge</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="102"/>
        <source>Refund of an amount</source>
        <translation>Refund of an amount</translation>
    </message>
</context>
<context>
    <name>AddLinesBox</name>
    <message>
        <location filename="../../backoffice/ui/detail/add_lines.py" line="41"/>
        <source>Add lines</source>
        <translation>Add lines</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/add_lines.py" line="46"/>
        <source>Scan or search by name or SKU, then Enter</source>
        <translation>Scan or search by name or SKU, then Enter</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/add_lines.py" line="59"/>
        <source>Add product</source>
        <translation>Add product</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/add_lines.py" line="62"/>
        <location filename="../../backoffice/ui/detail/add_lines.py" line="80"/>
        <source>Qty</source>
        <translation>Qty</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/add_lines.py" line="70"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/add_lines.py" line="72"/>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/add_lines.py" line="75"/>
        <source>Add line</source>
        <translation>Add line</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/add_lines.py" line="53"/>
        <source>No product matches %1</source>
        <translation>No product matches %1</translation>
    </message>
</context>
<context>
    <name>AddressDialog</name>
    <message>
        <location filename="../../backoffice/ui/detail/address_dialog.py" line="16"/>
        <source>Edit address %1</source>
        <translation>Edit address %1</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/address_dialog.py" line="18"/>
        <source>New address</source>
        <translation>New address</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/address_dialog.py" line="28"/>
        <source>Recipient</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/address_dialog.py" line="29"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/address_dialog.py" line="30"/>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/address_dialog.py" line="31"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/address_dialog.py" line="32"/>
        <source>Address line 2</source>
        <translation>Address line 2</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/address_dialog.py" line="33"/>
        <source>Delivery note</source>
        <translation>Delivery note</translation>
    </message>
</context>
<context>
    <name>ApprovalDialog</name>
    <message>
        <location filename="../../backoffice/ui/approval.py" line="62"/>
        <source>Manager approval</source>
        <translation>Manager approval</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/approval.py" line="68"/>
        <source>A manager approves this with their PIN.</source>
        <translation>A manager approves this with their PIN.</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/approval.py" line="72"/>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/approval.py" line="73"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/approval.py" line="83"/>
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/approval.py" line="96"/>
        <source>No manager can sign in yet.</source>
        <translation>No manager can sign in yet.</translation>
    </message>
</context>
<context>
    <name>BackupAction</name>
    <message>
        <location filename="../../backoffice/ui/backup_action.py" line="35"/>
        <location filename="../../backoffice/ui/backup_action.py" line="83"/>
        <location filename="../../backoffice/ui/backup_action.py" line="127"/>
        <source>Back up database</source>
        <translation>Back up database</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/backup_action.py" line="37"/>
        <source>SQLite database (*.sqlite3 *.db);;All files (*)</source>
        <translation>SQLite database (*.sqlite3 *.db);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/backup_action.py" line="77"/>
        <source>Backing up the database…</source>
        <translation>Backing up the database…</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/backup_action.py" line="78"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/backup_action.py" line="137"/>
        <source>The database was backed up to %1 (%2 MB) and the copy checked.</source>
        <translation>The database was backed up to %1 (%2 MB) and the copy checked.</translation>
    </message>
</context>
<context>
    <name>BulkFlow</name>
    <message>
        <location filename="../../backoffice/ui/bulk_flow.py" line="213"/>
        <source>Working…</source>
        <translation>Working…</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/bulk_flow.py" line="213"/>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
</context>
<context>
    <name>ClaimRefund</name>
    <message>
        <location filename="../../backoffice/ui/detail/claim_refund.py" line="29"/>
        <source>Refund with it</source>
        <translation>Refund with it</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/claim_refund.py" line="44"/>
        <source>Items</source>
        <translation>Items</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/claim_refund.py" line="45"/>
        <source>Shipping</source>
        <translation>Shipping</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/claim_refund.py" line="46"/>
        <source>Coupon clawed back</source>
        <translation>Coupon clawed back</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/claim_refund.py" line="47"/>
        <source>Points returned</source>
        <translation>Points returned</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/claim_refund.py" line="48"/>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/claim_refund.py" line="121"/>
        <source>Refund %1</source>
        <translation>Refund %1</translation>
    </message>
</context>
<context>
    <name>Claims</name>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="60"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="61"/>
        <source>Return</source>
        <translation>Return</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="62"/>
        <source>Exchange</source>
        <translation>Exchange</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="63"/>
        <source>Cancel request (customer)</source>
        <translation>Cancel request (customer)</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="66"/>
        <source>Requested</source>
        <translation>Requested</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="67"/>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="68"/>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="69"/>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
</context>
<context>
    <name>ClaimsPanel</name>
    <message>
        <location filename="../../backoffice/ui/detail/claims.py" line="94"/>
        <source>New claim</source>
        <translation>New claim</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/claims.py" line="98"/>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/claims.py" line="98"/>
        <source>Available</source>
        <translation>Available</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/claims.py" line="98"/>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/claims.py" line="110"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/claims.py" line="114"/>
        <location filename="../../backoffice/ui/detail/claims.py" line="208"/>
        <source>Cancel these units</source>
        <translation>Cancel these units</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/claims.py" line="120"/>
        <source>Pickup (collection)</source>
        <translation>Pickup (collection)</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/claims.py" line="128"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/claims.py" line="129"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/claims.py" line="130"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/claims.py" line="131"/>
        <source>Carrier</source>
        <translation>Carrier</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/claims.py" line="154"/>
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/claims.py" line="157"/>
        <source>Reason for rejecting</source>
        <translation>Reason for rejecting</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/claims.py" line="158"/>
        <source>Reject</source>
        <translation>Reject</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/claims.py" line="160"/>
        <source>Damaged (not restocked)</source>
        <translation>Damaged (not restocked)</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/claims.py" line="161"/>
        <source>Complete</source>
        <translation>Complete</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/claims.py" line="208"/>
        <source>Open claim</source>
        <translation>Open claim</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/claims.py" line="235"/>
        <source>Choose a requested claim</source>
        <translation>Choose a requested claim</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/claims.py" line="243"/>
        <source>Only an approved claim can be completed</source>
        <translation>Only an approved claim can be completed</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/claims.py" line="249"/>
        <source>Only returned goods can be marked damaged</source>
        <translation>Only returned goods can be marked damaged</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/claims.py" line="328"/>
        <source>Cancel %1 unit(s)</source>
        <translation>Cancel %1 unit(s)</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/claims.py" line="333"/>
        <source>and refund %1 (%2)</source>
        <translation>and refund %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/claims.py" line="336"/>
        <source>without a refund</source>
        <translation>without a refund</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/claims.py" line="339"/>
        <source>Cancel items</source>
        <translation>Cancel items</translation>
    </message>
</context>
<context>
    <name>ColumnChooser</name>
    <message>
        <location filename="../../backoffice/ui/column_chooser.py" line="85"/>
        <source>Columns</source>
        <translation>Columns</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/column_chooser.py" line="98"/>
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/column_chooser.py" line="99"/>
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <location filename="../../backoffice/ui/columns.py" line="59"/>
        <source>Order code</source>
        <translation>Order code</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/columns.py" line="60"/>
        <source>Shop order no.</source>
        <translation>Shop order no.</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/columns.py" line="61"/>
        <source>Ordered at</source>
        <translation>Ordered at</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/columns.py" line="62"/>
        <source>Buyer</source>
        <translation>Buyer</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/columns.py" line="63"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/columns.py" line="64"/>
        <source>Items</source>
        <translation>Items</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/columns.py" line="65"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/columns.py" line="66"/>
        <source>Payment</source>
        <translation>Payment</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/columns.py" line="67"/>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/columns.py" line="68"/>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/columns.py" line="69"/>
        <source>Carrier / tracking</source>
        <translation>Carrier / tracking</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/columns.py" line="70"/>
        <source>Memo</source>
        <translation>Memo</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/columns.py" line="71"/>
        <source>Claim</source>
        <translation>Claim</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../../backoffice/ui/sync_status.py" line="239"/>
        <source>Sync conflicts</source>
        <translation>Sync conflicts</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/sync_status.py" line="247"/>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/sync_status.py" line="247"/>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/sync_status.py" line="247"/>
        <source>This computer</source>
        <translation>This computer</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/sync_status.py" line="247"/>
        <source>Web shop</source>
        <translation>Web shop</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/sync_status.py" line="253"/>
        <source>Keep local</source>
        <translation>Keep local</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/sync_status.py" line="254"/>
        <source>Take shop&apos;s</source>
        <translation>Take shop&apos;s</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/sync_status.py" line="277"/>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/sync_status.py" line="279"/>
        <source>No open sync conflicts</source>
        <translation>No open sync conflicts</translation>
    </message>
</context>
<context>
    <name>CounterSaleDialog</name>
    <message>
        <location filename="../../backoffice/ui/counter_sale.py" line="100"/>
        <source>New counter order</source>
        <translation>New counter order</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/counter_sale.py" line="107"/>
        <source>Scan a barcode or type a name, then Enter</source>
        <translation>Scan a barcode or type a name, then Enter</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/counter_sale.py" line="116"/>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/counter_sale.py" line="136"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/counter_sale.py" line="146"/>
        <source>Buyer</source>
        <translation>Buyer</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/counter_sale.py" line="149"/>
        <source>Member name or phone, then Enter</source>
        <translation>Member name or phone, then Enter</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/counter_sale.py" line="153"/>
        <location filename="../../backoffice/ui/counter_sale.py" line="346"/>
        <location filename="../../backoffice/ui/counter_sale.py" line="420"/>
        <source>Guest</source>
        <translation>Guest</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/counter_sale.py" line="155"/>
        <source>Guest name</source>
        <translation>Guest name</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/counter_sale.py" line="157"/>
        <source>Guest phone</source>
        <translation>Guest phone</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/counter_sale.py" line="167"/>
        <source>Payment</source>
        <translation>Payment</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/counter_sale.py" line="170"/>
        <source>Cash</source>
        <translation>Cash</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/counter_sale.py" line="171"/>
        <source>Card</source>
        <translation>Card</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/counter_sale.py" line="172"/>
        <source>Send a payment request</source>
        <translation>Send a payment request</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/counter_sale.py" line="178"/>
        <source>Card issuer</source>
        <translation>Card issuer</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/counter_sale.py" line="180"/>
        <source>Card number</source>
        <translation>Card number</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/counter_sale.py" line="112"/>
        <source>No product matches %1</source>
        <translation>No product matches %1</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/counter_sale.py" line="186"/>
        <location filename="../../backoffice/ui/counter_sale.py" line="226"/>
        <source>Cash received</source>
        <translation>Cash received</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/counter_sale.py" line="196"/>
        <source>Pay</source>
        <translation>Pay</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/counter_sale.py" line="205"/>
        <source>No cash receipt</source>
        <translation>No cash receipt</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/counter_sale.py" line="206"/>
        <source>Cash receipt: income deduction</source>
        <translation>Cash receipt: income deduction</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/counter_sale.py" line="207"/>
        <source>Cash receipt: expense proof</source>
        <translation>Cash receipt: expense proof</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/counter_sale.py" line="210"/>
        <source>Mobile phone number or business number</source>
        <translation>Mobile phone number or business number</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/counter_sale.py" line="251"/>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/counter_sale.py" line="303"/>
        <source>Scan or add a product first</source>
        <translation>Scan or add a product first</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/counter_sale.py" line="315"/>
        <source>%1 short</source>
        <translation>%1 short</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/counter_sale.py" line="319"/>
        <location filename="../../backoffice/ui/counter_sale.py" line="401"/>
        <source>Change %1</source>
        <translation>Change %1</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/counter_sale.py" line="348"/>
        <source>member</source>
        <translation>member</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/counter_sale.py" line="348"/>
        <source>guest</source>
        <translation>guest</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/counter_sale.py" line="353"/>
        <source>No customer found</source>
        <translation>No customer found</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/counter_sale.py" line="397"/>
        <source>Order %1 created: %2</source>
        <translation>Order %1 created: %2</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/counter_sale.py" line="404"/>
        <source>payment link copied</source>
        <translation>payment link copied</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/counter_sale.py" line="436"/>
        <source>Receipt</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/counter_sale.py" line="437"/>
        <source>Print the receipt of %1?</source>
        <translation>Print the receipt of %1?</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/counter_sale.py" line="457"/>
        <source>receipt printing</source>
        <translation>receipt printing</translation>
    </message>
</context>
<context>
    <name>CourierLayoutDialog</name>
    <message>
        <location filename="../../backoffice/ui/courier_layout_dialog.py" line="37"/>
        <source>Courier file columns</source>
        <translation>Courier file columns</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/courier_layout_dialog.py" line="40"/>
        <source>Every carrier without its own</source>
        <translation>Every carrier without its own</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/courier_layout_dialog.py" line="52"/>
        <source>Carrier</source>
        <translation>Carrier</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/courier_layout_dialog.py" line="92"/>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
</context>
<context>
    <name>DeleteDialog</name>
    <message>
        <location filename="../../backoffice/ui/detail/actions.py" line="39"/>
        <source>Delete order</source>
        <translation>Delete order</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/actions.py" line="43"/>
        <source>Delete order %1? Its stock returns; it cannot be restored.</source>
        <translation>Delete order %1? Its stock returns; it cannot be restored.</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/actions.py" line="50"/>
        <source>Reason</source>
        <translation>Reason</translation>
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
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/counter_sale.py" line="72"/>
        <location filename="../../backoffice/ui/detail/items.py" line="67"/>
        <source>Qty</source>
        <translation>Qty</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/counter_sale.py" line="74"/>
        <location filename="../../backoffice/ui/detail/items.py" line="70"/>
        <source>Unit price</source>
        <translation>Unit price</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/counter_sale.py" line="78"/>
        <location filename="../../backoffice/ui/detail/items.py" line="76"/>
        <source>Line total</source>
        <translation>Line total</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/claims.py" line="58"/>
        <location filename="../../backoffice/ui/detail/shipments.py" line="49"/>
        <location filename="../../backoffice/ui/detail/timeline.py" line="50"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/claims.py" line="60"/>
        <location filename="../../backoffice/ui/detail/payments.py" line="99"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/claims.py" line="64"/>
        <source>Quantities</source>
        <translation>Quantities</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/claims.py" line="68"/>
        <location filename="../../backoffice/ui/detail/payments.py" line="144"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/claims.py" line="71"/>
        <source>Pickup</source>
        <translation>Pickup</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/claims.py" line="73"/>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/claims.py" line="77"/>
        <source>Opened</source>
        <translation>Opened</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/items.py" line="68"/>
        <source>Cancelled/returned</source>
        <translation>Cancelled/returned</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/items.py" line="74"/>
        <source>Discount</source>
        <translation>Discount</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/payments.py" line="73"/>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/payments.py" line="75"/>
        <location filename="../../backoffice/ui/detail/payments.py" line="94"/>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/payments.py" line="79"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/payments.py" line="80"/>
        <source>PG transaction</source>
        <translation>PG transaction</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/payments.py" line="81"/>
        <source>Card issuer</source>
        <translation>Card issuer</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/payments.py" line="82"/>
        <source>Card</source>
        <translation>Card</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/payments.py" line="84"/>
        <source>Instalments</source>
        <translation>Instalments</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/payments.py" line="104"/>
        <source>Requested</source>
        <translation>Requested</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/payments.py" line="106"/>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/payments.py" line="142"/>
        <source>Refunded</source>
        <translation>Refunded</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/payments.py" line="143"/>
        <source>Portions</source>
        <translation>Portions</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/shipments.py" line="48"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/shipments.py" line="51"/>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/shipments.py" line="53"/>
        <source>Contents</source>
        <translation>Contents</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/shipments.py" line="55"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/shipments.py" line="59"/>
        <source>Carrier</source>
        <translation>Carrier</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/shipments.py" line="60"/>
        <source>Tracking no.</source>
        <translation>Tracking no.</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/timeline.py" line="48"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/timeline.py" line="49"/>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/timeline.py" line="51"/>
        <source>What</source>
        <translation>What</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../backoffice/ui/export_dialog.py" line="49"/>
        <location filename="../../backoffice/ui/export_dialog.py" line="84"/>
        <source>Export orders</source>
        <translation>Export orders</translation>
    </message>
    <message numerus="yes">
        <location filename="../../backoffice/ui/export_dialog.py" line="59"/>
        <source>The %n selected order(s)</source>
        <translation>
            <numerusform>The %n selected order</numerusform>
            <numerusform>The %n selected orders</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/export_dialog.py" line="61"/>
        <source>Every order of this tab, ordered within:</source>
        <translation>Every order of this tab, ordered within:</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/export_dialog.py" line="69"/>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/export_dialog.py" line="74"/>
        <source>File (.xlsx or .csv)</source>
        <translation>File (.xlsx or .csv)</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/export_dialog.py" line="84"/>
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/export_dialog.py" line="106"/>
        <source>Exporting…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/export_dialog.py" line="106"/>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
</context>
<context>
    <name>Failures</name>
    <message>
        <location filename="../../backoffice/ui/failures.py" line="59"/>
        <source>Something went wrong inside Backoffice: %1</source>
        <translation>Something went wrong inside Backoffice: %1</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/failures.py" line="89"/>
        <source>Backoffice</source>
        <translation>Backoffice</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/failures.py" line="98"/>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/failures.py" line="112"/>
        <source>Unexpected error</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/failures.py" line="116"/>
        <source>Backoffice ran into an unexpected problem: %1</source>
        <translation>Backoffice ran into an unexpected problem: %1</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/failures.py" line="120"/>
        <source>Nothing you typed was cleared; the change may not have been saved. Please copy the details for the report.</source>
        <translation>Nothing you typed was cleared; the change may not have been saved. Please copy the details for the report.</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/failures.py" line="133"/>
        <source>Copy details</source>
        <translation>Copy details</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/failures.py" line="135"/>
        <source>Show details</source>
        <translation>Show details</translation>
    </message>
</context>
<context>
    <name>FilterPanel</name>
    <message>
        <location filename="../../backoffice/ui/filter_panel.py" line="84"/>
        <source>Filters</source>
        <translation>Filters</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/filter_panel.py" line="148"/>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/filter_panel.py" line="149"/>
        <source>Ordered</source>
        <translation>Ordered</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/filter_panel.py" line="149"/>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/filter_panel.py" line="151"/>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/filter_panel.py" line="114"/>
        <source>Any channel</source>
        <translation>Any channel</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/filter_panel.py" line="118"/>
        <source>Members and guests</source>
        <translation>Members and guests</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/filter_panel.py" line="119"/>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/filter_panel.py" line="120"/>
        <source>Guests</source>
        <translation>Guests</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/filter_panel.py" line="122"/>
        <source>Any custom status</source>
        <translation>Any custom status</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/filter_panel.py" line="125"/>
        <location filename="../../backoffice/ui/filter_panel.py" line="130"/>
        <source>Memo</source>
        <translation>Memo</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/filter_panel.py" line="126"/>
        <location filename="../../backoffice/ui/filter_panel.py" line="131"/>
        <source>Open claim</source>
        <translation>Open claim</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/filter_panel.py" line="127"/>
        <location filename="../../backoffice/ui/filter_panel.py" line="132"/>
        <source>Cancel request</source>
        <translation>Cancel request</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/filter_panel.py" line="141"/>
        <source>off</source>
        <translation>off</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/filter_panel.py" line="142"/>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/filter_panel.py" line="144"/>
        <source>payment method</source>
        <translation>payment method</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/filter_panel.py" line="150"/>
        <source>Shipped</source>
        <translation>Shipped</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/filter_panel.py" line="150"/>
        <source>Memo written</source>
        <translation>Memo written</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/filter_panel.py" line="151"/>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/filter_panel.py" line="152"/>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/filter_panel.py" line="152"/>
        <source>Custom status</source>
        <translation>Custom status</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/filter_panel.py" line="153"/>
        <source>Flags</source>
        <translation>Flags</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/filter_panel.py" line="154"/>
        <source>Shipping delay</source>
        <translation>Shipping delay</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/filter_panel.py" line="154"/>
        <source>Payment method</source>
        <translation>Payment method</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/filter_panel.py" line="165"/>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/filter_panel.py" line="166"/>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/filter_panel.py" line="167"/>
        <source>Save as tab…</source>
        <translation>Save as tab…</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/filter_panel.py" line="194"/>
        <source>any</source>
        <translation>any</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/filter_panel.py" line="195"/>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/filter_panel.py" line="196"/>
        <source>no</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>FirstManagerDialog</name>
    <message>
        <location filename="../../backoffice/ui/sign_in.py" line="195"/>
        <source>Create the first manager</source>
        <translation>Create the first manager</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/sign_in.py" line="199"/>
        <source>Staff sign in with a name and PIN once a manager exists. The manager adds staff and approves refunds, deletions and moving orders back.</source>
        <translation>Staff sign in with a name and PIN once a manager exists. The manager adds staff and approves refunds, deletions and moving orders back.</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/sign_in.py" line="210"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/sign_in.py" line="211"/>
        <source>PIN (4–6 digits)</source>
        <translation>PIN (4–6 digits)</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/sign_in.py" line="212"/>
        <source>PIN again</source>
        <translation>PIN again</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/sign_in.py" line="227"/>
        <source>The two PINs differ</source>
        <translation>The two PINs differ</translation>
    </message>
</context>
<context>
    <name>HeaderPanel</name>
    <message>
        <location filename="../../backoffice/ui/detail/header.py" line="72"/>
        <source>Shop order no.</source>
        <translation>Shop order no.</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/header.py" line="73"/>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/header.py" line="74"/>
        <source>Buyer</source>
        <translation>Buyer</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/header.py" line="75"/>
        <source>Ordered</source>
        <translation>Ordered</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/header.py" line="76"/>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/header.py" line="88"/>
        <source>Move</source>
        <translation>Move</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/header.py" line="91"/>
        <source>Reason (cancel, revert)</source>
        <translation>Reason (cancel, revert)</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/header.py" line="92"/>
        <source>Cancel order</source>
        <translation>Cancel order</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/header.py" line="95"/>
        <source>Revert</source>
        <translation>Revert</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/header.py" line="97"/>
        <source>Un-cancel</source>
        <translation>Un-cancel</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/header.py" line="99"/>
        <source>Move to</source>
        <translation>Move to</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/header.py" line="105"/>
        <source>Back to</source>
        <translation>Back to</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/header.py" line="111"/>
        <source>Notify the customer</source>
        <translation>Notify the customer</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/header.py" line="115"/>
        <source>Send the customer notification for the next action (if notifications are on)</source>
        <translation>Send the customer notification for the next action (if notifications are on)</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/header.py" line="146"/>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/header.py" line="146"/>
        <source>Guest</source>
        <translation>Guest</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/header.py" line="174"/>
        <source>No stage to move to</source>
        <translation>No stage to move to</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/header.py" line="194"/>
        <source>Prepare anyway</source>
        <translation>Prepare anyway</translation>
    </message>
</context>
<context>
    <name>Items</name>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="160"/>
        <source>No open edit</source>
        <translation>No open edit</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="161"/>
        <source>Editing</source>
        <translation>Editing</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="162"/>
        <source>Confirmation requested</source>
        <translation>Confirmation requested</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="163"/>
        <source>Confirmed by the customer</source>
        <translation>Confirmed by the customer</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="94"/>
        <source>free</source>
        <translation>free</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="95"/>
        <source>surcharge</source>
        <translation>surcharge</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="96"/>
        <source>refund</source>
        <translation>refund</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="97"/>
        <source>fee</source>
        <translation>fee</translation>
    </message>
</context>
<context>
    <name>ItemsPanel</name>
    <message>
        <location filename="../../backoffice/ui/detail/items.py" line="99"/>
        <source>Selected line</source>
        <translation>Selected line</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/items.py" line="103"/>
        <source>Change quantity</source>
        <translation>Change quantity</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/items.py" line="106"/>
        <source>Discount</source>
        <translation>Discount</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/items.py" line="108"/>
        <source>amount</source>
        <translation>amount</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/items.py" line="110"/>
        <source>Apply discount</source>
        <translation>Apply discount</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/items.py" line="112"/>
        <source>Remove line</source>
        <translation>Remove line</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/items.py" line="114"/>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/items.py" line="131"/>
        <source>Ask the customer to confirm</source>
        <translation>Ask the customer to confirm</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/items.py" line="133"/>
        <source>Withdraw the request</source>
        <translation>Withdraw the request</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/items.py" line="160"/>
        <source>Edit: %1</source>
        <translation>Edit: %1</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/items.py" line="170"/>
        <source>Items %1 · Total %2 · Balance %3</source>
        <translation>Items %1 · Total %2 · Balance %3</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/items.py" line="193"/>
        <source>Choose a line first</source>
        <translation>Choose a line first</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/items.py" line="199"/>
        <source>A refund line cannot be discounted</source>
        <translation>A refund line cannot be discounted</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/items.py" line="221"/>
        <source>A percentage is a whole number from 0 to 100</source>
        <translation>A percentage is a whole number from 0 to 100</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/items.py" line="255"/>
        <source>→ new total %1</source>
        <translation>→ new total %1</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/items.py" line="309"/>
        <source>The customer was asked to confirm the edited order</source>
        <translation>The customer was asked to confirm the edited order</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="11"/>
        <location filename="../../backoffice/ui/labels.py" line="35"/>
        <source>Pending payment</source>
        <translation>Pending payment</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="12"/>
        <location filename="../../backoffice/ui/labels.py" line="36"/>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="13"/>
        <location filename="../../backoffice/ui/labels.py" line="37"/>
        <source>Preparing</source>
        <translation>Preparing</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="14"/>
        <location filename="../../backoffice/ui/labels.py" line="38"/>
        <source>Ready</source>
        <translation>Ready</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="15"/>
        <location filename="../../backoffice/ui/labels.py" line="39"/>
        <source>Shipped</source>
        <translation>Shipped</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="16"/>
        <source>Delivered</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="17"/>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="18"/>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="21"/>
        <source>Unpaid</source>
        <translation>Unpaid</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="22"/>
        <source>Partly paid</source>
        <translation>Partly paid</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="23"/>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="24"/>
        <source>Refund due</source>
        <translation>Refund due</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="25"/>
        <source>Refunded</source>
        <translation>Refunded</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="28"/>
        <source>Web shop</source>
        <translation>Web shop</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="29"/>
        <source>Counter</source>
        <translation>Counter</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="30"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="31"/>
        <source>Marketplace</source>
        <translation>Marketplace</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="34"/>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="40"/>
        <source>Cancel requests</source>
        <translation>Cancel requests</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="41"/>
        <source>Returns/exchanges</source>
        <translation>Returns/exchanges</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="44"/>
        <source>already cancelled</source>
        <translation>already cancelled</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="45"/>
        <source>completed: cannot change</source>
        <translation>completed: cannot change</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="46"/>
        <source>already at or past that stage</source>
        <translation>already at or past that stage</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="47"/>
        <source>pickup orders are not shipped</source>
        <translation>pickup orders are not shipped</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="48"/>
        <source>no carrier and tracking number</source>
        <translation>no carrier and tracking number</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="49"/>
        <source>waiting for payment</source>
        <translation>waiting for payment</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="50"/>
        <source>no longer exists</source>
        <translation>no longer exists</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="51"/>
        <source>no printer is set up for this document</source>
        <translation>no printer is set up for this document</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="54"/>
        <source>Cancel request</source>
        <translation>Cancel request</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="55"/>
        <source>Claim</source>
        <translation>Claim</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="144"/>
        <source>The deposit deadline passed</source>
        <translation>The deposit deadline passed</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="195"/>
        <source>en</source>
        <translation>en</translation>
    </message>
</context>
<context>
    <name>MainMenus</name>
    <message>
        <location filename="../../backoffice/ui/main_menus.py" line="47"/>
        <source>&amp;Orders</source>
        <translation>&amp;Orders</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/main_menus.py" line="48"/>
        <source>New counter sale…</source>
        <translation>New counter sale…</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/main_menus.py" line="53"/>
        <source>Print labels for the selected orders</source>
        <translation>Print labels for the selected orders</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/main_menus.py" line="58"/>
        <source>Print receipts for the selected orders</source>
        <translation>Print receipts for the selected orders</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/main_menus.py" line="63"/>
        <source>Courier file…</source>
        <translation>Courier file…</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/main_menus.py" line="67"/>
        <source>Import tracking numbers…</source>
        <translation>Import tracking numbers…</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/main_menus.py" line="74"/>
        <source>&amp;Printing</source>
        <translation>&amp;Printing</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/main_menus.py" line="76"/>
        <source>Print queue…</source>
        <translation>Print queue…</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/main_menus.py" line="79"/>
        <source>Printer settings…</source>
        <translation>Printer settings…</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/main_menus.py" line="82"/>
        <source>Se&amp;ttings</source>
        <translation>Se&amp;ttings</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/main_menus.py" line="84"/>
        <source>Shops…</source>
        <translation>Shops…</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/main_menus.py" line="87"/>
        <source>Shop details…</source>
        <translation>Shop details…</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/main_menus.py" line="90"/>
        <source>Courier file columns…</source>
        <translation>Courier file columns…</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/main_menus.py" line="115"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/main_menus.py" line="117"/>
        <source>Keyboard shortcuts…</source>
        <translation>Keyboard shortcuts…</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/main_menus.py" line="120"/>
        <source>About Backoffice…</source>
        <translation>About Backoffice…</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/main_menus.py" line="145"/>
        <source>Courier file</source>
        <translation>Courier file</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/main_menus.py" line="161"/>
        <source>%1 shipment(s) written to %2</source>
        <translation>%1 shipment(s) written to %2</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/main_menus.py" line="172"/>
        <source>Import tracking numbers</source>
        <translation>Import tracking numbers</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/main_menus.py" line="195"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/main_menus.py" line="213"/>
        <source>The new language shows from the next start</source>
        <translation>The new language shows from the next start</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/main_menus.py" line="255"/>
        <source>&lt;h3&gt;Backoffice %1&lt;/h3&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;Python %3 · Qt %4 · PySide6 %5 (LGPL v3)&lt;/p&gt;&lt;p&gt;NanumGothic font: SIL Open Font License 1.1 (%6)&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Backoffice %1&lt;/h3&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;Python %3 · Qt %4 · PySide6 %5 (LGPL v3)&lt;/p&gt;&lt;p&gt;NanumGothic font: SIL Open Font License 1.1 (%6)&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/main_menus.py" line="274"/>
        <source>About Backoffice</source>
        <translation>About Backoffice</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/main_menus.py" line="93"/>
        <source>Notifications…</source>
        <translation>Notifications…</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/main_menus.py" line="40"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/main_menus.py" line="42"/>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/main_menus.py" line="101"/>
        <source>&amp;Database</source>
        <translation>&amp;Database</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/main_menus.py" line="103"/>
        <source>Back up database…</source>
        <translation>Back up database…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../backoffice/ui/main_window.py" line="135"/>
        <source>Search code, shop order no., name, phone, e-mail, tracking (Ctrl+F)</source>
        <translation>Search code, shop order no., name, phone, e-mail, tracking (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/main_window.py" line="142"/>
        <source>Filters</source>
        <translation>Filters</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/main_window.py" line="143"/>
        <location filename="../../backoffice/ui/main_window.py" line="266"/>
        <location filename="../../backoffice/ui/main_window.py" line="391"/>
        <source>Columns…</source>
        <translation>Columns…</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/main_window.py" line="144"/>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/main_window.py" line="145"/>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/main_window.py" line="196"/>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/main_window.py" line="198"/>
        <source>Sync: not set up</source>
        <translation>Sync: not set up</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/main_window.py" line="212"/>
        <location filename="../../backoffice/ui/main_window.py" line="520"/>
        <source>Backoffice — Orders</source>
        <translation>Backoffice — Orders</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/main_window.py" line="232"/>
        <source>Selected → %1</source>
        <translation>Selected → %1</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/main_window.py" line="241"/>
        <source>Cancel selected…</source>
        <translation>Cancel selected…</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/main_window.py" line="247"/>
        <source>Every order of this tab</source>
        <translation>Every order of this tab</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/main_window.py" line="251"/>
        <source>Cancel…</source>
        <translation>Cancel…</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/main_window.py" line="256"/>
        <source>Print shipping labels</source>
        <translation>Print shipping labels</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/main_window.py" line="257"/>
        <source>Print receipts</source>
        <translation>Print receipts</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/main_window.py" line="265"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/main_window.py" line="267"/>
        <source>Sound for new orders</source>
        <translation>Sound for new orders</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/list_scan.py" line="129"/>
        <source>Order not found: %1</source>
        <translation>Order not found: %1</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/list_tabs.py" line="96"/>
        <source>Rename tab</source>
        <translation>Rename tab</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/list_tabs.py" line="97"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/list_tabs.py" line="116"/>
        <source>Delete tab</source>
        <translation>Delete tab</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/list_tabs.py" line="117"/>
        <source>Delete the tab “%1”? No order is deleted, only this saved filter.</source>
        <translation>Delete the tab “%1”? No order is deleted, only this saved filter.</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/list_tabs.py" line="150"/>
        <source>Save as tab</source>
        <translation>Save as tab</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/list_tabs.py" line="151"/>
        <source>Tab name</source>
        <translation>Tab name</translation>
    </message>
    <message numerus="yes">
        <location filename="../../backoffice/ui/main_window.py" line="474"/>
        <source>%n order(s) exported to %1</source>
        <translation>
            <numerusform>%n order exported to %1</numerusform>
            <numerusform>%n orders exported to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../backoffice/ui/main_window.py" line="492"/>
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n order</numerusform>
            <numerusform>%n orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../backoffice/ui/main_window.py" line="494"/>
        <source>%n selected</source>
        <translation>
            <numerusform>%n selected</numerusform>
            <numerusform>%n selected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../../backoffice/ui/detail/message_bar.py" line="27"/>
        <source>Close this message</source>
        <translation>Close this message</translation>
    </message>
</context>
<context>
    <name>NewOrderNotice</name>
    <message numerus="yes">
        <location filename="../../backoffice/ui/live.py" line="90"/>
        <source>%n new order(s) arrived. Click to dismiss.</source>
        <translation>
            <numerusform>%n new order arrived. Click to dismiss.</numerusform>
            <numerusform>%n new orders arrived. Click to dismiss.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NotificationEvents</name>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="166"/>
        <source>Order received (phone and counter)</source>
        <translation>Order received (phone and counter)</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="167"/>
        <source>Shipped (carrier and tracking)</source>
        <translation>Shipped (carrier and tracking)</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="168"/>
        <source>Delivered</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="169"/>
        <source>Cancelled (with reason)</source>
        <translation>Cancelled (with reason)</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="170"/>
        <source>Payment request</source>
        <translation>Payment request</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="171"/>
        <source>Edited order to confirm</source>
        <translation>Edited order to confirm</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="172"/>
        <source>Cancel request rejected</source>
        <translation>Cancel request rejected</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="173"/>
        <source>Refund made</source>
        <translation>Refund made</translation>
    </message>
</context>
<context>
    <name>NotificationsDialog</name>
    <message>
        <location filename="../../backoffice/ui/notifications_dialog.py" line="63"/>
        <source>Customer notifications</source>
        <translation>Customer notifications</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/notifications_dialog.py" line="68"/>
        <source>Templates</source>
        <translation>Templates</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/notifications_dialog.py" line="69"/>
        <source>Sending</source>
        <translation>Sending</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/notifications_dialog.py" line="99"/>
        <source>Placeholders: %1</source>
        <translation>Placeholders: %1</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/notifications_dialog.py" line="102"/>
        <source>order %1</source>
        <translation>order %1</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/notifications_dialog.py" line="102"/>
        <source>a sample</source>
        <translation>a sample</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/notifications_dialog.py" line="103"/>
        <source>Preview (filled from %1)</source>
        <translation>Preview (filled from %1)</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/notifications_dialog.py" line="108"/>
        <source>Save template</source>
        <translation>Save template</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/notifications_dialog.py" line="109"/>
        <source>Back to the default</source>
        <translation>Back to the default</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/notifications_dialog.py" line="117"/>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/notifications_dialog.py" line="118"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/notifications_dialog.py" line="140"/>
        <source>Do not notify customers</source>
        <translation>Do not notify customers</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/notifications_dialog.py" line="141"/>
        <source>Customer note in the web shop</source>
        <translation>Customer note in the web shop</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/notifications_dialog.py" line="142"/>
        <source>E-mail (SMTP)</source>
        <translation>E-mail (SMTP)</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/notifications_dialog.py" line="143"/>
        <source>Text message (SMS, Aligo)</source>
        <translation>Text message (SMS, Aligo)</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/notifications_dialog.py" line="156"/>
        <source>None (local relay only)</source>
        <translation>None (local relay only)</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/notifications_dialog.py" line="162"/>
        <location filename="../../backoffice/ui/notifications_dialog.py" line="168"/>
        <source>unchanged (kept in the system keyring)</source>
        <translation>unchanged (kept in the system keyring)</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/notifications_dialog.py" line="169"/>
        <source>Save settings</source>
        <translation>Save settings</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/notifications_dialog.py" line="172"/>
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/notifications_dialog.py" line="173"/>
        <source>Customers&apos; language</source>
        <translation>Customers&apos; language</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/notifications_dialog.py" line="174"/>
        <source>Shop name</source>
        <translation>Shop name</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/notifications_dialog.py" line="175"/>
        <source>Bank account for transfers</source>
        <translation>Bank account for transfers</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/notifications_dialog.py" line="179"/>
        <source>Notify on</source>
        <translation>Notify on</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/notifications_dialog.py" line="180"/>
        <source>SMTP server</source>
        <translation>SMTP server</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/notifications_dialog.py" line="181"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/notifications_dialog.py" line="182"/>
        <source>Security</source>
        <translation>Security</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/notifications_dialog.py" line="183"/>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/notifications_dialog.py" line="184"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/notifications_dialog.py" line="185"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/notifications_dialog.py" line="186"/>
        <source>SMS user id</source>
        <translation>SMS user id</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/notifications_dialog.py" line="187"/>
        <source>SMS sender number</source>
        <translation>SMS sender number</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/notifications_dialog.py" line="188"/>
        <source>SMS API key</source>
        <translation>SMS API key</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/notifications_dialog.py" line="235"/>
        <location filename="../../backoffice/ui/notifications_dialog.py" line="264"/>
        <source>edited</source>
        <translation>edited</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/notifications_dialog.py" line="235"/>
        <source>default</source>
        <translation>default</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/notifications_dialog.py" line="265"/>
        <source>Template saved.</source>
        <translation>Template saved.</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/notifications_dialog.py" line="278"/>
        <source>The default template is used again.</source>
        <translation>The default template is used again.</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/notifications_dialog.py" line="318"/>
        <source>Notification settings saved.</source>
        <translation>Notification settings saved.</translation>
    </message>
</context>
<context>
    <name>OpeningFrame</name>
    <message>
        <location filename="../../backoffice/ui/opening.py" line="77"/>
        <source>Opening the order list…</source>
        <translation>Opening the order list…</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/opening.py" line="79"/>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
</context>
<context>
    <name>OrderDetailDialog</name>
    <message>
        <location filename="../../backoffice/ui/detail/dialog.py" line="67"/>
        <source>Order %1</source>
        <translation>Order %1</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/dialog.py" line="78"/>
        <source>Items</source>
        <translation>Items</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/dialog.py" line="79"/>
        <source>Shipments</source>
        <translation>Shipments</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/dialog.py" line="80"/>
        <source>Payments</source>
        <translation>Payments</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/dialog.py" line="81"/>
        <source>Claims</source>
        <translation>Claims</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/dialog.py" line="82"/>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/dialog.py" line="141"/>
        <source>%1 of %2 sent to the printer</source>
        <translation>%1 of %2 sent to the printer</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/dialog.py" line="213"/>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/dialog.py" line="223"/>
        <source>This order was changed elsewhere: nothing was saved. It has been reloaded.</source>
        <translation>This order was changed elsewhere: nothing was saved. It has been reloaded.</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/dialog.py" line="253"/>
        <source>Order %1 no longer exists.</source>
        <translation>Order %1 no longer exists.</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/dialog.py" line="288"/>
        <source>This order was changed elsewhere — reloaded</source>
        <translation>This order was changed elsewhere — reloaded</translation>
    </message>
</context>
<context>
    <name>OrderViewDialog</name>
    <message>
        <location filename="../../backoffice/ui/order_view.py" line="38"/>
        <source>Order %1</source>
        <translation>Order %1</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/order_view.py" line="46"/>
        <source>Order code</source>
        <translation>Order code</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/order_view.py" line="47"/>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/order_view.py" line="48"/>
        <source>Buyer</source>
        <translation>Buyer</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/order_view.py" line="49"/>
        <source>Ordered at</source>
        <translation>Ordered at</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/order_view.py" line="50"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/order_view.py" line="51"/>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/order_view.py" line="52"/>
        <source>Balance</source>
        <translation>Balance</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/order_view.py" line="56"/>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/order_view.py" line="56"/>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/order_view.py" line="56"/>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/order_view.py" line="56"/>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/order_view.py" line="71"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/order_view.py" line="71"/>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/order_view.py" line="71"/>
        <source>What</source>
        <translation>What</translation>
    </message>
</context>
<context>
    <name>ParkedDialog</name>
    <message>
        <location filename="../../backoffice/ui/sync_parked.py" line="32"/>
        <location filename="../../backoffice/ui/sync_parked.py" line="106"/>
        <source>Not accepted by the shop</source>
        <translation>Not accepted by the shop</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/sync_parked.py" line="40"/>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/sync_parked.py" line="40"/>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/sync_parked.py" line="40"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/sync_parked.py" line="40"/>
        <source>Attempts</source>
        <translation>Attempts</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/sync_parked.py" line="48"/>
        <source>Send again</source>
        <translation>Send again</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/sync_parked.py" line="67"/>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/sync_parked.py" line="69"/>
        <source>The shop accepted every change</source>
        <translation>The shop accepted every change</translation>
    </message>
</context>
<context>
    <name>ParkedOrdersDialog</name>
    <message>
        <location filename="../../backoffice/ui/sync_parked_orders.py" line="36"/>
        <location filename="../../backoffice/ui/sync_parked_orders.py" line="123"/>
        <source>Shop orders not taken in</source>
        <translation>Shop orders not taken in</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/sync_parked_orders.py" line="43"/>
        <source>Shop</source>
        <translation>Shop</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/sync_parked_orders.py" line="44"/>
        <source>Shop order</source>
        <translation>Shop order</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/sync_parked_orders.py" line="45"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/sync_parked_orders.py" line="46"/>
        <source>Times</source>
        <translation>Times</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/sync_parked_orders.py" line="47"/>
        <source>Last seen</source>
        <translation>Last seen</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/sync_parked_orders.py" line="57"/>
        <source>The order as the shop sent it</source>
        <translation>The order as the shop sent it</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/sync_parked_orders.py" line="63"/>
        <source>Copy JSON</source>
        <translation>Copy JSON</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/sync_parked_orders.py" line="79"/>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/sync_parked_orders.py" line="98"/>
        <source>Fix these orders in the shop: the next sync takes them in. The other orders were taken in as usual.</source>
        <translation>Fix these orders in the shop: the next sync takes them in. The other orders were taken in as usual.</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/sync_parked_orders.py" line="104"/>
        <source>Every shop order was taken in</source>
        <translation>Every shop order was taken in</translation>
    </message>
</context>
<context>
    <name>PaymentStates</name>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="72"/>
        <source>Requested</source>
        <translation>Requested</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="73"/>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="74"/>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/payments.py" line="109"/>
        <source>waiting for the web shop&apos;s page</source>
        <translation>waiting for the web shop&apos;s page</translation>
    </message>
</context>
<context>
    <name>Payments</name>
    <message>
        <location filename="../../backoffice/ui/detail/payments.py" line="53"/>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/payments.py" line="43"/>
        <source>Order amount</source>
        <translation>Order amount</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/payments.py" line="44"/>
        <source>Manual discount</source>
        <translation>Manual discount</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/payments.py" line="45"/>
        <source>Fees</source>
        <translation>Fees</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/payments.py" line="46"/>
        <source>Shipping</source>
        <translation>Shipping</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/payments.py" line="47"/>
        <source>Tax</source>
        <translation>Tax</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/payments.py" line="48"/>
        <source>Grade discount</source>
        <translation>Grade discount</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/payments.py" line="49"/>
        <source>Coupon</source>
        <translation>Coupon</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/payments.py" line="50"/>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/payments.py" line="51"/>
        <source>Shop rounding</source>
        <translation>Shop rounding</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/payments.py" line="52"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/payments.py" line="54"/>
        <source>Refunded</source>
        <translation>Refunded</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/payments.py" line="55"/>
        <source>Balance</source>
        <translation>Balance</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/payments.py" line="123"/>
        <source>shipping %1</source>
        <translation>shipping %1</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/payments.py" line="129"/>
        <source>coupon -%1</source>
        <translation>coupon -%1</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/payments.py" line="135"/>
        <source>%1 points</source>
        <translation>%1 points</translation>
    </message>
</context>
<context>
    <name>PaymentsPanel</name>
    <message>
        <location filename="../../backoffice/ui/detail/payments.py" line="164"/>
        <source>Breakdown</source>
        <translation>Breakdown</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/payments.py" line="173"/>
        <source>Coupon codes</source>
        <translation>Coupon codes</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/payments.py" line="175"/>
        <source>Payment status</source>
        <translation>Payment status</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/payments.py" line="180"/>
        <source>Refunds</source>
        <translation>Refunds</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/payments.py" line="188"/>
        <source>Payments</source>
        <translation>Payments</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/payments.py" line="194"/>
        <source>Payment requests</source>
        <translation>Payment requests</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/payments.py" line="198"/>
        <source>Amount (empty: the balance)</source>
        <translation>Amount (empty: the balance)</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/payments.py" line="199"/>
        <source>Request payment</source>
        <translation>Request payment</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/payments.py" line="201"/>
        <source>Copy payment link</source>
        <translation>Copy payment link</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/payments.py" line="203"/>
        <source>Withdraw request</source>
        <translation>Withdraw request</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/payments.py" line="215"/>
        <source>PG transaction</source>
        <translation>PG transaction</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/payments.py" line="217"/>
        <source>Card issuer</source>
        <translation>Card issuer</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/payments.py" line="219"/>
        <source>Card number</source>
        <translation>Card number</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/payments.py" line="222"/>
        <source> mo.</source>
        <translation> mo.</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/payments.py" line="223"/>
        <source>Mark paid</source>
        <translation>Mark paid</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/payments.py" line="243"/>
        <source>%1 (%2 of it in the prices)</source>
        <translation>%1 (%2 of it in the prices)</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/payments.py" line="278"/>
        <source>Choose an open payment request</source>
        <translation>Choose an open payment request</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/payments.py" line="301"/>
        <source>Payment requested; the web shop makes its payment page at the next sync, and the customer is sent the link then</source>
        <translation>Payment requested; the web shop makes its payment page at the next sync, and the customer is sent the link then</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/payments.py" line="308"/>
        <source>Payment requested; the link is on the clipboard</source>
        <translation>Payment requested; the link is on the clipboard</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/payments.py" line="332"/>
        <source>Payment link copied</source>
        <translation>Payment link copied</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <location filename="../../backoffice/ui/bulk_flow.py" line="96"/>
        <source>Before acting</source>
        <translation>Before acting</translation>
    </message>
    <message numerus="yes">
        <location filename="../../backoffice/ui/bulk_flow.py" line="100"/>
        <source>The action applies to %n of the chosen orders.</source>
        <translation>
            <numerusform>The action applies to %n of the chosen orders.</numerusform>
            <numerusform>The action applies to %n of the chosen orders.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../backoffice/ui/bulk_flow.py" line="102"/>
        <source>%n order(s) chosen.</source>
        <translation>
            <numerusform>%n order chosen.</numerusform>
            <numerusform>%n orders chosen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../backoffice/ui/bulk_flow.py" line="108"/>
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
        <location filename="../../backoffice/ui/printing/preview.py" line="56"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/printing/preview.py" line="59"/>
        <source>Preparing the preview…</source>
        <translation>Preparing the preview…</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/printing/preview.py" line="68"/>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/printing/preview.py" line="69"/>
        <source>Save…</source>
        <translation>Save…</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/printing/preview.py" line="70"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/printing/preview.py" line="71"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/printing/preview.py" line="113"/>
        <source>This is an A4 document: save it as a PDF, or open it in your PDF viewer.</source>
        <translation>This is an A4 document: save it as a PDF, or open it in your PDF viewer.</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/printing/preview.py" line="119"/>
        <source>No printer is set up for this document (printer settings).</source>
        <translation>No printer is set up for this document (printer settings).</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/printing/preview.py" line="121"/>
        <source>Printer: %1</source>
        <translation>Printer: %1</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/printing/preview.py" line="159"/>
        <source>Saved to %1</source>
        <translation>Saved to %1</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/printing/preview.py" line="165"/>
        <source>Picture (*.png);;Printer bytes (*.bin)</source>
        <translation>Picture (*.png);;Printer bytes (*.bin)</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/printing/preview.py" line="167"/>
        <source>PDF (*.pdf);;Picture (*.png);;Printer bytes (*.bin)</source>
        <translation>PDF (*.pdf);;Picture (*.png);;Printer bytes (*.bin)</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/printing/preview.py" line="170"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/printing/preview.py" line="173"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>PrintQueue</name>
    <message>
        <location filename="../../backoffice/ui/printing/queue_model.py" line="41"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/printing/queue_model.py" line="42"/>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/printing/queue_model.py" line="43"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/printing/queue_model.py" line="44"/>
        <source>Printer</source>
        <translation>Printer</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/printing/queue_model.py" line="45"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/printing/queue_model.py" line="46"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="77"/>
        <source>Receipt</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="78"/>
        <source>Shipping label</source>
        <translation>Shipping label</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="79"/>
        <source>Invoice</source>
        <translation>Invoice</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="80"/>
        <source>Packing slip</source>
        <translation>Packing slip</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="81"/>
        <source>Order sheet</source>
        <translation>Order sheet</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="84"/>
        <source>Queued</source>
        <translation>Queued</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="85"/>
        <source>Sending</source>
        <translation>Sending</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="86"/>
        <source>Printed</source>
        <translation>Printed</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="87"/>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="88"/>
        <source>Not confirmed</source>
        <translation>Not confirmed</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="89"/>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/printing/queue_model.py" line="152"/>
        <source>%1 and %2 more</source>
        <translation>%1 and %2 more</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/printing/queue_model.py" line="157"/>
        <source>%1 (reprint)</source>
        <translation>%1 (reprint)</translation>
    </message>
</context>
<context>
    <name>PrintQueueDialog</name>
    <message>
        <location filename="../../backoffice/ui/printing/queue_view.py" line="43"/>
        <source>Print queue</source>
        <translation>Print queue</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/printing/queue_view.py" line="59"/>
        <source>Only jobs that need attention</source>
        <translation>Only jobs that need attention</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/printing/queue_view.py" line="61"/>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/printing/queue_view.py" line="62"/>
        <source>Reprint</source>
        <translation>Reprint</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/printing/queue_view.py" line="63"/>
        <source>Send to other printer…</source>
        <translation>Send to other printer…</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/printing/queue_view.py" line="64"/>
        <location filename="../../backoffice/ui/printing/queue_view.py" line="255"/>
        <source>Save as PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/printing/queue_view.py" line="65"/>
        <source>Cancel job</source>
        <translation>Cancel job</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/printing/queue_view.py" line="66"/>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/printing/queue_view.py" line="67"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/printing/queue_view.py" line="138"/>
        <source>Job #%1 is queued again.</source>
        <translation>Job #%1 is queued again.</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/printing/queue_view.py" line="148"/>
        <source>A reprint of job #%1 is queued.</source>
        <translation>A reprint of job #%1 is queued.</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/printing/queue_view.py" line="158"/>
        <source>Job #%1 goes to the other printer.</source>
        <translation>Job #%1 goes to the other printer.</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/printing/queue_view.py" line="182"/>
        <source>Saved to %1</source>
        <translation>Saved to %1</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/printing/queue_view.py" line="214"/>
        <source>Send to other printer</source>
        <translation>Send to other printer</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/printing/queue_view.py" line="215"/>
        <source>Printer address (tcp://HOST:PORT, usb://VID:PID, …):</source>
        <translation>Printer address (tcp://HOST:PORT, usb://VID:PID, …):</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/printing/queue_view.py" line="228"/>
        <source>Picture (*.png);;Printer bytes (*.bin)</source>
        <translation>Picture (*.png);;Printer bytes (*.bin)</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/printing/queue_view.py" line="231"/>
        <source>PDF (*.pdf);;Picture (*.png);;Printer bytes (*.bin)</source>
        <translation>PDF (*.pdf);;Picture (*.png);;Printer bytes (*.bin)</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/printing/queue_view.py" line="234"/>
        <source>Save print job</source>
        <translation>Save print job</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/printing/queue_view.py" line="253"/>
        <source>Save as picture…</source>
        <translation>Save as picture…</translation>
    </message>
</context>
<context>
    <name>PrinterBox</name>
    <message>
        <location filename="../../backoffice/ui/printing/settings_dialog.py" line="59"/>
        <source>Find…</source>
        <translation>Find…</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/printing/settings_dialog.py" line="61"/>
        <source>Printers installed on this PC, serial ports and USB printers</source>
        <translation>Printers installed on this PC, serial ports and USB printers</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/printing/settings_dialog.py" line="69"/>
        <source>Picture (works on every printer)</source>
        <translation>Picture (works on every printer)</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/printing/settings_dialog.py" line="70"/>
        <source>Korean characters (printer with Korean font)</source>
        <translation>Korean characters (printer with Korean font)</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/printing/settings_dialog.py" line="71"/>
        <source>Latin text only</source>
        <translation>Latin text only</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/printing/settings_dialog.py" line="72"/>
        <source>Printer answers status queries (confirms each job)</source>
        <translation>Printer answers status queries (confirms each job)</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/printing/settings_dialog.py" line="73"/>
        <source>Test connection</source>
        <translation>Test connection</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/printing/settings_dialog.py" line="74"/>
        <source>Print test page</source>
        <translation>Print test page</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/printing/settings_dialog.py" line="77"/>
        <source>Turn confirmation off for this printer</source>
        <translation>Turn confirmation off for this printer</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/printing/settings_dialog.py" line="87"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/printing/settings_dialog.py" line="88"/>
        <source>Paper width</source>
        <translation>Paper width</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/printing/settings_dialog.py" line="89"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/printing/settings_dialog.py" line="113"/>
        <source>Confirmation is off: jobs to this printer count as printed once sent.</source>
        <translation>Confirmation is off: jobs to this printer count as printed once sent.</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/printing/settings_dialog.py" line="148"/>
        <source>Looking for printers…</source>
        <translation>Looking for printers…</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/printing/settings_dialog.py" line="156"/>
        <source>No printer found on this PC: type a network printer&apos;s address.</source>
        <translation>No printer found on this PC: type a network printer&apos;s address.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../backoffice/ui/printing/settings_dialog.py" line="161"/>
        <source>%n printer(s) found: choose one.</source>
        <translation>
            <numerusform>%n printer found: choose one.</numerusform>
            <numerusform>%n printers found: choose one.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/printing/settings_dialog.py" line="170"/>
        <source>Print a test page to check the paper width and text.</source>
        <translation>Print a test page to check the paper width and text.</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/printing/settings_dialog.py" line="189"/>
        <source>Enter the printer&apos;s address first.</source>
        <translation>Enter the printer&apos;s address first.</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/printing/settings_dialog.py" line="195"/>
        <source>Working…</source>
        <translation>Working…</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/printing/settings_dialog.py" line="204"/>
        <source>The printer answered: it is ready.</source>
        <translation>The printer answered: it is ready.</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/printing/settings_dialog.py" line="206"/>
        <source>Sent. (This printer does not confirm jobs.)</source>
        <translation>Sent. (This printer does not confirm jobs.)</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/printing/settings_dialog.py" line="211"/>
        <source>The printer is reachable but does not answer status queries, so its jobs cannot be confirmed. Turn confirmation off for it?</source>
        <translation>The printer is reachable but does not answer status queries, so its jobs cannot be confirmed. Turn confirmation off for it?</translation>
    </message>
</context>
<context>
    <name>PrinterSettingsDialog</name>
    <message>
        <location filename="../../backoffice/ui/printing/settings_dialog.py" line="232"/>
        <source>Printer settings</source>
        <translation>Printer settings</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/printing/settings_dialog.py" line="233"/>
        <source>Receipt printer</source>
        <translation>Receipt printer</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/printing/settings_dialog.py" line="234"/>
        <source>Label printer</source>
        <translation>Label printer</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/printing/settings_dialog.py" line="239"/>
        <source>No cash drawer</source>
        <translation>No cash drawer</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/printing/settings_dialog.py" line="240"/>
        <source>Cash drawer on pin 2</source>
        <translation>Cash drawer on pin 2</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/printing/settings_dialog.py" line="241"/>
        <source>Cash drawer on pin 5</source>
        <translation>Cash drawer on pin 5</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/printing/settings_dialog.py" line="242"/>
        <source>Print the label when an order is shipped</source>
        <translation>Print the label when an order is shipped</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/printing/settings_dialog.py" line="244"/>
        <source>Always</source>
        <translation>Always</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/printing/settings_dialog.py" line="245"/>
        <source>Ask each time</source>
        <translation>Ask each time</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/printing/settings_dialog.py" line="246"/>
        <source>Never</source>
        <translation>Never</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/printing/settings_dialog.py" line="257"/>
        <source>Printed language</source>
        <translation>Printed language</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/printing/settings_dialog.py" line="258"/>
        <source>Cash drawer (opens with each receipt)</source>
        <translation>Cash drawer (opens with each receipt)</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/printing/settings_dialog.py" line="259"/>
        <source>Receipt after a counter sale</source>
        <translation>Receipt after a counter sale</translation>
    </message>
</context>
<context>
    <name>RefundBox</name>
    <message>
        <location filename="../../backoffice/ui/detail/refund_box.py" line="88"/>
        <location filename="../../backoffice/ui/detail/refund_box.py" line="94"/>
        <source>Refund</source>
        <translation>Refund</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/refund_box.py" line="97"/>
        <source>Items</source>
        <translation>Items</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/refund_box.py" line="98"/>
        <source>Shipping</source>
        <translation>Shipping</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/refund_box.py" line="99"/>
        <source>Coupon clawed back</source>
        <translation>Coupon clawed back</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/refund_box.py" line="100"/>
        <source>Points returned</source>
        <translation>Points returned</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/refund_box.py" line="101"/>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/refund_box.py" line="102"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>Refunds</name>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="151"/>
        <source>Card</source>
        <translation>Card</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="152"/>
        <source>Cash</source>
        <translation>Cash</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="153"/>
        <source>Bank transfer</source>
        <translation>Bank transfer</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="154"/>
        <source>Naver Pay</source>
        <translation>Naver Pay</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="155"/>
        <source>Kakao Pay</source>
        <translation>Kakao Pay</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="156"/>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="157"/>
        <source>Other</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../backoffice/ui/bulk_flow.py" line="127"/>
        <source>Bulk action finished</source>
        <translation>Bulk action finished</translation>
    </message>
    <message numerus="yes">
        <location filename="../../backoffice/ui/bulk_flow.py" line="130"/>
        <source>%n order(s) queued for printing.</source>
        <translation>
            <numerusform>%n order queued for printing.</numerusform>
            <numerusform>%n orders queued for printing.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../backoffice/ui/bulk_flow.py" line="132"/>
        <source>%n order(s) changed.</source>
        <translation>
            <numerusform>%n order changed.</numerusform>
            <numerusform>%n orders changed.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/bulk_flow.py" line="134"/>
        <source>Stopped before the end.</source>
        <translation>Stopped before the end.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../backoffice/ui/bulk_flow.py" line="136"/>
        <source>%n order(s) failed:</source>
        <translation>
            <numerusform>%n order failed:</numerusform>
            <numerusform>%n orders failed:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/bulk_flow.py" line="140"/>
        <source>Order code</source>
        <translation>Order code</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/bulk_flow.py" line="140"/>
        <source>Why</source>
        <translation>Why</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <location filename="../../backoffice/ui/detail/rules.py" line="29"/>
        <source>Waiting for the customer to confirm the edit: withdraw the request first</source>
        <translation>Waiting for the customer to confirm the edit: withdraw the request first</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/rules.py" line="39"/>
        <source>The order sheet can be edited only while new or preparing</source>
        <translation>The order sheet can be edited only while new or preparing</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/rules.py" line="47"/>
        <source>Quantities can change only while preparing</source>
        <translation>Quantities can change only while preparing</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/rules.py" line="53"/>
        <source>There is no edit to confirm</source>
        <translation>There is no edit to confirm</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/rules.py" line="59"/>
        <source>No confirmation of an edit is requested</source>
        <translation>No confirmation of an edit is requested</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/rules.py" line="65"/>
        <source>Shipments of a cancelled or completed order cannot change</source>
        <translation>Shipments of a cancelled or completed order cannot change</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/rules.py" line="73"/>
        <source>Shipments can be split only while preparing</source>
        <translation>Shipments can be split only while preparing</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/rules.py" line="82"/>
        <source>Move the order to preparing first</source>
        <translation>Move the order to preparing first</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/rules.py" line="88"/>
        <source>The order is cancelled: its claims are closed</source>
        <translation>The order is cancelled: its claims are closed</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/rules.py" line="90"/>
        <source>The order is completed: it can no longer be cancelled</source>
        <translation>The order is completed: it can no longer be cancelled</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/rules.py" line="94"/>
        <source>No unshipped units are left to cancel</source>
        <translation>No unshipped units are left to cancel</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/rules.py" line="100"/>
        <source>The order is completed: returns and exchanges are closed</source>
        <translation>The order is completed: returns and exchanges are closed</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/rules.py" line="104"/>
        <source>Only shipped or delivered goods can be returned or exchanged</source>
        <translation>Only shipped or delivered goods can be returned or exchanged</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/rules.py" line="112"/>
        <source>A cancelled or completed order takes no payment request</source>
        <translation>A cancelled or completed order takes no payment request</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/rules.py" line="116"/>
        <source>Nothing is owed beyond the open requests</source>
        <translation>Nothing is owed beyond the open requests</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/rules.py" line="127"/>
        <source>Nothing paid is left to refund</source>
        <translation>Nothing paid is left to refund</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/rules.py" line="179"/>
        <source>The order is not cancelled</source>
        <translation>The order is not cancelled</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/rules.py" line="197"/>
        <source>Only a manager can delete an order</source>
        <translation>Only a manager can delete an order</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/rules.py" line="212"/>
        <source>A delivery order is shipped, not handed over</source>
        <translation>A delivery order is shipped, not handed over</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/rules.py" line="214"/>
        <source>Nothing left to hand over</source>
        <translation>Nothing left to hand over</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/rules.py" line="221"/>
        <source>A pickup order is handed over, not shipped</source>
        <translation>A pickup order is handed over, not shipped</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/rules.py" line="223"/>
        <location filename="../../backoffice/ui/detail/rules.py" line="225"/>
        <source>Nothing left to ship</source>
        <translation>Nothing left to ship</translation>
    </message>
</context>
<context>
    <name>ServiceMessages</name>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="12"/>
        <source>A PIN is 4 to 6 digits</source>
        <translation>A PIN is 4 to 6 digits</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="13"/>
        <source>A back-office order is made at the counter or by phone, not {channel}</source>
        <translation>A back-office order is made at the counter or by phone, not {channel}</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="17"/>
        <source>A cash receipt for expense proof needs the 10-digit business number, not {number}</source>
        <translation>A cash receipt for expense proof needs the 10-digit business number, not {number}</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="21"/>
        <source>A cash receipt for income deduction needs a mobile phone number, not {number}</source>
        <translation>A cash receipt for income deduction needs a mobile phone number, not {number}</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="25"/>
        <source>A cash receipt is for income deduction or expense proof</source>
        <translation>A cash receipt is for income deduction or expense proof</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="26"/>
        <source>A cash receipt is issued for cash payments only</source>
        <translation>A cash receipt is issued for cash payments only</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="27"/>
        <source>A claim needs a reason</source>
        <translation>A claim needs a reason</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="28"/>
        <source>A claimed quantity must be at least 1</source>
        <translation>A claimed quantity must be at least 1</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="29"/>
        <source>A colour is written #RRGGBB (e.g. #1565c0), not {text!r}</source>
        <translation>A colour is written #RRGGBB (e.g. #1565c0), not {text!r}</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="33"/>
        <source>A customer needs a name</source>
        <translation>A customer needs a name</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="34"/>
        <source>A customer&apos;s cancel request is approved by cancelling</source>
        <translation>A customer&apos;s cancel request is approved by cancelling</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="35"/>
        <source>A customer&apos;s cancel request is rejected with a message</source>
        <translation>A customer&apos;s cancel request is rejected with a message</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="36"/>
        <source>A delivery order needs a shipping address</source>
        <translation>A delivery order needs a shipping address</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="37"/>
        <source>A discount amount cannot be negative</source>
        <translation>A discount amount cannot be negative</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="38"/>
        <source>A discount must be a whole number, not {value!r}</source>
        <translation>A discount must be a whole number, not {value!r}</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="39"/>
        <source>A discount of {amount} is more than the line&apos;s {gross}</source>
        <translation>A discount of {amount} is more than the line&apos;s {gross}</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="40"/>
        <source>A free line needs a price: {name}</source>
        <translation>A free line needs a price: {name}</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="41"/>
        <source>A later change of order {code} already reached the shop: sending this older one now would undo it there</source>
        <translation>A later change of order {code} already reached the shop: sending this older one now would undo it there</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="45"/>
        <source>A memo is at most {most} characters</source>
        <translation>A memo is at most {most} characters</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="46"/>
        <source>A memo needs some text</source>
        <translation>A memo needs some text</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="47"/>
        <source>A message is at most {most} characters</source>
        <translation>A message is at most {most} characters</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="48"/>
        <source>A message needs some text</source>
        <translation>A message needs some text</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="49"/>
        <source>A notification needs a subject</source>
        <translation>A notification needs a subject</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="50"/>
        <source>A payment must be more than zero</source>
        <translation>A payment must be more than zero</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="51"/>
        <source>A percentage must be between 0 and 100, not {percent}</source>
        <translation>A percentage must be between 0 and 100, not {percent}</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="52"/>
        <source>A pickup goes from ready to delivered (picked up)</source>
        <translation>A pickup goes from ready to delivered (picked up)</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="53"/>
        <source>A quantity must be at least 1</source>
        <translation>A quantity must be at least 1</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="54"/>
        <source>A receipt is printed for one order at a time</source>
        <translation>A receipt is printed for one order at a time</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="55"/>
        <source>A refund line cannot be discounted</source>
        <translation>A refund line cannot be discounted</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="56"/>
        <source>A refund or fee line cannot be cancelled, returned or exchanged</source>
        <translation>A refund or fee line cannot be cancelled, returned or exchanged</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="60"/>
        <source>A row needs an order reference and a tracking number</source>
        <translation>A row needs an order reference and a tracking number</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="61"/>
        <source>A sale&apos;s receipt is printed {choices}</source>
        <translation>A sale&apos;s receipt is printed {choices}</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="62"/>
        <source>A serial port is COM1, COM2 … or a /dev path: {uri!r}</source>
        <translation>A serial port is COM1, COM2 … or a /dev path: {uri!r}</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="63"/>
        <source>A shop URL starts with https:// (or http://): {url!r}</source>
        <translation>A shop URL starts with https:// (or http://): {url!r}</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="64"/>
        <source>A shop needs a name</source>
        <translation>A shop needs a name</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="65"/>
        <source>A split must leave something in the original shipment</source>
        <translation>A split must leave something in the original shipment</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="66"/>
        <source>A staff member needs a name</source>
        <translation>A staff member needs a name</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="67"/>
        <source>A staff name has at most {n} characters</source>
        <translation>A staff name has at most {n} characters</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="68"/>
        <source>A status label is at most {most} characters</source>
        <translation>A status label is at most {most} characters</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="69"/>
        <source>A status label needs a name</source>
        <translation>A status label needs a name</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="70"/>
        <source>A tab needs a name</source>
        <translation>A tab needs a name</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="71"/>
        <source>A webhook needs a short name (at most 50 characters)</source>
        <translation>A webhook needs a short name (at most 50 characters)</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="72"/>
        <source>A {claim_kind} claim that is {claim_state} cannot be {claim_target}</source>
        <translation>A {claim_kind} claim that is {claim_state} cannot be {claim_target}</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="76"/>
        <source>Address {slot} added: {name} {address}</source>
        <translation>Address {slot} added: {name} {address}</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="77"/>
        <source>Address {slot} changed: {name} {address}</source>
        <translation>Address {slot} changed: {name} {address}</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="78"/>
        <source>Amount {text} has more decimals than {currency} allows</source>
        <translation>Amount {text} has more decimals than {currency} allows</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="79"/>
        <source>An address needs a recipient name</source>
        <translation>An address needs a recipient name</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="80"/>
        <source>An exchange shipment travels on its own</source>
        <translation>An exchange shipment travels on its own</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="81"/>
        <source>An in-memory database has nothing to back up</source>
        <translation>An in-memory database has nothing to back up</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="82"/>
        <source>An order keeps at most five shipping addresses</source>
        <translation>An order keeps at most five shipping addresses</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="83"/>
        <source>An order needs at least one line</source>
        <translation>An order needs at least one line</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="84"/>
        <source>At the counter payment is cash or card, not {method}</source>
        <translation>At the counter payment is cash or card, not {method}</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="85"/>
        <source>Backups are made of SQLite databases only, not {backend}</source>
        <translation>Backups are made of SQLite databases only, not {backend}</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="89"/>
        <source>Cancel request rejected: {reason}</source>
        <translation>Cancel request rejected: {reason}</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="90"/>
        <source>Cancel {items}: {claim_state} ({reason})</source>
        <translation>Cancel {items}: {claim_state} ({reason})</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="91"/>
        <source>Cancel {items}: {claim_state} ({reason}); pickup {carrier} {address}</source>
        <translation>Cancel {items}: {claim_state} ({reason}); pickup {carrier} {address}</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="95"/>
        <source>Cancelled: {reason}</source>
        <translation>Cancelled: {reason}</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="96"/>
        <source>Cancelling needs a reason</source>
        <translation>Cancelling needs a reason</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="97"/>
        <source>Cancelling needs a reason: use cancel</source>
        <translation>Cancelling needs a reason: use cancel</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="98"/>
        <source>Cannot open the database {url}: {detail}</source>
        <translation>Cannot open the database {url}: {detail}</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="99"/>
        <source>Cannot open the database: {orig}</source>
        <translation>Cannot open the database: {orig}</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="100"/>
        <source>Cannot write {target}: {detail}</source>
        <translation>Cannot write {target}: {detail}</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="101"/>
        <source>Change ({kind}) queued for the shop again; it had failed: {error}</source>
        <translation>Change ({kind}) queued for the shop again; it had failed: {error}</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="105"/>
        <source>Changed here and in the shop: stage {stage} here, {target} in the shop; waiting for staff (R43)</source>
        <translation>Changed here and in the shop: stage {stage} here, {target} in the shop; waiting for staff (R43)</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="109"/>
        <source>Changed here and in the shop: {field} {local} here, {remote} in the shop; waiting for staff (R43)</source>
        <translation>Changed here and in the shop: {field} {local} here, {remote} in the shop; waiting for staff (R43)</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="113"/>
        <source>Choose at least one line and a quantity</source>
        <translation>Choose at least one line and a quantity</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="114"/>
        <source>Choose at least one unit to split off</source>
        <translation>Choose at least one unit to split off</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="115"/>
        <source>Choose at least two shipments to merge</source>
        <translation>Choose at least two shipments to merge</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="116"/>
        <source>Choose the carrier of these numbers</source>
        <translation>Choose the carrier of these numbers</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="117"/>
        <source>Could not read {path}: {reason}</source>
        <translation>Could not read {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="118"/>
        <source>Could not store the secret of shop {name!r}: {reason}. Set the environment variable {variable} to the secret instead.</source>
        <translation>Could not store the secret of shop {name!r}: {reason}. Set the environment variable {variable} to the secret instead.</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="122"/>
        <source>Could not upgrade the database: {orig}</source>
        <translation>Could not upgrade the database: {orig}</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="123"/>
        <source>Could not write {path}: {reason}</source>
        <translation>Could not write {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="124"/>
        <source>Customer asked to confirm the edited order</source>
        <translation>Customer asked to confirm the edited order</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="125"/>
        <source>Customer confirmed the edited order</source>
        <translation>Customer confirmed the edited order</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="126"/>
        <source>Customer not notified ({event}): the order has no e-mail address</source>
        <translation>Customer not notified ({event}): the order has no e-mail address</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="130"/>
        <source>Customer not notified ({event}): the order has no mobile phone number</source>
        <translation>Customer not notified ({event}): the order has no mobile phone number</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="134"/>
        <source>Customers are written to in Korean (ko) or English (en)</source>
        <translation>Customers are written to in Korean (ko) or English (en)</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="135"/>
        <source>Discount on {name}: {amount}</source>
        <translation>Discount on {name}: {amount}</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="136"/>
        <source>Discount on {name}: {percent}%</source>
        <translation>Discount on {name}: {percent}%</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="137"/>
        <source>E-mail notifications need a sender address (From)</source>
        <translation>E-mail notifications need a sender address (From)</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="138"/>
        <source>E-mail notifications need an SMTP server</source>
        <translation>E-mail notifications need an SMTP server</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="139"/>
        <source>Edit confirmation request withdrawn</source>
        <translation>Edit confirmation request withdrawn</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="140"/>
        <source>Enter both the carrier and the tracking number</source>
        <translation>Enter both the carrier and the tracking number</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="141"/>
        <source>Exchange {items}: {claim_state} ({reason})</source>
        <translation>Exchange {items}: {claim_state} ({reason})</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="142"/>
        <source>Exchange {items}: {claim_state} ({reason}); pickup {carrier} {address}</source>
        <translation>Exchange {items}: {claim_state} ({reason}); pickup {carrier} {address}</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="146"/>
        <source>Export stopped; no file was written</source>
        <translation>Export stopped; no file was written</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="147"/>
        <source>Export to .xlsx or .csv, not a file without suffix</source>
        <translation>Export to .xlsx or .csv, not a file without suffix</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="148"/>
        <source>Export to .xlsx or .csv, not {suffix}</source>
        <translation>Export to .xlsx or .csv, not {suffix}</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="149"/>
        <source>Give a discount as either an amount or a percentage</source>
        <translation>Give a discount as either an amount or a percentage</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="150"/>
        <source>Give a number of minutes between 0 and 1440</source>
        <translation>Give a number of minutes between 0 and 1440</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="151"/>
        <source>Import a .xlsx or .csv file, not {suffix}</source>
        <translation>Import a .xlsx or .csv file, not {suffix}</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="152"/>
        <source>Instalment months cannot be negative</source>
        <translation>Instalment months cannot be negative</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="153"/>
        <source>Job #{job_id} cancelled</source>
        <translation>Job #{job_id} cancelled</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="154"/>
        <source>Job #{job_id} moved to {where}</source>
        <translation>Job #{job_id} moved to {where}</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="155"/>
        <source>Line added: {name} × {quantity} ({line_kind})</source>
        <translation>Line added: {name} × {quantity} ({line_kind})</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="156"/>
        <source>Line removed: {name} × {quantity}</source>
        <translation>Line removed: {name} × {quantity}</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="157"/>
        <source>Local stage change ({stages}) not sent to the shop: {why} (R43)</source>
        <translation>Local stage change ({stages}) not sent to the shop: {why} (R43)</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="161"/>
        <source>Locked until {time}</source>
        <translation>Locked until {time}</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="162"/>
        <source>Memo for the customer: {text}</source>
        <translation>Memo for the customer: {text}</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="163"/>
        <source>Memo: {text}</source>
        <translation>Memo: {text}</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="164"/>
        <source>Message from the customer: {text}</source>
        <translation>Message from the customer: {text}</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="165"/>
        <source>Message to the customer ({via}): {text}</source>
        <translation>Message to the customer ({via}): {text}</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="166"/>
        <source>Moving an order back needs a reason</source>
        <translation>Moving an order back needs a reason</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="167"/>
        <source>No active staff member {name}</source>
        <translation>No active staff member {name}</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="168"/>
        <source>No database driver for {drivername}: {name}</source>
        <translation>No database driver for {drivername}: {name}</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="169"/>
        <source>No file at {path}</source>
        <translation>No file at {path}</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="170"/>
        <source>No list tab {tab_id}</source>
        <translation>No list tab {tab_id}</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="171"/>
        <source>No order or tracking column among {headers}</source>
        <translation>No order or tracking column among {headers}</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="172"/>
        <source>No order {text!r}</source>
        <translation>No order {text!r}</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="173"/>
        <source>No outbox row {entry_id}</source>
        <translation>No outbox row {entry_id}</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="174"/>
        <source>No print job #{job_id}</source>
        <translation>No print job #{job_id}</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="175"/>
        <source>No printer is set up for this document: choose one in printer settings</source>
        <translation>No printer is set up for this document: choose one in printer settings</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="179"/>
        <source>No product with SKU {sku!r}</source>
        <translation>No product with SKU {sku!r}</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="180"/>
        <source>No secret for shop {name!r}: {reason}. Run &apos;backoffice shop add&apos; again, or set the environment variable {variable}.</source>
        <translation>No secret for shop {name!r}: {reason}. Run &apos;backoffice shop add&apos; again, or set the environment variable {variable}.</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="184"/>
        <source>No shop with id {shop_id}</source>
        <translation>No shop with id {shop_id}</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="185"/>
        <source>No sync conflict {conflict_id}</source>
        <translation>No sync conflict {conflict_id}</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="186"/>
        <source>Not a database URL: {url}</source>
        <translation>Not a database URL: {url}</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="187"/>
        <source>Not an amount: {text!r}</source>
        <translation>Not an amount: {text!r}</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="188"/>
        <source>Not enough space in {folder}: the backup needs about {need}, {free} is free</source>
        <translation>Not enough space in {folder}: the backup needs about {need}, {free} is free</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="192"/>
        <source>Nothing to print: no orders given</source>
        <translation>Nothing to print: no orders given</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="193"/>
        <source>Nothing to refund</source>
        <translation>Nothing to refund</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="194"/>
        <source>Notifications are written in Korean (ko) or English (en)</source>
        <translation>Notifications are written in Korean (ko) or English (en)</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="198"/>
        <source>Notifications go through the shop, by e-mail, by SMS or not at all, not {channel}</source>
        <translation>Notifications go through the shop, by e-mail, by SMS or not at all, not {channel}</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="202"/>
        <source>Notified customer by e-mail: {subject}</source>
        <translation>Notified customer by e-mail: {subject}</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="203"/>
        <source>Notified customer through the web shop: {subject}</source>
        <translation>Notified customer through the web shop: {subject}</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="204"/>
        <source>Only a manager can change settings</source>
        <translation>Only a manager can change settings</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="205"/>
        <source>Only a manager can change the custom statuses</source>
        <translation>Only a manager can change the custom statuses</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="206"/>
        <source>Only a manager can change the printer settings</source>
        <translation>Only a manager can change the printer settings</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="207"/>
        <source>Only a manager can change the shop settings</source>
        <translation>Only a manager can change the shop settings</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="208"/>
        <source>Only a manager can delete an order</source>
        <translation>Only a manager can delete an order</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="209"/>
        <source>Only a manager can do this</source>
        <translation>Only a manager can do this</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="210"/>
        <source>Only a manager can manage staff</source>
        <translation>Only a manager can manage staff</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="211"/>
        <source>Only a manager can move an order back to an earlier stage</source>
        <translation>Only a manager can move an order back to an earlier stage</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="215"/>
        <source>Only a manager can refund</source>
        <translation>Only a manager can refund</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="216"/>
        <source>Only a manager can revive a cancelled order</source>
        <translation>Only a manager can revive a cancelled order</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="217"/>
        <source>Only a refund line can have a negative price</source>
        <translation>Only a refund line can have a negative price</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="218"/>
        <source>Only an exchange takes replacement products</source>
        <translation>Only an exchange takes replacement products</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="219"/>
        <source>Only cash is handed over and counted</source>
        <translation>Only cash is handed over and counted</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="220"/>
        <source>Only returned goods can be marked damaged</source>
        <translation>Only returned goods can be marked damaged</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="221"/>
        <source>Only {shipping_fee} of shipping was charged on {code}</source>
        <translation>Only {shipping_fee} of shipping was charged on {code}</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="222"/>
        <source>Order created at the {channel}: {count} items, {total}</source>
        <translation>Order created at the {channel}: {count} items, {total}</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="223"/>
        <source>Order created at the {channel}: {count} items, {total}; paid {paid} by {method}</source>
        <translation>Order created at the {channel}: {count} items, {total}; paid {paid} by {method}</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="227"/>
        <source>Order created at the {channel}: {count} items, {total}; paid {paid} by {method}; payment requested: {link}</source>
        <translation>Order created at the {channel}: {count} items, {total}; paid {paid} by {method}; payment requested: {link}</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="231"/>
        <source>Order created at the {channel}: {count} items, {total}; paid {paid} by {method}; payment requested: {link}; replaces {old_code}</source>
        <translation>Order created at the {channel}: {count} items, {total}; paid {paid} by {method}; payment requested: {link}; replaces {old_code}</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="235"/>
        <source>Order created at the {channel}: {count} items, {total}; paid {paid} by {method}; replaces {old_code}</source>
        <translation>Order created at the {channel}: {count} items, {total}; paid {paid} by {method}; replaces {old_code}</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="239"/>
        <source>Order created at the {channel}: {count} items, {total}; payment requested: {link}</source>
        <translation>Order created at the {channel}: {count} items, {total}; payment requested: {link}</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="243"/>
        <source>Order created at the {channel}: {count} items, {total}; payment requested: {link}; replaces {old_code}</source>
        <translation>Order created at the {channel}: {count} items, {total}; payment requested: {link}; replaces {old_code}</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="247"/>
        <source>Order created at the {channel}: {count} items, {total}; replaces {old_code}</source>
        <translation>Order created at the {channel}: {count} items, {total}; replaces {old_code}</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="251"/>
        <source>Order placed ({channel}), {count} items</source>
        <translation>Order placed ({channel}), {count} items</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="252"/>
        <source>Order {code} already has a cancel request</source>
        <translation>Order {code} already has a cancel request</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="253"/>
        <source>Order {code} already keeps {MAX_ADDRESSES} shipping addresses</source>
        <translation>Order {code} already keeps {MAX_ADDRESSES} shipping addresses</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="257"/>
        <source>Order {code} cannot be reverted to {target}</source>
        <translation>Order {code} cannot be reverted to {target}</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="258"/>
        <source>Order {code} deleted: no reason given</source>
        <translation>Order {code} deleted: no reason given</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="259"/>
        <source>Order {code} deleted: {reason}</source>
        <translation>Order {code} deleted: {reason}</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="260"/>
        <source>Order {code} has no address {slot}</source>
        <translation>Order {code} has no address {slot}</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="261"/>
        <source>Order {code} has no claim {claim_id}</source>
        <translation>Order {code} has no claim {claim_id}</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="262"/>
        <source>Order {code} has no e-mail address</source>
        <translation>Order {code} has no e-mail address</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="263"/>
        <source>Order {code} has no line {line_id}</source>
        <translation>Order {code} has no line {line_id}</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="264"/>
        <source>Order {code} has no open cancel request</source>
        <translation>Order {code} has no open cancel request</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="265"/>
        <source>Order {code} has no payment request {request_id}</source>
        <translation>Order {code} has no payment request {request_id}</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="266"/>
        <source>Order {code} has no phone number to text</source>
        <translation>Order {code} has no phone number to text</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="267"/>
        <source>Order {code} has no shipment #{number}</source>
        <translation>Order {code} has no shipment #{number}</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="268"/>
        <source>Order {code} has no such line</source>
        <translation>Order {code} has no such line</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="269"/>
        <source>Order {code} is a pickup order: it goes from ready to delivered (picked up)</source>
        <translation>Order {code} is a pickup order: it goes from ready to delivered (picked up)</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="273"/>
        <source>Order {code} is a pickup order: it is not shipped</source>
        <translation>Order {code} is a pickup order: it is not shipped</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="274"/>
        <source>Order {code} is already cancelled</source>
        <translation>Order {code} is already cancelled</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="275"/>
        <source>Order {code} is cancelled: a purchase is confirmed once the goods are with the customer</source>
        <translation>Order {code} is cancelled: a purchase is confirmed once the goods are with the customer</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="279"/>
        <source>Order {code} is cancelled: it cannot move forward</source>
        <translation>Order {code} is cancelled: it cannot move forward</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="280"/>
        <source>Order {code} is cancelled: it takes no payment</source>
        <translation>Order {code} is cancelled: it takes no payment</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="281"/>
        <source>Order {code} is cancelled: its claims are closed</source>
        <translation>Order {code} is cancelled: its claims are closed</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="282"/>
        <source>Order {code} is completed: it can no longer be cancelled</source>
        <translation>Order {code} is completed: it can no longer be cancelled</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="286"/>
        <source>Order {code} is completed: it cannot be reverted</source>
        <translation>Order {code} is completed: it cannot be reverted</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="287"/>
        <source>Order {code} is completed: it cannot change</source>
        <translation>Order {code} is completed: it cannot change</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="288"/>
        <source>Order {code} is completed: returns are closed</source>
        <translation>Order {code} is completed: returns are closed</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="289"/>
        <source>Order {code} is not cancelled</source>
        <translation>Order {code} is not cancelled</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="290"/>
        <source>Order {code} is only {stage}: a purchase is confirmed once the goods are with the customer</source>
        <translation>Order {code} is only {stage}: a purchase is confirmed once the goods are with the customer</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="294"/>
        <source>Order {code} is still {stage}: only a lapsed or cancelled order is replaced by a new one</source>
        <translation>Order {code} is still {stage}: only a lapsed or cancelled order is replaced by a new one</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="298"/>
        <source>Order {code} is {stage}</source>
        <translation>Order {code} is {stage}</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="299"/>
        <source>Order {code} is {stage}: its shipments cannot change</source>
        <translation>Order {code} is {stage}: its shipments cannot change</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="300"/>
        <source>Order {code} is {stage}: move it to preparing first</source>
        <translation>Order {code} is {stage}: move it to preparing first</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="301"/>
        <source>Order {code} is {stage}: no payment can be asked</source>
        <translation>Order {code} is {stage}: no payment can be asked</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="302"/>
        <source>Order {code} is {stage}: only shipped or delivered goods can be exchanged; cancel them instead</source>
        <translation>Order {code} is {stage}: only shipped or delivered goods can be exchanged; cancel them instead</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="306"/>
        <source>Order {code} is {stage}: only shipped or delivered goods can be returned; cancel them instead</source>
        <translation>Order {code} is {stage}: only shipped or delivered goods can be returned; cancel them instead</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="310"/>
        <source>Order {code} is {stage}: quantities can change only while preparing</source>
        <translation>Order {code} is {stage}: quantities can change only while preparing</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="314"/>
        <source>Order {code} is {stage}: shipments can be split only while preparing</source>
        <translation>Order {code} is {stage}: shipments can be split only while preparing</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="318"/>
        <source>Order {code} is {stage}: the order sheet can be edited only while received or preparing</source>
        <translation>Order {code} is {stage}: the order sheet can be edited only while received or preparing</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="322"/>
        <source>Order {code} is {stage}: the original order can only be paid while pending payment or new; send a payment request instead</source>
        <translation>Order {code} is {stage}: the original order can only be paid while pending payment or new; send a payment request instead</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="326"/>
        <source>Order {code} is {stage}: {target} is not a forward move (a manager can revert instead)</source>
        <translation>Order {code} is {stage}: {target} is not a forward move (a manager can revert instead)</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="330"/>
        <source>Order {code} is {stage}: {target} is not an earlier stage</source>
        <translation>Order {code} is {stage}: {target} is not an earlier stage</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="334"/>
        <source>Order {code} needs a carrier and a tracking number to be shipped</source>
        <translation>Order {code} needs a carrier and a tracking number to be shipped</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="338"/>
        <source>Order {code} owes nothing that is not already asked for</source>
        <translation>Order {code} owes nothing that is not already asked for</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="339"/>
        <source>Order {code} owes {balance}: a payment of {amount} is too much</source>
        <translation>Order {code} owes {balance}: a payment of {amount} is too much</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="343"/>
        <source>Order {code} owes {owed} beyond open requests: {amount} is too much</source>
        <translation>Order {code} owes {owed} beyond open requests: {amount} is too much</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="347"/>
        <source>Order {code} still waits for payment of {balance}: confirm to prepare it anyway</source>
        <translation>Order {code} still waits for payment of {balance}: confirm to prepare it anyway</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="351"/>
        <source>Order {code} used only {points_used} points</source>
        <translation>Order {code} used only {points_used} points</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="352"/>
        <source>Order {code} waits for the customer to confirm its edit: it moves on once they confirm, or after you withdraw the request</source>
        <translation>Order {code} waits for the customer to confirm its edit: it moves on once they confirm, or after you withdraw the request</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="356"/>
        <source>Order {code} waits for the customer to confirm its edit: withdraw the request to change it</source>
        <translation>Order {code} waits for the customer to confirm its edit: withdraw the request to change it</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="360"/>
        <source>Order {code} was cancelled because its deposit deadline passed: it cannot be revived; create a new order instead</source>
        <translation>Order {code} was cancelled because its deposit deadline passed: it cannot be revived; create a new order instead</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="364"/>
        <source>Order {code} was changed by {who} at {time} — reload</source>
        <translation>Order {code} was changed by {who} at {time} — reload</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="365"/>
        <source>Order {code} was changed elsewhere — reload</source>
        <translation>Order {code} was changed elsewhere — reload</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="366"/>
        <source>Order {code} was paid {paid} and refunded {refunded}: {amount} more is too much</source>
        <translation>Order {code} was paid {paid} and refunded {refunded}: {amount} more is too much</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="370"/>
        <source>Order {code}: no confirmation of an edit is requested</source>
        <translation>Order {code}: no confirmation of an edit is requested</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="371"/>
        <source>Order {code}: there is no edit to confirm</source>
        <translation>Order {code}: there is no edit to confirm</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="372"/>
        <source>Output must end in .pdf, .png or .bin: {path}</source>
        <translation>Output must end in .pdf, .png or .bin: {path}</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="373"/>
        <source>Payment of {amount} by {method}</source>
        <translation>Payment of {amount} by {method}</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="374"/>
        <source>Payment of {amount} by {method}; stage {stage} → {target}</source>
        <translation>Payment of {amount} by {method}; stage {stage} → {target}</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="378"/>
        <source>Payment of {amount} requested: {link}</source>
        <translation>Payment of {amount} requested: {link}</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="379"/>
        <source>Payment of {amount} requested; the web shop makes its payment page</source>
        <translation>Payment of {amount} requested; the web shop makes its payment page</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="383"/>
        <source>Payment page for {amount} ready in the web shop: {link}</source>
        <translation>Payment page for {amount} ready in the web shop: {link}</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="384"/>
        <source>Payment request of {amount} paid by {method}</source>
        <translation>Payment request of {amount} paid by {method}</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="385"/>
        <source>Payment request of {amount} paid by {method}; stage {stage} → {target}</source>
        <translation>Payment request of {amount} paid by {method}; stage {stage} → {target}</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="389"/>
        <source>Payment request of {amount} withdrawn</source>
        <translation>Payment request of {amount} withdrawn</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="390"/>
        <source>Points go back only to a member&apos;s account</source>
        <translation>Points go back only to a member&apos;s account</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="391"/>
        <source>Print job #{job_id} is {job_state}: it cannot be cancelled</source>
        <translation>Print job #{job_id} is {job_state}: it cannot be cancelled</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="395"/>
        <source>Print job #{job_id} is {job_state}: it cannot be moved now</source>
        <translation>Print job #{job_id} is {job_state}: it cannot be moved now</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="399"/>
        <source>Print job #{job_id} is {job_state}: only a job that did not reach the printer can be retried; reprint it instead</source>
        <translation>Print job #{job_id} is {job_state}: only a job that did not reach the printer can be retried; reprint it instead</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="403"/>
        <source>Print job #{job_id} is {job_state}: only a sent or uncertain job is reprinted</source>
        <translation>Print job #{job_id} is {job_state}: only a sent or uncertain job is reprinted</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="407"/>
        <source>Print language must be one of {choices}</source>
        <translation>Print language must be one of {choices}</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="408"/>
        <source>Printer address has no host: {uri!r}</source>
        <translation>Printer address has no host: {uri!r}</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="409"/>
        <source>Printer address has no path: {uri!r}</source>
        <translation>Printer address has no path: {uri!r}</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="410"/>
        <source>Printer address is incomplete: {uri!r}</source>
        <translation>Printer address is incomplete: {uri!r}</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="411"/>
        <source>Printer address must start with {choices}: {uri!r}</source>
        <translation>Printer address must start with {choices}: {uri!r}</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="412"/>
        <source>Printer address {uri!r}: {exc}</source>
        <translation>Printer address {uri!r}: {exc}</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="413"/>
        <source>Printer port is not a number: {uri!r}</source>
        <translation>Printer port is not a number: {uri!r}</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="414"/>
        <source>Printer width must be a multiple of 8 dots (384, 512, 576): {uri!r}</source>
        <translation>Printer width must be a multiple of 8 dots (384, 512, 576): {uri!r}</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="418"/>
        <source>Quantity of {name}: {before} → {quantity}</source>
        <translation>Quantity of {name}: {before} → {quantity}</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="419"/>
        <source>Refund of {amount}</source>
        <translation>Refund of {amount}</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="420"/>
        <source>Refund of {amount} and {points} points</source>
        <translation>Refund of {amount} and {points} points</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="421"/>
        <source>Refund of {amount} and {points} points: {reason}</source>
        <translation>Refund of {amount} and {points} points: {reason}</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="422"/>
        <source>Refund of {amount} in the shop</source>
        <translation>Refund of {amount} in the shop</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="423"/>
        <source>Refund of {amount} in the shop: {reason}</source>
        <translation>Refund of {amount} in the shop: {reason}</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="424"/>
        <source>Refund of {amount}: {reason}</source>
        <translation>Refund of {amount}: {reason}</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="425"/>
        <source>Refund portions are entered as positive amounts</source>
        <translation>Refund portions are entered as positive amounts</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="426"/>
        <source>Rejecting a cancel request needs a reason for the customer</source>
        <translation>Rejecting a cancel request needs a reason for the customer</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="430"/>
        <source>Rejecting a claim needs a reason</source>
        <translation>Rejecting a claim needs a reason</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="431"/>
        <source>Replaced by order {code}</source>
        <translation>Replaced by order {code}</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="432"/>
        <source>Retrying job #{job_id}</source>
        <translation>Retrying job #{job_id}</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="433"/>
        <source>Return {items}: {claim_state} ({reason})</source>
        <translation>Return {items}: {claim_state} ({reason})</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="434"/>
        <source>Return {items}: {claim_state} ({reason}); pickup {carrier} {address}</source>
        <translation>Return {items}: {claim_state} ({reason}); pickup {carrier} {address}</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="438"/>
        <source>SMS notifications need the SMS provider&apos;s user id</source>
        <translation>SMS notifications need the SMS provider&apos;s user id</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="439"/>
        <source>SMS notifications need the shop&apos;s registered sender number</source>
        <translation>SMS notifications need the shop&apos;s registered sender number</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="443"/>
        <source>SMTP security is STARTTLS, SSL or plain, not {security}</source>
        <translation>SMTP security is STARTTLS, SSL or plain, not {security}</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="444"/>
        <source>Shipment #{number} carries only {quantity} of {name}</source>
        <translation>Shipment #{number} carries only {quantity} of {name}</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="445"/>
        <source>Shipment #{number} does not carry that line</source>
        <translation>Shipment #{number} does not carry that line</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="446"/>
        <source>Shipment #{number} goes to address {slot} ({name})</source>
        <translation>Shipment #{number} goes to address {slot} ({name})</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="447"/>
        <source>Shipment #{number} is already {stage}</source>
        <translation>Shipment #{number} is already {stage}</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="448"/>
        <source>Shipment #{number} is already {stage}: it cannot be merged</source>
        <translation>Shipment #{number} is already {stage}: it cannot be merged</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="452"/>
        <source>Shipment #{number} is empty</source>
        <translation>Shipment #{number} is empty</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="453"/>
        <source>Shipment #{number} is {stage}: {target} is not a forward move</source>
        <translation>Shipment #{number} is {stage}: {target} is not a forward move</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="457"/>
        <source>Shipment #{number} needs a carrier and a tracking number to be shipped</source>
        <translation>Shipment #{number} needs a carrier and a tracking number to be shipped</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="461"/>
        <source>Shipment #{number} split: {units} units to #{target_number}</source>
        <translation>Shipment #{number} split: {units} units to #{target_number}</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="465"/>
        <source>Shipment #{number} {stage} → {target}; order {order_stage}</source>
        <translation>Shipment #{number} {stage} → {target}; order {order_stage}</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="469"/>
        <source>Shipment #{number}: {carrier} {tracking}</source>
        <translation>Shipment #{number}: {carrier} {tracking}</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="470"/>
        <source>Shipments {numbers} merged into #{target_number}</source>
        <translation>Shipments {numbers} merged into #{target_number}</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="471"/>
        <source>Shop order {number}: the shop&apos;s total is {shop} but its lines, fees, shipping and tax make {local} here; not imported</source>
        <translation>Shop order {number}: the shop&apos;s total is {shop} but its lines, fees, shipping and tax make {local} here; not imported</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="475"/>
        <source>Stage change to {target} not sent: {error} (R43)</source>
        <translation>Stage change to {target} not sent: {error} (R43)</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="476"/>
        <source>Stage {stage} already has a label {name!r}</source>
        <translation>Stage {stage} already has a label {name!r}</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="477"/>
        <source>Stage {stage} → {target}</source>
        <translation>Stage {stage} → {target}</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="478"/>
        <source>Stage {stage} → {target} (confirmed by the customer)</source>
        <translation>Stage {stage} → {target} (confirmed by the customer)</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="479"/>
        <source>Stage {stage} → {target} (reverted: {reason})</source>
        <translation>Stage {stage} → {target} (reverted: {reason})</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="480"/>
        <source>Stage {stage} → {target} ({carrier} {tracking})</source>
        <translation>Stage {stage} → {target} ({carrier} {tracking})</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="481"/>
        <source>Stage {stage} → {target} ({days} days after delivery)</source>
        <translation>Stage {stage} → {target} ({days} days after delivery)</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="482"/>
        <source>Status label {name!r} deleted: removed from the order</source>
        <translation>Status label {name!r} deleted: removed from the order</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="483"/>
        <source>Status label: {name}</source>
        <translation>Status label: {name}</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="484"/>
        <source>Sync conflict resolved: kept the shop&apos;s version</source>
        <translation>Sync conflict resolved: kept the shop&apos;s version</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="485"/>
        <source>Sync conflict resolved: kept this computer&apos;s version</source>
        <translation>Sync conflict resolved: kept this computer&apos;s version</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="486"/>
        <source>Sync conflict {conflict_id} is already resolved</source>
        <translation>Sync conflict {conflict_id} is already resolved</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="487"/>
        <source>That change is no longer waiting for a decision</source>
        <translation>That change is no longer waiting for a decision</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="488"/>
        <source>That custom status no longer exists</source>
        <translation>That custom status no longer exists</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="489"/>
        <source>That customer no longer exists</source>
        <translation>That customer no longer exists</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="490"/>
        <source>That is not a card number</source>
        <translation>That is not a card number</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="491"/>
        <source>That payment request is already {request_state}</source>
        <translation>That payment request is already {request_state}</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="492"/>
        <source>The SMS API key is empty</source>
        <translation>The SMS API key is empty</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="493"/>
        <source>The SMS provider&apos;s address must start with https://</source>
        <translation>The SMS provider&apos;s address must start with https://</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="494"/>
        <source>The SMTP password is empty</source>
        <translation>The SMTP password is empty</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="495"/>
        <source>The backup copy failed its integrity check: {detail}</source>
        <translation>The backup copy failed its integrity check: {detail}</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="496"/>
        <source>The backup could not be written to {target}: {detail}</source>
        <translation>The backup could not be written to {target}: {detail}</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="497"/>
        <source>The backup failed: {detail}</source>
        <translation>The backup failed: {detail}</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="498"/>
        <source>The cash drawer is on pin 2 or 5 (0 for no drawer)</source>
        <translation>The cash drawer is on pin 2 or 5 (0 for no drawer)</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="499"/>
        <source>The coupon deduction is larger than the refund</source>
        <translation>The coupon deduction is larger than the refund</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="500"/>
        <source>The customer asked to cancel the order: {reason}</source>
        <translation>The customer asked to cancel the order: {reason}</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="501"/>
        <source>The database file {path} does not exist</source>
        <translation>The database file {path} does not exist</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="502"/>
        <source>The database refused the change: {orig}</source>
        <translation>The database refused the change: {orig}</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="503"/>
        <source>The file has no column {header!r}</source>
        <translation>The file has no column {header!r}</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="504"/>
        <source>The folder {folder} cannot be written to</source>
        <translation>The folder {folder} cannot be written to</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="505"/>
        <source>The folder {folder} does not exist</source>
        <translation>The folder {folder} does not exist</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="506"/>
        <source>The key can go in the query string only to an https:// shop</source>
        <translation>The key can go in the query string only to an https:// shop</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="510"/>
        <source>The list keeps at least one tab</source>
        <translation>The list keeps at least one tab</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="511"/>
        <source>The number of days before completion cannot be negative</source>
        <translation>The number of days before completion cannot be negative</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="512"/>
        <source>The number of demo orders cannot be negative</source>
        <translation>The number of demo orders cannot be negative</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="513"/>
        <source>The order no longer exists</source>
        <translation>The order no longer exists</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="514"/>
        <source>The replacement product no longer exists</source>
        <translation>The replacement product no longer exists</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="515"/>
        <source>The subject must be a single line</source>
        <translation>The subject must be a single line</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="516"/>
        <source>The template has an unmatched brace ({detail}): write {{{{ or }}}} for a brace itself</source>
        <translation>The template has an unmatched brace ({detail}): write {{{{ or }}}} for a brace itself</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="520"/>
        <source>The {document} is an A4 document for one order: save it as .pdf</source>
        <translation>The {document} is an A4 document for one order: save it as .pdf</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="524"/>
        <source>There is already a manager: ask them to add you</source>
        <translation>There is already a manager: ask them to add you</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="525"/>
        <source>There is already a staff member called {name}</source>
        <translation>There is already a staff member called {name}</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="526"/>
        <source>There is no notification for {event}</source>
        <translation>There is no notification for {event}</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="527"/>
        <source>These shipments go to different addresses: give them the same address first</source>
        <translation>These shipments go to different addresses: give them the same address first</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="531"/>
        <source>This database already has orders: demo data only goes into a new, empty database (use --db with a new file)</source>
        <translation>This database already has orders: demo data only goes into a new, empty database (use --db with a new file)</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="535"/>
        <source>This database already has products: demo data only goes into a new, empty database</source>
        <translation>This database already has products: demo data only goes into a new, empty database</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="539"/>
        <source>This database has used every order code of its namespace</source>
        <translation>This database has used every order code of its namespace</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="543"/>
        <source>This database holds tables that are not Backoffice&apos;s; refusing to use it</source>
        <translation>This database holds tables that are not Backoffice&apos;s; refusing to use it</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="547"/>
        <source>This database was written by a newer version of Backoffice (schema {current}); update the app before opening it</source>
        <translation>This database was written by a newer version of Backoffice (schema {current}); update the app before opening it</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="551"/>
        <source>This is a PostgreSQL database: back it up on the server with pg_dump (pg_dump --format=custom --file FILE DBNAME)</source>
        <translation>This is a PostgreSQL database: back it up on the server with pg_dump (pg_dump --format=custom --file FILE DBNAME)</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="555"/>
        <source>This order was changed elsewhere since it was opened — reload</source>
        <translation>This order was changed elsewhere since it was opened — reload</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="559"/>
        <source>This shipment is already delivered</source>
        <translation>This shipment is already delivered</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="560"/>
        <source>USB printer must be usb://VID:PID in hex (usb://04b8:0202): {uri!r}</source>
        <translation>USB printer must be usb://VID:PID in hex (usb://04b8:0202): {uri!r}</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="564"/>
        <source>Unknown carrier {name!r}</source>
        <translation>Unknown carrier {name!r}</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="565"/>
        <source>Unknown channel {channel!r}; use one of {choices}</source>
        <translation>Unknown channel {channel!r}; use one of {choices}</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="566"/>
        <source>Unknown claim kind {kind!r}; use one of {choices}</source>
        <translation>Unknown claim kind {kind!r}; use one of {choices}</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="567"/>
        <source>Unknown courier columns: {columns}</source>
        <translation>Unknown courier columns: {columns}</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="568"/>
        <source>Unknown currency {currency!r}</source>
        <translation>Unknown currency {currency!r}</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="569"/>
        <source>Unknown document {kind!r}; choose one of {choices}</source>
        <translation>Unknown document {kind!r}; choose one of {choices}</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="570"/>
        <source>Unknown export column {key!r}</source>
        <translation>Unknown export column {key!r}</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="571"/>
        <source>Unknown export columns: {columns}</source>
        <translation>Unknown export columns: {columns}</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="572"/>
        <source>Unknown kind of database {drivername!r} in {url}: use sqlite:///FILE, a file path, or postgresql+psycopg://…</source>
        <translation>Unknown kind of database {drivername!r} in {url}: use sqlite:///FILE, a file path, or postgresql+psycopg://…</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="576"/>
        <source>Unknown line kind {kind!r}</source>
        <translation>Unknown line kind {kind!r}</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="577"/>
        <source>Unknown payment method {method!r}; use one of {choices}</source>
        <translation>Unknown payment method {method!r}; use one of {choices}</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="578"/>
        <source>Unknown placeholder {names}. Use one of: {known}</source>
        <translation>Unknown placeholder {names}. Use one of: {known}</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="579"/>
        <source>Unknown role {role}; use staff or manager</source>
        <translation>Unknown role {role}; use staff or manager</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="580"/>
        <source>Unknown setting {key}</source>
        <translation>Unknown setting {key}</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="581"/>
        <source>Unknown shop kind {kind!r}; use one of {choices}</source>
        <translation>Unknown shop kind {kind!r}; use one of {choices}</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="582"/>
        <source>Unknown stage {text!r}; use one of: {names}</source>
        <translation>Unknown stage {text!r}; use one of: {names}</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="583"/>
        <source>Write placeholders plainly, as {{{field}}}</source>
        <translation>Write placeholders plainly, as {{{field}}}</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="584"/>
        <source>Wrong PIN (1 try left)</source>
        <translation>Wrong PIN (1 try left)</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="585"/>
        <source>Wrong PIN ({left} tries left)</source>
        <translation>Wrong PIN ({left} tries left)</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="586"/>
        <source>Wrong PIN: locked until {time}</source>
        <translation>Wrong PIN: locked until {time}</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="587"/>
        <source>{display_name} ({sku}) has only {stock} in stock</source>
        <translation>{display_name} ({sku}) has only {stock} in stock</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="588"/>
        <source>{document} did not print on {where}: {error} (job #{job_id})</source>
        <translation>{document} did not print on {where}: {error} (job #{job_id})</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="592"/>
        <source>{document} may not have printed on {where}: {error} (job #{job_id})</source>
        <translation>{document} may not have printed on {where}: {error} (job #{job_id})</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="596"/>
        <source>{document} may not have printed: The app stopped while sending this job: check the paper, then reprint if needed (job #{job_id})</source>
        <translation>{document} may not have printed: The app stopped while sending this job: check the paper, then reprint if needed (job #{job_id})</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="600"/>
        <source>{document} printed on {where} (job #{job_id})</source>
        <translation>{document} printed on {where} (job #{job_id})</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="601"/>
        <source>{document} queued for {where} (job #{job_id})</source>
        <translation>{document} queued for {where} (job #{job_id})</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="602"/>
        <source>{document} queued for {where} (reprint of job #{reprint_of}) (job #{job_id})</source>
        <translation>{document} queued for {where} (reprint of job #{reprint_of}) (job #{job_id})</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="606"/>
        <source>{field} is longer than {limit} characters</source>
        <translation>{field} is longer than {limit} characters</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="607"/>
        <source>{field} is too long: at most {limit} characters ({length} given)</source>
        <translation>{field} is too long: at most {limit} characters ({length} given)</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="611"/>
        <source>{name!r} belongs to stage {label_stage}, the order is {stage}</source>
        <translation>{name!r} belongs to stage {label_stage}, the order is {stage}</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="615"/>
        <source>{name} already has quantity {quantity}</source>
        <translation>{name} already has quantity {quantity}</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="616"/>
        <source>{name} has cancellations, returns or exchanges: it cannot be removed</source>
        <translation>{name} has cancellations, returns or exchanges: it cannot be removed</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="620"/>
        <source>{name} has no PIN yet: a manager sets one</source>
        <translation>{name} has no PIN yet: a manager sets one</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="621"/>
        <source>{name} is already a member with {phone}</source>
        <translation>{name} is already a member with {phone}</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="622"/>
        <source>{name} is not a manager</source>
        <translation>{name} is not a manager</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="623"/>
        <source>{name} is the last manager: add another manager first</source>
        <translation>{name} is the last manager: add another manager first</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="624"/>
        <source>{name} is the order&apos;s only line: cancel the order instead</source>
        <translation>{name} is the order&apos;s only line: cancel the order instead</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="628"/>
        <source>{name}: only {left} of {quantity} can be cancelled now</source>
        <translation>{name}: only {left} of {quantity} can be cancelled now</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="629"/>
        <source>{name}: only {left} of {quantity} can be returned or exchanged now</source>
        <translation>{name}: only {left} of {quantity} can be returned or exchanged now</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="633"/>
        <source>{name}: the quantity must stay above {settled}; remove the line instead</source>
        <translation>{name}: the quantity must stay above {settled}; remove the line instead</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="637"/>
        <source>{name}: {shipped} already shipped; only {available} can still be taken out</source>
        <translation>{name}: {shipped} already shipped; only {available} can still be taken out</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="641"/>
        <source>{path} has no rows</source>
        <translation>{path} has no rows</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="642"/>
        <source>{path} is a folder: give a file name</source>
        <translation>{path} is a folder: give a file name</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="643"/>
        <source>{path} is neither UTF-8 nor CP949 text</source>
        <translation>{path} is neither UTF-8 nor CP949 text</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="644"/>
        <source>{path} is not an Excel file we can read</source>
        <translation>{path} is not an Excel file we can read</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="645"/>
        <source>{port} is not a port number</source>
        <translation>{port} is not a port number</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="646"/>
        <source>{reference} has nothing left to ship</source>
        <translation>{reference} has nothing left to ship</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="647"/>
        <source>{reference} is on an earlier row of this file</source>
        <translation>{reference} is on an earlier row of this file</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="648"/>
        <source>{reference} is shipped already</source>
        <translation>{reference} is shipped already</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="649"/>
        <source>{target} is a folder; give a file name for the backup</source>
        <translation>{target} is a folder; give a file name for the backup</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="650"/>
        <source>{target} is the live database itself; choose another file</source>
        <translation>{target} is the live database itself; choose another file</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="654"/>
        <source>{tendered} received is less than {amount} to pay</source>
        <translation>{tendered} received is less than {amount} to pay</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/service_messages.py" line="655"/>
        <source>{text!r} is not a valid order code (check the last character)</source>
        <translation>{text!r} is not a valid order code (check the last character)</translation>
    </message>
</context>
<context>
    <name>ShipBar</name>
    <message>
        <location filename="../../backoffice/ui/detail/ship_bar.py" line="57"/>
        <source>Scan or type the tracking number, then Enter</source>
        <translation>Scan or type the tracking number, then Enter</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/ship_bar.py" line="60"/>
        <location filename="../../backoffice/ui/detail/ship_bar.py" line="105"/>
        <source>Ship</source>
        <translation>Ship</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/ship_bar.py" line="108"/>
        <source>Ship %1</source>
        <translation>Ship %1</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/ship_bar.py" line="121"/>
        <source>Store pickup</source>
        <translation>Store pickup</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/ship_bar.py" line="122"/>
        <source>Handed over</source>
        <translation>Handed over</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/ship_bar.py" line="146"/>
        <source>Scan or type the tracking number first</source>
        <translation>Scan or type the tracking number first</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/ship_bar.py" line="167"/>
        <source>Ship anyway</source>
        <translation>Ship anyway</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/ship_bar.py" line="186"/>
        <source>Hand over anyway</source>
        <translation>Hand over anyway</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/ship_bar.py" line="190"/>
        <source>Order %1 handed over</source>
        <translation>Order %1 handed over</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/ship_bar.py" line="199"/>
        <source>Order %1 shipped: %2 %3</source>
        <translation>Order %1 shipped: %2 %3</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/ship_bar.py" line="210"/>
        <source>The label of %1 was not queued: %2</source>
        <translation>The label of %1 was not queued: %2</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/ship_bar.py" line="215"/>
        <source>label queued</source>
        <translation>label queued</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/ship_bar.py" line="217"/>
        <source>no label printer set up</source>
        <translation>no label printer set up</translation>
    </message>
</context>
<context>
    <name>Shipments</name>
    <message>
        <location filename="../../backoffice/ui/detail/shipments.py" line="44"/>
        <source>exchange</source>
        <translation>exchange</translation>
    </message>
</context>
<context>
    <name>ShipmentsPanel</name>
    <message>
        <location filename="../../backoffice/ui/detail/shipments.py" line="84"/>
        <source>Split…</source>
        <translation>Split…</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/shipments.py" line="86"/>
        <source>Merge selected</source>
        <translation>Merge selected</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/shipments.py" line="88"/>
        <source>Advance</source>
        <translation>Advance</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/shipments.py" line="96"/>
        <source>Carrier and tracking number</source>
        <translation>Carrier and tracking number</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/shipments.py" line="99"/>
        <source>Carrier</source>
        <translation>Carrier</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/shipments.py" line="101"/>
        <source>Tracking number</source>
        <translation>Tracking number</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/shipments.py" line="102"/>
        <source>Save tracking</source>
        <translation>Save tracking</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/shipments.py" line="110"/>
        <source>Addresses</source>
        <translation>Addresses</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/shipments.py" line="114"/>
        <source>Send selected shipment here</source>
        <translation>Send selected shipment here</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/shipments.py" line="116"/>
        <source>Add address…</source>
        <translation>Add address…</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/shipments.py" line="118"/>
        <source>Edit address…</source>
        <translation>Edit address…</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/shipments.py" line="158"/>
        <source>Choose one shipment</source>
        <translation>Choose one shipment</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/shipments.py" line="167"/>
        <location filename="../../backoffice/ui/detail/shipments.py" line="180"/>
        <source>This shipment has left already</source>
        <translation>This shipment has left already</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/shipments.py" line="170"/>
        <source>Choose two or more unshipped shipments</source>
        <translation>Choose two or more unshipped shipments</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/shipments.py" line="176"/>
        <source>Already delivered</source>
        <translation>Already delivered</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/shipments.py" line="183"/>
        <source>An order keeps at most five addresses</source>
        <translation>An order keeps at most five addresses</translation>
    </message>
</context>
<context>
    <name>ShopDetailsDialog</name>
    <message>
        <location filename="../../backoffice/ui/shop_details_dialog.py" line="33"/>
        <source>Shop details</source>
        <translation>Shop details</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/shop_details_dialog.py" line="40"/>
        <source>e.g. exchanges and refunds within 7 days</source>
        <translation>e.g. exchanges and refunds within 7 days</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/shop_details_dialog.py" line="42"/>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/shop_details_dialog.py" line="46"/>
        <source>Shop name</source>
        <translation>Shop name</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/shop_details_dialog.py" line="47"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/shop_details_dialog.py" line="48"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/shop_details_dialog.py" line="49"/>
        <source>Business registration no.</source>
        <translation>Business registration no.</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/shop_details_dialog.py" line="50"/>
        <source>Receipt footer</source>
        <translation>Receipt footer</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/shop_details_dialog.py" line="51"/>
        <source>Default carrier</source>
        <translation>Default carrier</translation>
    </message>
</context>
<context>
    <name>ShopsDialog</name>
    <message>
        <location filename="../../backoffice/ui/shops_dialog.py" line="45"/>
        <source>Shops</source>
        <translation>Shops</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/shops_dialog.py" line="50"/>
        <source>Add shop</source>
        <translation>Add shop</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/shops_dialog.py" line="57"/>
        <source>e.g. main shop</source>
        <translation>e.g. main shop</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/shops_dialog.py" line="65"/>
        <source>Send the key in the address (for hosts that strip the Authorization header)</source>
        <translation>Send the key in the address (for hosts that strip the Authorization header)</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/shops_dialog.py" line="68"/>
        <source>Test connection</source>
        <translation>Test connection</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/shops_dialog.py" line="74"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/shops_dialog.py" line="75"/>
        <source>Shop address</source>
        <translation>Shop address</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/shops_dialog.py" line="76"/>
        <source>Consumer key</source>
        <translation>Consumer key</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/shops_dialog.py" line="77"/>
        <source>Consumer secret</source>
        <translation>Consumer secret</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/shops_dialog.py" line="82"/>
        <source>Make the key in WooCommerce → Settings → Advanced → REST API, with Read/Write permission, for a shop manager.</source>
        <translation>Make the key in WooCommerce → Settings → Advanced → REST API, with Read/Write permission, for a shop manager.</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/shops_dialog.py" line="123"/>
        <source>(default)</source>
        <translation>(default)</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/shops_dialog.py" line="141"/>
        <source>unchanged (kept in the system keyring)</source>
        <translation>unchanged (kept in the system keyring)</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/shops_dialog.py" line="167"/>
        <source>Asking the shop…</source>
        <translation>Asking the shop…</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/shops_dialog.py" line="180"/>
        <location filename="../../backoffice/ui/shops_dialog.py" line="226"/>
        <source>Not connected</source>
        <translation>Not connected</translation>
    </message>
    <message numerus="yes">
        <location filename="../../backoffice/ui/shops_dialog.py" line="185"/>
        <source>%n order(s) to pull</source>
        <translation>
            <numerusform>%n order to pull</numerusform>
            <numerusform>%n orders to pull</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/shops_dialog.py" line="187"/>
        <source>the key can read and write</source>
        <translation>the key can read and write</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/shops_dialog.py" line="189"/>
        <source>the key can only read: changes made here cannot reach the shop</source>
        <translation>the key can only read: changes made here cannot reach the shop</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/shops_dialog.py" line="196"/>
        <source>Make a key with Read/Write permission, or changes stay here.</source>
        <translation>Make a key with Read/Write permission, or changes stay here.</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/shops_dialog.py" line="202"/>
        <source>The shop address must start with https:// (or http://).</source>
        <translation>The shop address must start with https:// (or http://).</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/shops_dialog.py" line="203"/>
        <source>No WordPress site answers at this address: check it.</source>
        <translation>No WordPress site answers at this address: check it.</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/shops_dialog.py" line="204"/>
        <source>WooCommerce&apos;s REST API is not active on this site.</source>
        <translation>WooCommerce&apos;s REST API is not active on this site.</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/shops_dialog.py" line="205"/>
        <source>WooCommerce %1 is too old: 5.8 or newer is needed.</source>
        <translation>WooCommerce %1 is too old: 5.8 or newer is needed.</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/shops_dialog.py" line="209"/>
        <source>The shop does not know this consumer key: copy it again from WooCommerce.</source>
        <translation>The shop does not know this consumer key: copy it again from WooCommerce.</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/shops_dialog.py" line="211"/>
        <source>The consumer secret does not match the key: copy it again.</source>
        <translation>The consumer secret does not match the key: copy it again.</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/shops_dialog.py" line="213"/>
        <source>The shop saw no key: its host strips the Authorization header. The key is now set to go in the address; test again.</source>
        <translation>The shop saw no key: its host strips the Authorization header. The key is now set to go in the address; test again.</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/shops_dialog.py" line="217"/>
        <source>The key&apos;s user may not manage WooCommerce: make the key for a shop manager.</source>
        <translation>The key&apos;s user may not manage WooCommerce: make the key for a shop manager.</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/shops_dialog.py" line="219"/>
        <source>The shop could not be reached: %1</source>
        <translation>The shop could not be reached: %1</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/shops_dialog.py" line="220"/>
        <source>The shop refused: %1</source>
        <translation>The shop refused: %1</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/shops_dialog.py" line="235"/>
        <source>A new shop needs its consumer secret.</source>
        <translation>A new shop needs its consumer secret.</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/shops_dialog.py" line="251"/>
        <source>Shop %1 saved</source>
        <translation>Shop %1 saved</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../backoffice/ui/shortcuts.py" line="13"/>
        <source>Order list</source>
        <translation>Order list</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/shortcuts.py" line="14"/>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/shortcuts.py" line="15"/>
        <source>Counter sale</source>
        <translation>Counter sale</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/shortcuts.py" line="38"/>
        <source>Search, or scan an order</source>
        <translation>Search, or scan an order</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/shortcuts.py" line="39"/>
        <source>Open the selected order</source>
        <translation>Open the selected order</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/shortcuts.py" line="40"/>
        <source>New counter sale</source>
        <translation>New counter sale</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/shortcuts.py" line="42"/>
        <source>Print labels of the selected orders</source>
        <translation>Print labels of the selected orders</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/shortcuts.py" line="45"/>
        <source>Print receipts of the selected orders</source>
        <translation>Print receipts of the selected orders</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/shortcuts.py" line="48"/>
        <source>Cancel the selected orders</source>
        <translation>Cancel the selected orders</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/shortcuts.py" line="52"/>
        <source>Move the selected orders on (Ctrl+1 … Ctrl+6)</source>
        <translation>Move the selected orders on (Ctrl+1 … Ctrl+6)</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/shortcuts.py" line="55"/>
        <source>Open the Actions menu</source>
        <translation>Open the Actions menu</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/shortcuts.py" line="56"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/shortcuts.py" line="57"/>
        <source>Next tab</source>
        <translation>Next tab</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/shortcuts.py" line="58"/>
        <source>Previous tab</source>
        <translation>Previous tab</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/shortcuts.py" line="59"/>
        <source>Lock the counter</source>
        <translation>Lock the counter</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/shortcuts.py" line="60"/>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/shortcuts.py" line="61"/>
        <source>This list of shortcuts</source>
        <translation>This list of shortcuts</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/shortcuts.py" line="64"/>
        <source>Ship (carrier and tracking number)</source>
        <translation>Ship (carrier and tracking number)</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/shortcuts.py" line="65"/>
        <source>Print the shipping label</source>
        <translation>Print the shipping label</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/shortcuts.py" line="66"/>
        <source>Print the receipt</source>
        <translation>Print the receipt</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/shortcuts.py" line="67"/>
        <source>Write a memo</source>
        <translation>Write a memo</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/shortcuts.py" line="68"/>
        <source>Next order of the list</source>
        <translation>Next order of the list</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/shortcuts.py" line="70"/>
        <source>Previous order of the list</source>
        <translation>Previous order of the list</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/shortcuts.py" line="72"/>
        <source>Cancel or return items</source>
        <translation>Cancel or return items</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/shortcuts.py" line="73"/>
        <source>Close the order</source>
        <translation>Close the order</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/shortcuts.py" line="76"/>
        <source>Pay</source>
        <translation>Pay</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/shortcuts.py" line="77"/>
        <source>Pay in cash</source>
        <translation>Pay in cash</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/shortcuts.py" line="78"/>
        <source>Pay by card</source>
        <translation>Pay by card</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/shortcuts.py" line="79"/>
        <source>Cash received (change is shown)</source>
        <translation>Cash received (change is shown)</translation>
    </message>
</context>
<context>
    <name>ShortcutsSheet</name>
    <message>
        <location filename="../../backoffice/ui/shortcuts_sheet.py" line="21"/>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/shortcuts_sheet.py" line="24"/>
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/shortcuts_sheet.py" line="24"/>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/shortcuts_sheet.py" line="24"/>
        <source>Does</source>
        <translation>Does</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../backoffice/ui/sign_in.py" line="92"/>
        <source>Locked</source>
        <translation>Locked</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/sign_in.py" line="92"/>
        <location filename="../../backoffice/ui/sign_in.py" line="119"/>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/sign_in.py" line="96"/>
        <source>Locked after a while without use. %1, type your PIN, or another person signs in.</source>
        <translation>Locked after a while without use. %1, type your PIN, or another person signs in.</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/sign_in.py" line="99"/>
        <source>Choose your name and type your PIN.</source>
        <translation>Choose your name and type your PIN.</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/sign_in.py" line="109"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/sign_in.py" line="124"/>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/sign_in.py" line="136"/>
        <source>%1 (manager)</source>
        <translation>%1 (manager)</translation>
    </message>
</context>
<context>
    <name>SplitDialog</name>
    <message>
        <location filename="../../backoffice/ui/detail/split_dialog.py" line="23"/>
        <source>Split shipment #%1</source>
        <translation>Split shipment #%1</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/split_dialog.py" line="25"/>
        <source>Units to move to a new shipment:</source>
        <translation>Units to move to a new shipment:</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/split_dialog.py" line="31"/>
        <source> of %1</source>
        <translation> of %1</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <location filename="../../backoffice/ui/staff_dialog.py" line="69"/>
        <location filename="../../backoffice/ui/staff_dialog.py" line="105"/>
        <location filename="../../backoffice/ui/staff_dialog.py" line="176"/>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/staff_dialog.py" line="76"/>
        <location filename="../../backoffice/ui/staff_dialog.py" line="149"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/staff_dialog.py" line="76"/>
        <location filename="../../backoffice/ui/staff_dialog.py" line="131"/>
        <location filename="../../backoffice/ui/staff_dialog.py" line="150"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/staff_dialog.py" line="76"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/staff_dialog.py" line="76"/>
        <source>Locked until</source>
        <translation>Locked until</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/staff_dialog.py" line="106"/>
        <location filename="../../backoffice/ui/staff_dialog.py" line="176"/>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/staff_dialog.py" line="110"/>
        <source>Chosen person</source>
        <translation>Chosen person</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/staff_dialog.py" line="114"/>
        <source>Set PIN</source>
        <translation>Set PIN</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/staff_dialog.py" line="121"/>
        <source>New PIN, twice</source>
        <translation>New PIN, twice</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/staff_dialog.py" line="122"/>
        <source>A new PIN also unlocks a locked account.</source>
        <translation>A new PIN also unlocks a locked account.</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/staff_dialog.py" line="125"/>
        <source>Change role</source>
        <translation>Change role</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/staff_dialog.py" line="132"/>
        <source>Deactivate…</source>
        <translation>Deactivate…</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/staff_dialog.py" line="139"/>
        <source>Add a person</source>
        <translation>Add a person</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/staff_dialog.py" line="146"/>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/staff_dialog.py" line="151"/>
        <source>PIN (4–6 digits)</source>
        <translation>PIN (4–6 digits)</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/staff_dialog.py" line="152"/>
        <source>PIN again</source>
        <translation>PIN again</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/staff_dialog.py" line="158"/>
        <source>Add staff, set their PINs and roles.</source>
        <translation>Add staff, set their PINs and roles.</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/staff_dialog.py" line="160"/>
        <source>Changes here need a manager&apos;s approval by PIN.</source>
        <translation>Changes here need a manager&apos;s approval by PIN.</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/staff_dialog.py" line="177"/>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/staff_dialog.py" line="177"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message numerus="yes">
        <location filename="../../backoffice/ui/staff_dialog.py" line="186"/>
        <source>%n active staff member(s)</source>
        <translation>
            <numerusform>%n active staff member</numerusform>
            <numerusform>%n active staff members</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/staff_dialog.py" line="219"/>
        <location filename="../../backoffice/ui/staff_dialog.py" line="237"/>
        <source>The two PINs differ</source>
        <translation>The two PINs differ</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/staff_dialog.py" line="225"/>
        <source>%1 added.</source>
        <translation>%1 added.</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/staff_dialog.py" line="243"/>
        <source>New PIN set for %1.</source>
        <translation>New PIN set for %1.</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/staff_dialog.py" line="257"/>
        <source>%1 is now: %2</source>
        <translation>%1 is now: %2</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/staff_dialog.py" line="267"/>
        <source>Deactivate</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/staff_dialog.py" line="269"/>
        <source>Deactivate %1? They can no longer sign in; the timeline keeps their name.</source>
        <translation>Deactivate %1? They can no longer sign in; the timeline keeps their name.</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/staff_dialog.py" line="288"/>
        <source>%1 can no longer sign in.</source>
        <translation>%1 can no longer sign in.</translation>
    </message>
</context>
<context>
    <name>StaffMenu</name>
    <message>
        <location filename="../../backoffice/ui/idle_lock.py" line="133"/>
        <source>&amp;Staff</source>
        <translation>&amp;Staff</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/idle_lock.py" line="136"/>
        <source>Lock now</source>
        <translation>Lock now</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/idle_lock.py" line="140"/>
        <source>Staff…</source>
        <translation>Staff…</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/idle_lock.py" line="145"/>
        <source>Create the first manager…</source>
        <translation>Create the first manager…</translation>
    </message>
</context>
<context>
    <name>SyncCounts</name>
    <message numerus="yes">
        <location filename="../../backoffice/ui/sync_status.py" line="72"/>
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n change waiting</numerusform>
            <numerusform>%n changes waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../backoffice/ui/sync_status.py" line="75"/>
        <source>%n not accepted by the shop</source>
        <translation>
            <numerusform>%n not accepted by the shop</numerusform>
            <numerusform>%n not accepted by the shop</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../backoffice/ui/sync_status.py" line="78"/>
        <source>%n sync conflict(s)</source>
        <translation>
            <numerusform>%n sync conflict</numerusform>
            <numerusform>%n sync conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../backoffice/ui/sync_status.py" line="81"/>
        <source>%n new order(s) from the web shop</source>
        <translation>
            <numerusform>%n new order from the web shop</numerusform>
            <numerusform>%n new orders from the web shop</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../backoffice/ui/sync_status.py" line="84"/>
        <source>%n shop order(s) not taken in</source>
        <translation>
            <numerusform>%n shop order not taken in</numerusform>
            <numerusform>%n shop orders not taken in</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <location filename="../../backoffice/ui/sync_status.py" line="177"/>
        <location filename="../../backoffice/ui/sync_status.py" line="361"/>
        <source>Not synced yet</source>
        <translation>Not synced yet</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/sync_status.py" line="180"/>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/sync_status.py" line="182"/>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/sync_status.py" line="185"/>
        <source>synced %1</source>
        <translation>synced %1</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/sync_status.py" line="201"/>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/sync_status.py" line="207"/>
        <source>Last pull: %1</source>
        <translation>Last pull: %1</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/sync_status.py" line="208"/>
        <source>Last push: %1</source>
        <translation>Last push: %1</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/sync_status.py" line="218"/>
        <source>Failing: %1</source>
        <translation>Failing: %1</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/sync_status.py" line="227"/>
        <source>sync runs on PC %1</source>
        <translation>sync runs on PC %1</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/sync_status.py" line="364"/>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/sync_status.py" line="367"/>
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/sync_status.py" line="370"/>
        <source>Sync conflicts…</source>
        <translation>Sync conflicts…</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/sync_status.py" line="374"/>
        <source>Not accepted by the shop…</source>
        <translation>Not accepted by the shop…</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/sync_status.py" line="378"/>
        <source>Shop orders not taken in…</source>
        <translation>Shop orders not taken in…</translation>
    </message>
</context>
<context>
    <name>TabStrip</name>
    <message>
        <location filename="../../backoffice/ui/tab_strip.py" line="33"/>
        <source>Rename…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/tab_strip.py" line="36"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="112"/>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="113"/>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="114"/>
        <source>Payment</source>
        <translation>Payment</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="115"/>
        <source>Payment request</source>
        <translation>Payment request</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="116"/>
        <source>Refund</source>
        <translation>Refund</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="117"/>
        <source>Claim</source>
        <translation>Claim</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="118"/>
        <source>Memo</source>
        <translation>Memo</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="119"/>
        <source>Memo for the customer</source>
        <translation>Memo for the customer</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="120"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="121"/>
        <source>Tracking</source>
        <translation>Tracking</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="122"/>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="123"/>
        <location filename="../../backoffice/ui/labels.py" line="124"/>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="125"/>
        <source>Replaced</source>
        <translation>Replaced</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="126"/>
        <source>Reverted</source>
        <translation>Reverted</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="127"/>
        <source>Status label</source>
        <translation>Status label</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="128"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="129"/>
        <source>Shipment address</source>
        <translation>Shipment address</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="130"/>
        <source>Shipment split</source>
        <translation>Shipment split</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="131"/>
        <source>Shipments merged</source>
        <translation>Shipments merged</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="132"/>
        <source>Cancel request</source>
        <translation>Cancel request</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="133"/>
        <source>Cancel request rejected</source>
        <translation>Cancel request rejected</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="134"/>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="135"/>
        <source>Customer notified</source>
        <translation>Customer notified</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="136"/>
        <source>Notification</source>
        <translation>Notification</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="139"/>
        <location filename="../../backoffice/ui/labels.py" line="147"/>
        <source>Web shop</source>
        <translation>Web shop</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="140"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="141"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/labels.py" line="148"/>
        <source>System</source>
        <translation>System</translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <location filename="../../backoffice/ui/detail/timeline.py" line="85"/>
        <location filename="../../backoffice/ui/detail/timeline.py" line="144"/>
        <source>All events</source>
        <translation>All events</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/timeline.py" line="89"/>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/timeline.py" line="112"/>
        <source>Memo</source>
        <translation>Memo</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/timeline.py" line="115"/>
        <source>Internal note</source>
        <translation>Internal note</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/timeline.py" line="117"/>
        <source>For the customer</source>
        <translation>For the customer</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/timeline.py" line="118"/>
        <source>Add memo</source>
        <translation>Add memo</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/timeline.py" line="125"/>
        <source>Message to the customer</source>
        <translation>Message to the customer</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/timeline.py" line="132"/>
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/detail/timeline.py" line="156"/>
        <source>No messages yet</source>
        <translation>No messages yet</translation>
    </message>
</context>
<context>
    <name>TrackingImport</name>
    <message>
        <location filename="../../backoffice/ui/tracking_import_dialog.py" line="38"/>
        <source>To ship</source>
        <translation>To ship</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/tracking_import_dialog.py" line="39"/>
        <source>No such order</source>
        <translation>No such order</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/tracking_import_dialog.py" line="40"/>
        <source>Shipped already</source>
        <translation>Shipped already</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/tracking_import_dialog.py" line="41"/>
        <source>Twice in the file</source>
        <translation>Twice in the file</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/tracking_import_dialog.py" line="42"/>
        <source>Cannot ship</source>
        <translation>Cannot ship</translation>
    </message>
</context>
<context>
    <name>TrackingImportDialog</name>
    <message>
        <location filename="../../backoffice/ui/tracking_import_dialog.py" line="62"/>
        <source>Import tracking numbers</source>
        <translation>Import tracking numbers</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/tracking_import_dialog.py" line="66"/>
        <source>Carrier from the file</source>
        <translation>Carrier from the file</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/tracking_import_dialog.py" line="75"/>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/tracking_import_dialog.py" line="76"/>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/tracking_import_dialog.py" line="77"/>
        <source>Tracking no.</source>
        <translation>Tracking no.</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/tracking_import_dialog.py" line="78"/>
        <location filename="../../backoffice/ui/tracking_import_dialog.py" line="99"/>
        <source>Carrier</source>
        <translation>Carrier</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/tracking_import_dialog.py" line="79"/>
        <source>What happens</source>
        <translation>What happens</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/tracking_import_dialog.py" line="88"/>
        <source>Ship</source>
        <translation>Ship</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/tracking_import_dialog.py" line="92"/>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/tracking_import_dialog.py" line="95"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/tracking_import_dialog.py" line="149"/>
        <source>Ship %1 order(s)</source>
        <translation>Ship %1 order(s)</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/tracking_import_dialog.py" line="189"/>
        <source>%1 shipped</source>
        <translation>%1 shipped</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/tracking_import_dialog.py" line="191"/>
        <source>%1 not shipped</source>
        <translation>%1 not shipped</translation>
    </message>
    <message>
        <location filename="../../backoffice/ui/tracking_import_dialog.py" line="193"/>
        <source>stopped: the rest is unchanged</source>
        <translation>stopped: the rest is unchanged</translation>
    </message>
</context>
</TS>
