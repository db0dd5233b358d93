<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="af_ZA">
<context>
    <name>BarcodeParser</name>
    <message>
        <source>The GS1 barcode has no value after (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The GS1 barcode is cut short: (%1) needs %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The GS1 barcode is missing a separator after (%1), or its value is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The GS1 barcode is missing a separator after (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The GS1 barcode has an invalid value in (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The GS1 barcode has a wrong check digit in (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The GS1 barcode has an invalid date in (%1): %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The GS1 barcode gives (%1) twice with different values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The GS1 barcode contains an application identifier this station does not know (at &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The GS1 barcode holds no data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This web address is not a GS1 Digital Link for a product or shipment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The GS1 Digital Link is cut short: (%1) has no value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product barcode %1 has a wrong check digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product barcode %1 is not a valid UPC-E code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 tracking number %2 has a wrong check digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A UPS tracking number is 1Z followed by 16 letters or digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product barcode %1 has the wrong number of digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This barcode is not one the station knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An order number is SP- followed by 8 digits, e.g. SP-00012345.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A return number is RMA-, the year, - and 6 digits, e.g. RMA-2026-000321.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user badge is USR- followed by 4 to 8 letters or digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This bin label is not valid: it should look like JHB1-A-03-12-2-04.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was scanned.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogueStore</name>
    <message>
        <source>That is not a valid bin location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product %1 has a missing SKU or an invalid GTIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No product %1 in the catalogue.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseCheck</name>
    <message>
        <source>The database could not be checked: it is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>The number of demo orders must be between 0 and 50,000,000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FulfilmentStateMachine</name>
    <message>
        <source>An order that is “%1” cannot become “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntakeText</name>
    <message>
        <source>Products known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Totals add up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment captured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held by a supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole order from one warehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split over several warehouses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backorder: not enough stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InventoryStore</name>
    <message>
        <source>The book for %1 in %2 changed while you reviewed the count (%3 then, %4 now). Review the differences again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabelPainter</name>
    <message>
        <source>A barcode on the label could not be drawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The label cannot be printed without a tracking number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels can only be drawn from the station.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The label could not be drawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHIP TO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The USPS routing barcode does not fit on the label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TRACKING #</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tracking number is too long for a barcode on this label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ORDER %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PARCEL %1 OF %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WEIGHT %1 KG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATE %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tracking link is too long for the QR code on this label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no label to print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The label PDF could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipping label %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderStatus</name>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready to pick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In transit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out for delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return inspected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>An event could not be queued.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackSession</name>
    <message>
        <source>Gift wrap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gift message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fragile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreadable code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong order: %1 is another order, this is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a product of this order: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong item: %1 is not in this order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: all %2 already packed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired: %1 expired on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong batch: %1 must be batch %2; scan the code with the batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong batch: %1 must be batch %2, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreadable code: the quantity is %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs its serial number: scan the code with the serial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is serial-tracked: scan each unit on its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial %1 was already scanned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial %1 has already been shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 scanned but only %3 still to pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ×%2 — %3 of %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone: %1 ×%2 — %3 of %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current parcel is empty: scan an item into it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This order has no such instruction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no parcel %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the weight in grams.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parcel %1 is empty: nothing to weigh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight OK: %1 g (expected %2 g ± %3 g)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight outside tolerance: %1 g, expected %2 g ± %3 g (%4 g)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A weight override needs the supervisor and a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weigh parcel %1 before overriding its weight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The weight of parcel %1 is within tolerance: no override needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3 packed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not acknowledged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parcel %1 is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parcel %1 has not been weighed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parcel %1 weight is outside tolerance: a supervisor must override</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackStore</name>
    <message>
        <source>Order %1 is not in this station&apos;s cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 is “%2”: only picked orders can be packed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack of %1 cannot close yet: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial %1 of %2 has already been shipped; take that unit out and scan another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Order %1 packed: %n parcel(s), %2 item(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PaymentStatus</name>
    <message>
        <source>Captured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PickSession</name>
    <message>
        <source>%1 ×%2 — %3 of %4 (tote %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ×%2 — %3 of %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreadable code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreadable code: the quantity is %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a bin or an item of this pick: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong bin: %1 has nothing left to pick on this walk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bin %1: take %2 ×%3 (tote %4), then %5 more lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bin %1: take %2 ×%3, then %4 more lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bin %1: take %2 ×%3 (tote %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bin %1: take %2 ×%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the bin label first: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the bin label first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong item: %1 is not picked from this bin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: everything is already picked from this bin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong item: %1 is not on this pick list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: everything is already picked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 scanned but only %3 left to pick here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such stop on this pick list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type at least one unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 typed but only %3 left to pick here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PickStore</name>
    <message>
        <source>That order is not in this station.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of rows to show must be at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An order can be in a batch only once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 is held by station %2; it cannot be picked here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 must be claimed by this station before it is picked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pick could not be booked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 is no longer being picked (it is “%2”); nothing was booked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of order %2 is already picked in full; nothing was booked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a bin code; bin codes look like JHB1-A-03-12-2-04.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 is not being picked (it is “%2”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That line is not part of order %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is left to pick of %1 in bin %2 for order %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing of order %1 would ship if %2 ×%3 were split off: let it wait or backorder it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More units would be split off than are left on the line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count bin %1: %2 short of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replenish %1 in bin %2 for order %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 waits for %2 ×%3 from bin %4: a replenishment task is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ×%2 split off order %3; the rest ships.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 missing in bin %3 at the pick.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 waits for stock: %2 units back to their bins, the customer is told.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 cannot be picked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Order %1 waits for stock to be allocated again (%n unit(s) have no bin); it cannot be picked yet.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintJobs</name>
    <message>
        <source>Say why the document is printed again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no print job %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScanRouter</name>
    <message>
        <source>This code cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bin %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This GS1 code carries no product number (GTIN), so there is nothing to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a pallet or carton label (SSCC): scan an order, parcel, return, bin or product.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a user badge: scan it when signing in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This station does not know what %1 is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 could not be looked up: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 is not in this station&apos;s cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 (%2): pick it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 (%2): pack it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracking number %1 could not be looked up: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracking number %1 is on no parcel in this station&apos;s cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parcel %1 of order %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return %1 could not be looked up: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return %1 is not in this station&apos;s cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return %1 for order %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product %1 could not be looked up: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product %1 is not in this station&apos;s catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 (%2): label it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceLevel</name>
    <message>
        <source>Standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expedited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>International</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same day</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShipmentStore</name>
    <message>
        <source>Order %1 is not in this station&apos;s cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warehouse %1 has no full address, and a label needs the sender&apos;s address. An administrator sets it with &apos;saypro-stationctl warehouse set %1 …&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warehouse %1 is not set up at this station.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 is not packed yet (it is %2); pack it before labelling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 is labelled already; reprint its label instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 is %2, not packed; it cannot be labelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a carrier service of this station.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot take this parcel (service level, destination or weight); choose another service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why %1 is used instead of the proposed service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 chosen by %2 instead of %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 has no parcels to label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 has no label yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 has no label to reprint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the label is printed again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The labels of order %1 cannot be voided: its parcels are in manifest %2, which is closed and handed to the carrier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 has no label to void.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A void needs the supervisor&apos;s name and a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a carrier this station knows; use one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No labelled %1 parcels are waiting for a manifest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no manifest %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manifest could not be drawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manifest %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parcel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 end-of-day manifest %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Closed %1 by %2 at station %3 · %n parcel(s) · %4 kg</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received by the driver (name, signature, time):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShippingDocuments</name>
    <message>
        <source>Packing slip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ship to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A gift for you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special instructions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gift message: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In this parcel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With best wishes, packed with care.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you for your order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bill to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return instructions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RMA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your return number (RMA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RMA %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items in this order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The QR code could not be drawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents can only be printed from the station.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return instructions need an RMA number or a return link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gift wrapped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fragile: handle with care.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery window: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personalisation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 x %2 (%3) will follow in a separate parcel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order has no valid currency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order amounts are too large to print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pack the items you are returning securely, in their original packaging where you can, with all accessories, manuals and tags.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the return number %1 clearly on the outside of the parcel and put this page inside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put this page inside the parcel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start your return online by scanning the QR code or visiting %1; it tells you how to send the parcel and lets you follow the return.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the parcel to the return address above and keep the proof of postage until your refund or replacement has been processed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions? Contact us: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document could not be drawn.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShippingMethods</name>
    <message>
        <source>The carrier services file is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No carrier service takes a %1 parcel of %2 g to this destination (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: the cheapest service that arrives in time (%n business day(s), %2).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No service arrives by the promised date; %1 is the fastest (%n business day(s), %2). The customer should be told of the delay.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The carrier services file %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The carrier services file %1 is not used (%2); the built-in services apply.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StockReason</name>
    <message>
        <source>Pick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cycle count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrackingAllocator</name>
    <message>
        <source>“%1” is not a carrier this station knows; use one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The range overlaps %1 range %2 already configured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in tracking number ranges could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No %1 tracking numbers are left: every range is used up. Ask the carrier for a new range and add it (saypro-stationctl tracking add-range).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another tracking number was issued at the same moment; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracking number %1 was issued before; the range is not set up correctly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The %1 range “%2” is nearly used up: %n number(s) left. Ask the carrier for the next range.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Tracking number %1 was not issued here, or is void already.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrackingNumbers</name>
    <message>
        <source>The %1 number range “%2” is not set up correctly: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial %1 is outside the %2 number range “%3”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the serial must have 1 to 15 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>serial %1 does not fit in %2 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no check digit for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UPS needs the account (6) and service (2), and 7 serial digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USPS needs 21 digits before the check digit, starting 92-95</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FedEx Express needs 11 digits before the check digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FedEx Ground needs 21 digits starting 96 before the check digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DHL Express needs 9 digits before the check digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UPU S10 needs two letters, 8 serial digits and a two-letter country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the local courier&apos;s numbers start with letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a carrier this station knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tracking number was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a local courier number: %2 is followed by digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a wrong check digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a tracking number of a known carrier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a tracking number: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TypedCodeField</name>
    <message>
        <source>&amp;Type a code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saypro</name>
    <message>
        <source>The audit log is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The station database file (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print machine-readable JSON on standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database %1 is ready (schema version %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created database %1 (schema version %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[ok]   </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[FAIL] </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite integrity check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite integrity check: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema version %1 (this program writes %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>foreign keys: %1 violation(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit chain: %1 row(s) verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit chain broken at row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database is healthy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database has problems: see [FAIL] above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database:        %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version:  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders:          %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order lines:     %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products:        %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit rows:      %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events waiting:  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size on disk:    %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the station database (or upgrade it to this version&apos;s schema).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates the file and its folder when missing. An existing database is upgraded in place with
forward-only migrations; a file that is not a station database is refused and left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify the database: SQLite integrity, schema version, foreign keys and the audit chain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only. Exits 1 and names the first bad audit row when anything does not verify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show counts: orders (per status), lines, products, audit rows, events waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many orders to generate (default 1000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed; the same seed gives the same data (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station id recorded in the audit log (default ST-01).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--orders must be a whole number of 0 or more, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed must be a whole number, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--station must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>generating demo orders: %1 of %2 (%3%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated %1 orders (%2 audit rows, %3 shipments) in %4 s into %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill the database with realistic demo orders (deterministic by seed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds a catalogue of products with valid GTIN-13s and bin locations, and orders from South African
and US customers in a realistic spread of statuses, each with its history in the audit log.
Orders are numbered after those already in the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only orders in this status (e.g. packed, on_hold).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most N orders, newest first (default 50).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order number, customer name, SKU, GTIN or tracking number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown status &apos;%1&apos;. Use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit must be a whole number from 1 to 100000, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ship by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give exactly one order number, e.g. &apos;orders show SP-00012345&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1  [%2]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Service:   %1    Payment: %2    Warehouse: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Confirmed: %1    Ship by: %2    Shipped: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Customer:  %1 &lt;%2&gt; %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Ship to:   %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gift wrap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gift message: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fragile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delivery window: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customisation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Special:   %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Lines:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Total: %1 (items %2, discount %3, shipping %4, tax %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  History:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List orders, newest first, optionally by status or search text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --json: an array of objects with number, status, confirmed_at, ship_by, shipped_at,
service_level, warehouse, customer, total (times ISO 8601 UTC; money as minor units and text).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show one order with its lines, addresses, instructions and status history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fault specification is not valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request is malformed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The marketplace cancelled this order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another station is working on this order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The training marketplace could not complete the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list position is not one this marketplace gave out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collected by the carrier and on its way to the delivery depot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out for delivery with the driver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered and signed for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delayed at the depot: the carrier is checking the address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The training marketplace is not running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The training marketplace needs a bearer token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of orders must be between 0 and 1,000,000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The arrival rate must be between 0 and 60,000 orders a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time scale must be a number above 0 (1 is real time).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shares of orders must be between 0 and 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many requests; try again shortly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The marketplace is temporarily unavailable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The marketplace&apos;s gateway failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The marketplace had an internal error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not a training marketplace database, or it is damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A database operation failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The marketplace sent an order this station cannot read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The marketplace sent a record this station cannot read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loopback port to listen on; 0 picks a free one (default 8443).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders the marketplace starts with when its database is new (default 200).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed of everything generated and of the faults; the same seed, the same life (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bearer token stations must present (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New orders per minute; 0 means none (default 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the server&apos;s certificate (PEM) to FILE for clients to trust.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faults to inject, e.g. &quot;latency=200ms,5xx=0.1,429=0.05,drop=0.02,truncate=0.02,malformed=0.02&quot; or per endpoint &quot;orders:5xx=0.3;events:429=0.5&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the marketplace&apos;s life X times faster: payments, cancellations, carrier tracking, returns, ratings (default 1; 60 turns days into minutes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--port must be a port number from 0 to 65535, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--orders must be a whole number from 0 to 1,000,000, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--token is required: the bearer token stations must present.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--arrival-rate must be a number of orders a minute from 0 to 60000, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--time-scale must be a number above 0, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signal handler cannot be set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate cannot be written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training marketplace serving %1 (training certificate; clients must trust it explicitly).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try: curl --cacert %1 -H &quot;Authorization: Bearer %2&quot; &quot;%3/v1/orders?limit=5&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(write the certificate with --cert-out FILE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop with Ctrl+C.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training marketplace stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the training marketplace (Marketplace API v1 over HTTPS on loopback) until stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serves docs/marketplace-api-v1.yaml on https://127.0.0.1:PORT with the training certificate, from
its own database: --db PATH keeps the marketplace in that file between runs (never a station
database); without --db it lives in a temporary file. Prints the URL on standard output and runs
until SIGINT or SIGTERM, then exits 0.

Fault specification (--faults): comma-separated key=value items; sections separated by &apos;;&apos; may
start with an endpoint name and &apos;:&apos; to apply to that endpoint only (over the global items).
  latency=200ms | 1s | 100-400ms   delay before answering
  5xx=P        500, 502 or 503 (with Retry-After), before the request has any effect
  429=P        429 with Retry-After, before the request has any effect
  drop=P       connection aborted without an answer, after the request took effect
  truncate=P   full Content-Length, half the body, connection closed; after effect
  malformed=P  the real status with a body that is not JSON; after effect
  retry-after=2s   the Retry-After of 429 and 503 (default 1s)
P is a probability (0.05 or 5%). Endpoints: orders, order, claim, release, events, notifications,
shipments, inventory, adjustments, tracking, returns, inspection, feedback.
Example: --faults &quot;latency=50ms,5xx=0.05;orders:429=0.2;events:drop=0.1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync completed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync did not complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 received, %2 new, %3 updated, %4 unchanged%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (not finished)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cancelled, %2 task(s) for supervisors, %3 unreadable item(s) kept aside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  events          %1 delivered, %2 rejected, %3 still waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  open problems   %1; open tasks %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  last success    %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;sync&apos; takes no arguments: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--server URL is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--server must be an https:// address: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--token T is required (or set SAYPRO_MARKETPLACE_TOKEN).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--once and --watch cannot be used together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate file does not exist: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No PEM certificate could be read from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--ca-only needs at least one --ca FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--interval must be a whole number of seconds, at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout must be a whole number of seconds, at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--page-size must be from 1 to 1000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pulled %1 of about %2 items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pulled %1 items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first sync with %1 …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>syncing with %1 …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interrupted: finishing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>detail: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mirror the marketplace into the station database and deliver the events waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pulls orders, inventory, tracking events, returns and feedback page by page (each page and its
cursor in one transaction) and delivers the outbox in order, each event with its own
Idempotency-Key. Progress goes to standard error, the summary to standard output.
Certificates are always verified: trust a private or training marketplace with --ca FILE
(and --ca-only), and pin its key with --pin.
Exit status: 0 when the sync completed (every page pulled, no event waiting except rejected
ones), 1 otherwise (for example the marketplace is unreachable), 2 for a wrong command line.
With --watch it runs every --interval seconds until Ctrl+C, printing a summary per run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipient&apos;s name is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The street address is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The second address line is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The suburb is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The city is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The province or state is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The postal code is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The country is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address rule table is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>distance not in the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The warehouse distance table is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every order due: new, changed by the marketplace, or on an intake hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station name written in the audit log (default: this computer&apos;s host name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>released and ready to pick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ready to pick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on hold: waiting for stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>still on hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>past intake; nothing to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give one order number, or --all for every order due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 examined: %2 ready, %3 on hold, %4 waiting for stock, %5 released, %6 still on hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take orders through intake: verify, allocate a warehouse, reserve stock, hold or release.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NUMBER: one order, whatever its state. --all: every order due (new, changed by the
marketplace, or on an intake hold), as the sync does after each pull.
Outcomes: ready, held, backordered, still_held, skipped (past intake or a supervisor&apos;s hold).
With --json: the outcome, every check with its message, the open hold and the allocation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bin, e.g. JHB1-A-03-12-2-04.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units to add (positive) or take out (negative); write negative numbers as --delta=-3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why: cycle_count, damage, found, correction, restock or return.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note kept with the movement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who made the change, for the audit log (default: the operating system user).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most N SKUs, lowest available first (default 50).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book the differences as cycle-count adjustments (without it, only show them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day of the period, YYYY-MM-DD (local time).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day of the period, YYYY-MM-DD (local time, inclusive).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on hand %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give exactly one SKU, e.g. &apos;stock show SP-MUG-BLU&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU %1 is not in the catalogue and has no stock at this station.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  On hand %1   Reserved %2   Available %3   Reorder point %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  No stock in any bin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Reservations:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>    none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Last movements:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give exactly one SKU, e.g. &apos;stock adjust SP-MUG-BLU --location JHB1-A-03-12-2-04 --delta=-2 --reason damage&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--location is required: the bin the units are in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--delta is required: the units to add (positive) or take out (negative).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--reason is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--delta must be a whole number such as 5 or -3, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown reason &apos;%1&apos;. Use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2: %3 (%4). On hand now %5, reserved %6, available %7.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reorder at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the bin and at least one count, e.g. &apos;stock count JHB1-A-03-12-2-04 SP-MUG-BLU=12 SP-MUG-RED=0&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a count; write SKU=N, e.g. SP-MUG-BLU=12.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The count matches the book.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from and --to are required, e.g. --from 2026-03-01 --to 2026-03-31.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from must be a date written YYYY-MM-DD, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to must be a date written YYYY-MM-DD, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to must not be before --from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconciliation from %1 to %2 (local time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every SKU balances.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a SKU&apos;s stock per bin, its reservations and its last movements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --json: an object with sku, name, on_hand, reserved, available, reorder_point, bins (location,
on_hand, reserved, available, market_on_hand, version), reservations and the last 20 movements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book a stock movement in one bin (audited and sent to the marketplace).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons: cycle_count, damage, found, correction, restock, return. The SKU must be in the catalogue
or in stock, the bin code must be valid and its warehouse known, and on hand may not go below 0.
When on hand falls below what is reserved, the newest reservations of orders not yet being picked
are released and those orders go back to intake.
Exit status: 0 booked, 1 refused (nothing changed), 2 wrong command line (nothing changed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List SKUs whose available stock is at or below their reorder point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --json: an array of objects with sku, name, on_hand, reserved, available, reorder_point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare a count of one bin with the book; with --confirm, book the differences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A SKU may be named more than once (the counts are added). SKUs the book has in the bin but the
count does not name are taken as counted 0. --confirm books every difference as a cycle_count
movement, all or nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare stock movements with shipped and returned quantities over a period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period runs from 00:00 on --from to 24:00 on --to (the start of the next day, excluded), in
local time. For the orders this station picked and that shipped in the period, the units picked
must equal the units shipped; units restocked as returns must not exceed the units received on
returns. Orders not yet shipped, and orders with no pick booked here, are left out of the
comparison.
Exit status: 0 everything balances, 1 discrepancies found (or an error), 2 wrong command line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  intake          %1 examined: %2 ready, %3 on hold, %4 waiting for stock, %5 released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>symbology:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gtin:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>carrier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>also:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>detail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give exactly one code, quoted if it has spaces, e.g. &apos;barcode parse 4006381333931&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give exactly one image file, e.g. &apos;barcode decode label.png&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2 %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No barcode was found in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show what the station reads in a scanned code: GTIN, GS1 data, SSCC, order, RMA, bin, badge or tracking number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CODE is the text a scanner sends, optionally beginning with its AIM symbology identifier (]C1,
]E0, ]d2, ]Q3, ...). A GS (group separator, FNC1) inside GS1 data can be written as the literal
text \x1d or &lt;GS&gt;, e.g. &apos;]C1010952123454321310ABC123&lt;GS&gt;21SN42&apos;. The human-readable form
&apos;(01)09521234543213(10)ABC123&apos; and GS1 Digital Link URLs are read too. Dates in GS1 data use
today&apos;s date to pick the century.
With --json: an object with kind (gtin, gs1, sscc, order, rma, bin, badge, tracking, unknown),
valid, text, format, and when they apply error and detail, symbology, code, gtin (14 digits),
ais (AI -&gt; value), dates (AI -&gt; YYYY-MM-DD), carrier (ups, fedex, usps, dhl, upu) and
also_valid_as.
Exit status: 0 valid, 1 not valid (the result is still printed), 2 wrong command line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decode the barcodes in an image file and show what the station reads in each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IMAGE is a PNG, JPEG or other image file (a photographed label, a screenshot). Each barcode found
is parsed as if scanned, with its AIM symbology identifier in front.
With --json: an object with file and barcodes, an array of objects with format (ZXing&apos;s name),
symbology, text and parse (the object &apos;barcode parse --json&apos; prints).
Exit status: 0 at least one barcode found (each one&apos;s validity is in its parse result), 1 none
found or the file cannot be read, 2 wrong command line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a SKU and a number, e.g. &apos;stock reorder-point SP-MUG-BLU 12&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reorder point must be a whole number from 0 to 1000000, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reorder point of %1 set to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the reorder point of a SKU: at or below it, the SKU is on the low-stock list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change is audited with the actor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last N scans (default 500).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give exactly one order number, e.g. &apos;orders scans SP-00012345&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every scan of an order at the pick face and the pack bench, accepted or refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oldest first: when, pick or pack, ok or FAIL with the result (picked, wrong_bin, accepted,
wrong_item, over_count, ...), the code as scanned, who, and the precise reason.
With --json: {&quot;order&quot;: NUMBER, &quot;scans&quot;: [{at, station, actor, context, code, accepted,
reason, line_id, quantity, parcel, detail}]}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ups, usps, fedex, fedex_ground, dhl, s10 or local.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What people see, e.g. &quot;UPS account 5R8939, Ground&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fixed part before the serial.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the check digit (S10: the country).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many digits the serial has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First serial of the range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last serial of the range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the built-in ranges for every carrier that has none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give exactly one tracking number, e.g. &apos;tracking check 1Z5R89390357567127&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a valid %2 tracking number (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tracking number ranges are configured. Add the built-in ones with &apos;tracking add-range --defaults&apos;, or a carrier&apos;s with &apos;tracking add-range --carrier …&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>used up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nearly used up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 is needed (or --defaults).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--digits, --first and --last must be whole numbers, with --first not above --last.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Range %1 added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say whether a tracking number is valid, and of which carrier (format and check digit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit 0 when valid, 1 when not. With --json: {&quot;valid&quot;, &quot;number&quot;, &quot;carrier&quot;: ups|usps|fedex|
dhl|s10|local, &quot;format&quot;, &quot;error&quot; and &quot;detail&quot; when not valid}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the tracking number ranges configured and how far each is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A range at 90 % is nearly used up: ask the carrier for the next one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a tracking number range a carrier assigned (audited), or the built-in ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The range is checked by composing its first and last number; an overlapping range is refused.
Example: tracking add-range --carrier dhl --name &quot;DHL Express&quot; --prefix 33 --digits 7 --first 1000000 --last 1999999</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zpl, pdf or png (default zpl).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write (PNG: one file per parcel, -2, -3… added).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>203 or 300 (default 203).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4x6 or 4x8 inch (default 4x6).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this carrier service instead of the proposed one (needs --reason).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why (another service, a reprint, a void).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the ZPL to this label printer (host or host:port; port 9100 by default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The supervisor who allows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the manifest&apos;s PDF and CSV are written (default: the current folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who does it, for the audit log (default: the operating system user).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most N rows (default 50).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give exactly one order number, e.g. &apos;label SP-00012345 --format pdf --out l.pdf&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format must be zpl, pdf or png.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--dpi must be 203 or 300.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--size must be 4x6 or 4x8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say where the label goes: --out FILE, --printer HOST[:PORT], or both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--printer must be a host name or address, with :PORT when not 9100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A label printer takes ZPL: use --format zpl with --printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 is labelled already with %2; void its labels to change the service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reprinted on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1: the labels again (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 labelled: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parcel %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to the printer %1 (print job %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give exactly one order number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A void needs --supervisor NAME and --reason TEXT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The labels of %1 are void; the order is packed again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written: %1.pdf and %1.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which carrier: --carrier ups (or usps, fedex, fedex_ground, dhl, s10, local).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the manifest&apos;s number, e.g. &apos;manifest show 12&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No labelled parcels are waiting for a manifest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The warehouse&apos;s name, as the sender on labels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second address line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Province or state code (GP, KZN, CA…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISO 3166-1 alpha-2 country code (ZA, US…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IANA time zone (default Africa/Johannesburg).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>packing-slip (default), invoice or return-instructions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a4 (default) or letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give exactly one order number, e.g. &apos;document SP-00012345 --out slip.pdf&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--kind must be packing-slip, invoice or return-instructions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--paper must be a4 or letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say where the PDF goes: --out FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the warehouse code, e.g. &apos;warehouse set JHB1 --name &quot;SayPro Midrand DC&quot; …&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 is needed: a label shows the sender&apos;s full address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--country must be a two-letter ISO code such as ZA or US.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--time-zone &quot;%1&quot; is not an IANA time zone such as Africa/Johannesburg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warehouse %1 saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write an order&apos;s packing slip, invoice or return instructions as a PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a packed, labelled or shipped order. A gift order&apos;s packing slip shows the gift message and no
prices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the warehouses and their addresses (the sender on labels).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a warehouse&apos;s name and address (the sender on its labels).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example: warehouse set JHB1 --name &quot;SayPro Midrand DC&quot; --line1 &quot;1 Allandale Road&quot; --city Midrand --region GP --postal-code 1685 --country ZA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label a packed order (service, tracking numbers, marketplace shipment) or export its label again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A packed order is labelled first: the cheapest service that arrives in time (or --service with
--reason), one tracking number per parcel, packed -&gt; labelled, the marketplace told. A labelled
order&apos;s label is written again (a reprint, audited). Exit 1 when the order cannot be labelled or the
printer does not take the label (the label is kept: &apos;print-jobs&apos; lists it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void the labels of a labelled order (a supervisor; refused once manifested).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tracking numbers are never issued again; the order goes back to packed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the end-of-day manifest of a carrier: its labelled parcels are shipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes manifest-CARRIER-ID.pdf (for the driver to sign) and .csv into --out-dir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List parcels waiting for a manifest and the latest manifests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a closed manifest&apos;s PDF and CSV again (a reprint).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the latest print jobs and whether they printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written; nothing was labelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist or cannot be written; nothing was closed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saypro::AddressRules</name>
    <message>
        <source>The postal code &quot;%1&quot; is not valid for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a province or state code of %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saypro::Allocator</name>
    <message>
        <source>Nothing to allocate: the order has no units to ship.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs %2, %3 available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for stock: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole order from %1, the nearest warehouse (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) is short of %3; whole order from %4 (%5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No single warehouse has every item: split into %n shipments, from %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saypro::AuditLog</name>
    <message>
        <source>The audit log could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saypro::AuditLog::BulkAppender</name>
    <message>
        <source>The audit log could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saypro::CertificateFile</name>
    <message>
        <source>Choose a certificate file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a certificate. Choose the marketplace&apos;s certificate or its certificate authority, saved as PEM (text starting with &quot;-----BEGIN CERTIFICATE-----&quot;) or DER.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate in %1 expired on %2; the marketplace cannot be trusted with it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saypro::Cli</name>
    <message>
        <source>SayPro Station control %1 — administer and script a packing station.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: saypro-stationctl COMMAND [OPTIONS]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every command takes --db PATH (default: %1) and --json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;saypro-stationctl COMMAND --help&apos; for a command&apos;s options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit status: 0 success, 1 failure or a problem found, 2 wrong command line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: unknown command &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;saypro-stationctl --help&apos; for the list of commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saypro::CommandContext</name>
    <message>
        <source>error: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>detail: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;%1 --help&apos; for usage.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saypro::ConnectionDialog</name>
    <message>
        <source>Connect to marketplace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The station fetches its orders from the marketplace at this address and sends back what happens to them. Ask the marketplace&apos;s administrator for the address and this station&apos;s token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketplace address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The marketplace&apos;s https:// address. Leave it empty to work without one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A token is stored; leave empty to keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste this station&apos;s token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A token is already stored on this station. Type a new one to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token the marketplace issued for this station. It is kept in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: only for a marketplace with its own certificate authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional. A PEM or DER file with the certificate authority (or the certificate) the marketplace uses, when it is not one the system already trusts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse for a certificate file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: sha256/…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public-key pin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional. The SHA-256 of the marketplace&apos;s public key (sha256/ and base64, or 64 hexadecimal digits). With a pin, the station refuses any server presenting another key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the marketplace knows this station, for example ST-01.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds between two syncs; Sync now (F9) syncs at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketplace &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station &amp;token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Certificate file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public-key &amp;pin:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station &amp;id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync &amp;every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save and connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address starts with http://, which anyone on the network can read and change. The station only connects over https://: ask for the marketplace&apos;s https:// address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a marketplace address. It must start with https://, for example https://marketplace.example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address has no server name after https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give only the marketplace&apos;s address, without anything after ? or #, and without a user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a public-key pin. Write sha256/ followed by the 44 characters of base64 the marketplace gives, or the 64 hexadecimal digits of the SHA-256.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give this station an id, for example ST-01.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The station id can be at most %1 characters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The station id may hold letters, digits, dots, dashes and underscores only, for example ST-01.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the token the marketplace issued for this station; it refuses a station without one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token cannot contain spaces or line breaks. Copy it again from the marketplace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the marketplace&apos;s certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saypro::CycleCountScreen</name>
    <message>
        <source>1 product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cycle count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bin:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the bin label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bin to count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the bin&apos;s label or type its code, for example JHB1-A-03-12-2-04, and press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start counting the bin in the bin field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B&amp;lind count: keep the book hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blind count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When checked, what the book says is in the bin stays hidden until the differences are reviewed, so the count is not influenced by it. Set before the count starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;ncel count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throw away this bin&apos;s count without booking anything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Item:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan a product, or type its SKU or GTIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each scan of a product&apos;s barcode counts one. To count many at once, type the SKU or GTIN, set the quantity and press Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many units the next item adds; it goes back to 1 after each item. Enter adds the item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to the count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take back the last item added to the count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every product counted in this bin and how many</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blind count: what the book says stays hidden until you review the differences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the book says is in the bin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every product the station&apos;s book has in this bin, with on hand and reserved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review differences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review differences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the count with the book (Alt+R). Nothing is booked until you confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differences against the book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For every product in the book or the count: the book, the count and the difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+%1 — more than the book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bac&amp;k to counting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to counting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go on counting this bin; nothing is booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Confirm adjustments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm adjustments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book the differences shown as cycle-count adjustments (Alt+C). Enter alone never confirms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The count of %1 was not booked: the station changed to another database or station id. Count the bin again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting is not available: no station database is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the label of the bin to count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The book of the bin shows here once the count starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting bin %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No bin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No bin is being counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Scan the bin label (or type the bin code and press Enter).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. Scan every item in the bin. Many of one product: type its SKU or GTIN, set the quantity, press Enter. When done: Review differences (Alt+R).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. Check the differences. Confirm adjustments (Alt+C) books them; scanning goes on counting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a product, not a bin: scan the bin label first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a bin code: scan the label on the bin (for example JHB1-A-03-12-2-04).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bin %1 is in warehouse %2, which this station does not know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting bin %1: scan every item in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting bin %1: the book says it is empty. Scan whatever is in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting bin %1: the book has 1 product.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting bin %1: the book has %2 products.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan every item in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a bin code, not a product. To count another bin, first Review and Confirm this one, or Cancel count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown barcode %1: not in the catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown SKU %1: not in the catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan a product, or type its SKU or GTIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: +%2, %3 counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the count changed: review the differences again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken back: %1, %2 counted now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the book (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted: nothing yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted: %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 — matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>−%1 — fewer than the book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The count of %1 matches the book. Confirm adjustments finishes the bin; nothing changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 product differs from the book; %1 match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 products differ from the book; %2 match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm adjustments (Alt+C) books the differences as cycle-count adjustments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bin %1 matches the book.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bin %1: 1 difference to confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bin %1: %2 differences to confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting %1 again: scan the next item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not booked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bin %1 counted: it matches the book, nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bin %1 counted: 1 adjustment booked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bin %1 counted: %2 adjustments booked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count of %1 cancelled: nothing booked. Scan the next bin.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saypro::Database</name>
    <message>
        <source>No database file was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database path is a folder, not a file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file does not exist: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder for the database cannot be created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file is empty: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not a SayPro Station database, or it is damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database cannot be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database was written by a newer version of SayPro Station and cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database schema version cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown schema version %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A read-only database cannot be upgraded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database could not be upgraded to version %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A database operation failed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saypro::DistanceTable</name>
    <message>
        <source>The warehouse distance table file could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saypro::DocumentPreviewDialog</name>
    <message>
        <source>Documents of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packing slip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return instructions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print on the document printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the document as a PDF file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n page(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document printer %1 is not available; the document is kept and can be saved as a PDF instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer stopped taking the document.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saypro::FaultSpec</name>
    <message>
        <source>&apos;%1&apos; is not an endpoint; use one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a section names no faults.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not of the form key=value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a fault; use one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>latency must be a duration such as 200ms, 1s or 100-400ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retry-after must be whole seconds from 0 to 3600, such as 2s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a probability from 0 to 1, such as 0.05 or 5%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fault specification is not valid: the fault probabilities of one endpoint add up to more than 1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saypro::FeedbackBanner</name>
    <message>
        <source>Last result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saypro::ImageDecoder</name>
    <message>
        <source>The image file was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be read as an image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no image to read a barcode from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The barcode in the image could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This barcode type cannot be printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This text cannot be printed as that barcode type.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saypro::IntakeService</name>
    <message>
        <source>Hold released: the cause has cleared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every check passes now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stock arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaced by a hold of another kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled, or taken by another station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 needed, %3 available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backorder hold needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saypro::InventoryScreen</name>
    <message>
        <source>Inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inventory views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock by location, or the low-stock list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stock by location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Low stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load &amp;more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No older movements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;can or type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU, GTIN (barcode) or bin code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan or type a SKU, a product&apos;s barcode (GTIN) or a bin code; the start of a SKU or bin code is enough. Enter searches at once, Escape clears the search, Down goes to the results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search stock for what is in the search field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock by location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock rows matching the search: SKU, product, bin, on hand, reserved, available and the marketplace&apos;s figure. The selected SKU&apos;s details are below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Adjust…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjust stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the units of the selected SKU in a bin, with a reason (Alt+A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bins of the selected SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every bin holding the selected SKU, in walk order, with on hand, reserved, available and the marketplace&apos;s figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reservations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reservations of the selected SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units held for orders: order number, bin, units and since when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Movements (newest first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock movements of the selected SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change of the selected SKU&apos;s stock, newest first: time, bin, change, reason, on hand after, order, who, note and whether the marketplace has it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hand after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show older movements of the selected SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKUs whose available stock over all bins is at or below their reorder point, lowest first. Enter shows the SKU&apos;s stock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 — out of stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reorder point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show s&amp;tock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the bins, reservations and movements of the selected SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh the low-stock list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock is not available: no station database is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan or type a SKU, a barcode or a bin code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no stock in this station yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing in stock matches %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing in stock matches %1: check the code, or scan the bin label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: in 1 bin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: in %2 bins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No stock in this station yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First %1 rows: type more of the code to narrow it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No SKU selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a row to see its SKU&apos;s bins, reservations and movements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in the catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in 1 bin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1 bins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hand %1 · Reserved %2 · Available %3 · %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing reserved for orders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 units reserved for 1 order line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 units reserved for %2 order lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjusted %1 in %2 by %3 (%4): %5 on hand now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No SKU is at or below its reorder point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 SKUs with the least available stock at or below their reorder point, lowest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 SKU at or below its reorder point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 SKUs at or below their reorder point, lowest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter on a row shows its stock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Low stock (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saypro::InventoryStore</name>
    <message>
        <source>The number of rows to show must be at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no stock of %1 in bin %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU %1 is not in the catalogue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That order is not in this station.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That line is not part of order %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A SKU is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU %1 is not in the catalogue and has never been in stock at this station.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a bin code; bin codes look like JHB1-A-03-12-2-04.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bin %1 is in warehouse %2, which this station does not know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stock change could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least one unit must be reserved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1 of %2 available in bin %3; %4 cannot be reserved for order %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That line is not part of the order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least one unit must be picked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bin %1 holds only %2 of %3; %4 cannot be picked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1 of %2 in bin %3 may be picked for order %4; the rest is reserved for other orders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock can only be put back as a restock or a customer return.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least one unit must be put back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An adjustment must change the stock by at least one unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a reason for a manual adjustment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot take %1 of %2 out of bin %3: only %4 in the bin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The count of %1 cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reorder point cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period to reconcile must start before it ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picked %1 but shipped %2 on the orders picked here and shipped in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restocked %1 from returns but only %2 received in this period.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saypro::LabelScreen</name>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders to label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ship by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packed orders first, then labelled orders waiting for the manifest. Enter shows one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End-of-day manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carrier whose manifest to close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close &amp;manifest…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the manifest of the chosen carrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The carrier&apos;s labelled parcels are handed over: the orders become shipped and their labels can no longer be voided. A PDF for the driver to sign and a CSV are saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carrier service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why this service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proposed service is first; another allowed one needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for another service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why another service (recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rea&amp;son:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create label (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print label (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the label that did not print again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reprint…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reprint the label, with a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the label as a PDF file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Void label…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void the label (supervisor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packing slip, &amp;invoice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show and print the packing slip, invoice or return instructions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan or type an order number and press Enter to show its shipment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀ Previous parcel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the previous parcel&apos;s label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next parcel ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the next parcel&apos;s label</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n parcel(s) labelled</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No labelled parcels wait for a manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 is labelled: print its label or reprint it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 is packed: check the service and create the label (Ctrl+L).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No order selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an order on the left, or scan its order number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %n parcel(s), %3 kg · %4 · zone %5</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Tracking: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %n business day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source> · proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · arrives late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The label appears here once it is created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parcel %1 of %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label of parcel %1 of %2: %3, %4, tracking number %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why another service than the proposed one is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 labelled: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No label printer is set up at this station: save the label as a PDF, or set the label printer in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The label printer “%1” is not a printer address (host or host:port).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The print queue %1 is not available; the label is kept and can be printed again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label of %1 sent to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending the label to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label printed on %1 (print job %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label saved as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The labels of %1 are void; the order is packed again and can be labelled anew.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Manifest %1 closed: %n parcel(s) handed to %2.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Its PDF or CSV could not be saved in %1; print it again with &apos;saypro-stationctl manifest show %2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: %1 and the CSV beside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reprint label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every reprint is recorded. Why is the label printed again?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the label is printed again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voiding gives up the tracking numbers of %1 for good; the order goes back to packed. A supervisor must allow it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where should the manifest&apos;s PDF and CSV be saved?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save label as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This order has no label to print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This order has no label to print any more.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saypro::LowStockModel</name>
    <message>
        <source>0 — out of stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reorder point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saypro::MainWindow</name>
    <message>
        <source>SayPro Station — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SayPro Station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find any order in the station&apos;s cache and see its details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open another station database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the search field of the Orders screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ull screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About SayPro Station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open station database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station databases (*.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About SayPro Station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect to marketplace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the marketplace address, this station&apos;s token and how often to sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange orders and events with the marketplace now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync &amp;problems…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events the marketplace refused and data that could not be stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SayPro Station — %1 — Training mode — practice marketplace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training mode uses its own practice marketplace; start the station without --training to connect to a real one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the marketplace token is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;SayPro Station %1&lt;/h2&gt;&lt;p&gt;Packing-station software for the SayPro marketplace.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read what the current screen shows from the cache again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find stock by SKU, barcode or bin, adjust it, and see what runs low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cycle count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count a bin with the scanner and book the differences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanned %1; scans open screens once the station has its database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk the bins and take each order&apos;s items, one tote per order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 picked: it waits at packing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan each item into the parcel, weigh it and close the pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 packed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the carrier service, print the shipping label and close the manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 labelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saypro::MarketplaceClient</name>
    <message>
        <source>The marketplace address must be an https:// address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate pin is not a SHA-256 value (expected sha256/ followed by base64).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The station has no network access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The marketplace presented a different certificate than the one this station is set to trust, so the station did not connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The marketplace did not answer in time; the station will try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The marketplace&apos;s certificate is not trusted, so the station did not connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The marketplace cannot be reached. The station keeps working offline and sends its changes later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The marketplace&apos;s answer was cut off; the station will try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The marketplace sent an answer the station could not read; it will try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The marketplace refused this station&apos;s access token. Ask an administrator to check the connection settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The marketplace is busy; the station will try again shortly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The marketplace had a problem (HTTP %1); the station will try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The marketplace refused the change: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it conflicts with the marketplace&apos;s data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The marketplace rejected the request (HTTP %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saypro::MarketplaceLink</name>
    <message>
        <source>No marketplace is set up. The station works from its own cache; use File &gt; Connect to marketplace… to connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No marketplace token is stored on this station. Enter it with File &gt; Connect to marketplace….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored marketplace token is empty. Enter it again with File &gt; Connect to marketplace….</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saypro::NavigationRail</name>
    <message>
        <source>Screens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the screen to work on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saypro::OrderBrowser</name>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search: order number, customer name, SKU or GTIN, tracking number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type or scan an order number, a customer&apos;s first or last name, a SKU or GTIN, or a tracking number. Results update as you type; Enter searches at once, Escape clears the search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only orders in the chosen status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders matching the search, newest first. Use the arrow keys to move; the details follow the selection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an order to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders could not be counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No orders match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No orders in this station yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This order could not be read.
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statuses to filter by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting orders…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saypro::OrderDetailView</name>
    <message>
        <source>Order details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an order to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ship by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketplace id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notify by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ship to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ship-to address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special instructions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GTIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The items in the order with quantities and prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every status change of the order, oldest first, with who made it and where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order number: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not allocated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not computed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ship-to address: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special instructions: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fragile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>handle with care and pack with padding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gift wrap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gift message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note from the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Special instructions (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Special instructions: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items (lines: %1, units: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fragile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>serial number required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 after a discount of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything about the selected order: customer, address, special instructions, items, totals, status history, verification, holds and allocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put on hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold reasons changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warehouse chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserved stock given back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the order is held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each check intake made on the order: passed or failed, what was checked and what it found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ships from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every hold of the order, newest first: when and why it was placed, and when and why released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The verification results could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not verified yet: intake has not looked at this order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification: all %1 checks passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification: 1 check failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification: %1 checks failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The holds could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hold: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placed %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it is held: %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holds (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still on hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not allocated yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intake allocates the order once it passes verification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, then </source>
        <comment>between warehouses</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saypro::OrderStore</name>
    <message>
        <source>An order needs a number and a marketplace id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no order %1 in this station.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That order is not in this station any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 has a status this station does not know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 was changed at the same time; try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saypro::OrderStore::BulkWriter</name>
    <message>
        <source>Orders could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 is already in the station&apos;s cache.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saypro::OrderTableModel</name>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must leave the warehouse by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order number; the newest orders are at the top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery city and country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ship to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service level the customer paid for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline for the parcel to leave the warehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ship by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of items in the order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order total as charged, including shipping and tax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saypro::OrderVerifier</name>
    <message>
        <source>The order has no lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The product catalogue is not available to check the lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1 has no SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1 (%2) has an invalid GTIN %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: SKU %2 is not in the catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: SKU %2 with GTIN %3 is not in the catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some lines refer to products the station does not know: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every line refers to a known product.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantities must be between 1 and %1 per line: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every quantity is between 1 and %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order&apos;s currency &quot;%1&quot; is not a valid currency code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipping, tax and discount must not be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order&apos;s amounts are too large to add up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order total %1 does not match its lines, discount, shipping and tax (%2): off by %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The total %1 matches its lines, discount, shipping and tax.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s name is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s name is present.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The delivery address is incomplete or not valid: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The delivery address is complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s email address is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s email address &quot;%1&quot; is not well formed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s email address is well formed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s phone number is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No phone number was given (not required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s phone number &quot;%1&quot; is not in international form (+ and 8 to 15 digits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s phone number is well formed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment is captured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment is not captured (state: %1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saypro::PackScreen</name>
    <message>
        <source>%1 g</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before closing, confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special instructions to confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight of the current parcel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weighed grams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the weight the scale shows, in grams, then press Check weight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> g</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor override of the weight check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;parcel (F8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a new parcel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo last scan (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the last scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close pack (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Leave order (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave this order; the pack stays saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a label that does not scan: type the barcode digits or an order number and press Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent scans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent scans, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders to pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ship by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pack progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parcels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parcel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weighed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packing is not available: the station has no open database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No order is waiting to be packed. Picked orders appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan an order number, or choose an order and press Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the order number on the tote or the pick list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every item is scanned. Weigh the parcel, then close the pack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 open: scan each item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 left; its pack is saved and resumes when you scan it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ship by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (serial)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 items scanned · %3 of %4 lines done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parcel %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (current)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not weighed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to weigh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ within tolerance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ accepted by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ outside tolerance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreadable code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan an order number first: this is not one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All items scanned: weigh the parcel, then close the pack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parcel %1 opened: the next items go into it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the contents, or ask a supervisor to override.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parcel&apos;s weight is outside the tolerance. A supervisor may accept it; the acceptance is recorded in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Supervisor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight of parcel %1 accepted by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack cannot close yet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor overr&amp;ide…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That was not saved, so it does not count: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saypro::PickScreen</name>
    <message>
        <source>Pick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Short pick… (F8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short pick: the bin holds fewer than listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Leave walk (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the walk; picks stay booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a label that does not scan: type the bin code, the barcode digits or an order number and press Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders to pick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ship by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space marks an order for a batch walk; Enter starts the walk of the marked orders, or of this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start &amp;walk (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the walk of the marked orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next bin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to take</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The walk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The walk, in bin order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picking is not available: the station has no open database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No order is waiting to be picked. Verified orders with stock appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan an order number to pick it now, or mark several with Space and press Enter for one walk with a tote per order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan an order number to start picking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 marked for the walk (%2 marked). Press Enter to start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 taken off the walk (%2 marked).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Claiming %n order(s) from the marketplace…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No order could be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) of an order in this walk have no bin reserved: it cannot be finished until stock is allocated.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Walk started. Go to bin %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk of %1 orders started. Go to bin %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (serial)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the totes to packing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take %1 × %2 → tote %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take %1 × %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan each item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the bin label, then each item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 stops · %3 of %4 units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan an order number to start picking: this is not one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreadable code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 is not waiting to be picked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 picked: tote %2 goes to packing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 picked: take it to packing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk complete: take the totes to packing. Press Esc for the next orders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short pick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bin %1 does not hold the %2 × %3 still to take for order %4. What now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wait for replenishment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order stays in picking; a replenishment task is opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Split the order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ship what was found; the missing units are split off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Backorder the order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the picked units back; the order waits for stock and the customer is told.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the short pick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk left; what was picked stays booked. Scan an order number to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The walk is done, but %1 cannot be finished: units of it have no bin. It stays in picking; tell a supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is left to take at bin %1 for that line: no short pick was booked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saypro::RawTcpPrinter</name>
    <message>
        <source>The printer %1 stopped taking the label; it is kept and can be printed again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer %1 does not answer; the label is kept and can be printed again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer %1 cannot be reached (%2); the label is kept and can be printed again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saypro::SandboxApi</name>
    <message>
        <source>There is no such return.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This return was already inspected.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saypro::SandboxLife</name>
    <message>
        <source>There is no order %1 in the training marketplace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 has already shipped and can no longer be cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of new orders must be between 0 and 100,000.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saypro::SandboxServer</name>
    <message>
        <source>A certificate needs its private key, and a key its certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The training certificate is missing from this program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No temporary file can be made for the training marketplace.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saypro::SandboxService</name>
    <message>
        <source>The training marketplace cannot listen on port %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such resource.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This resource does not answer that method.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A valid bearer token is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request is malformed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A request with this Idempotency-Key is still being processed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This Idempotency-Key was already used for another request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulated time only moves forward.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no order %1 in the training marketplace.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saypro::SandboxStore</name>
    <message>
        <source>No file was given for the training marketplace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not a training marketplace database; it is left untouched: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This training marketplace database was written by a newer version and cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The training marketplace database could not be upgraded to version %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saypro::SecretStore</name>
    <message>
        <source>No keychain service is available: the marketplace token is kept in a file that only your user can read (%1). Install and unlock a keychain (for example GNOME Keyring) to keep it safer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No marketplace token is stored on this station.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored token could not be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored token file can be read by other users, so the station will not use it. Store the token again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored token could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saypro::StatusStrip</name>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders: could not be counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders in cache: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders in cache: %1 · matching the filter: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training mode — practice marketplace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders come from a practice marketplace inside this program; nothing reaches real customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders in cache: %1 · matching the filter: …</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saypro::StockAdjustDialog</name>
    <message>
        <source>Adjust stock of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the units of one product in one bin, with the reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bin whose stock changes. Choose one, or scan or type another bin code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change in units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many units to add (a positive number) or take out (a negative number, for example -2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the stock changes; it is sent to the marketplace with the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: what happened, for whoever reads the history later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: what happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bin:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change (units):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Adjust stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjust stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Books the change shown above (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bins holding this product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose or scan the bin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a bin code (for example JHB1-A-03-12-2-04).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hand in %1: %2. Type how many units to add, or a negative number to take out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds none of this product yet. Type how many units to add.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hand in %1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ There are only %1 in the bin: this change cannot be booked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of them are reserved for orders: the newest reservations will be given back and those orders allocated again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ Not adjusted: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saypro::StockLevelModel</name>
    <message>
        <source>The marketplace reported %1 units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The marketplace reported %1 units (version %2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units held for verified orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hand minus reserved: what new orders can have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the marketplace last reported; it differs from on hand while this station&apos;s changes are on their way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saypro::StockMovementModel</name>
    <message>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The marketplace has counted this change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting to be sent to, or counted by, the marketplace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hand after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saypro::SyncEngine</name>
    <message>
        <source>Sync was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The station database cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The marketplace sent an answer the station could not read; it will try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The marketplace sent a record this station cannot read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown sync resource.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) could not be sent yet; the station will keep trying.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>That order is not in this station.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 is yours to pack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 is claimed by another station.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 is claimed by station %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The marketplace cannot be reached. The claim of order %1 was queued and is sent when the station is back online.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saypro::SyncOptions</name>
    <message>
        <source>The marketplace&apos;s https:// address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The station&apos;s bearer token (default: the SAYPRO_MARKETPLACE_TOKEN variable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PEM file of certificates to trust besides the system&apos;s (e.g. the training marketplace&apos;s certificate). May be given more than once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust only the certificates given with --ca, not the system&apos;s authorities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Require this SHA-256 public-key pin of the server certificate (sha256/BASE64).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This station&apos;s id, sent as X-Station-Id (default: the host name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run one sync and exit (the default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep syncing until interrupted (Ctrl+C).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds between the runs of --watch (default 30).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds without data before a request is abandoned (default 30).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items per page asked for (1-1000, default 200).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saypro::SyncPageWriter</name>
    <message>
        <source>The marketplace&apos;s data could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 has a status this station does not know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 was changed on the marketplace after picking started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The marketplace&apos;s version %1 has different lines. The station kept the lines being picked; check the order with the customer service team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 was cancelled while it was being picked or packed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The marketplace cancelled the order when it was “%1”. Stop packing it and return its items to their bins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 was cancelled on the marketplace after it left the station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order is “%1” here, so the station did not cancel it. Arrange a recall or a return with the carrier and customer service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A line the marketplace removed is still in use at the station.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A return refers to an order this station does not have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A return number is already used by another return.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an item without an id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The marketplace sent %1 (%2) that this station could not store: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GTIN %1 of product %2 already belongs to product %3 in this station.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product %1 clashes with another product in this station.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saypro::SyncProblemModel</name>
    <message>
        <source>Rejected by the marketplace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not be stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No HTTP status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saypro::SyncProblemsDialog</name>
    <message>
        <source>Sync problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The marketplace refused these events, or sent data the station could not store. Nothing here is retried on its own: put each one right (for example on the marketplace, or by correcting the order), then mark it resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open sync problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oldest first. The selected problem&apos;s detail is shown below the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Detail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail of the selected problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mark resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the selected problem off the list once it has been put right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no station database open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync problems could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no open sync problems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 open problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 open problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The problem could not be marked resolved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to deal with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saypro::SyncService</name>
    <message>
        <source>Sync is not running, so the order cannot be claimed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saypro::SyncStatusWidget</name>
    <message>
        <source>Sync status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First sync progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the list of sync problems a supervisor must deal with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token kept in a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange orders and events with the marketplace now (F9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · 1 event waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · %1 events waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online · synced %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing… first sync, %1% done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · working from the cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync error: the marketplace could not be synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The station works from its own cache. Use File &gt; Connect to marketplace… to connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to a marketplace: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to a marketplace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to the marketplace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · trying again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last successful sync: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This station has not completed a sync yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events waiting to be sent to the marketplace: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open sync problems: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 sync problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sync problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of about %2 records stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 records stored</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saypro::SyncStore</name>
    <message>
        <source>Order %1 is claimed by another station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 is claimed by station %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This station started on the order while offline, but the marketplace had given it to another station. Decide which station packs it; the other returns the items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no open sync problem %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saypro::TrainingMarketplace</name>
    <message>
        <source>The folder for training mode could not be created: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stationctl</name>
    <message numerus="yes">
        <source>%n order(s) shown.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n SKU(s) at or below their reorder point.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cycle-count adjustment(s) booked.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s) found; run again with --confirm to book them.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n discrepancy(ies) found.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scan(s) of %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n range(s) added.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Manifest %1 (%2): %n parcel(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n parcel(s) waiting for the manifest.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Manifest %1  %2  %3  %n parcel(s)  by %4</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>
