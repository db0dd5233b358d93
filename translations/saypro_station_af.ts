<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="af_ZA">
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
        <source>Read the orders from the cache again</source>
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
        <source>&lt;h2&gt;SayPro Station %1&lt;/h2&gt;&lt;p&gt;Packing-station software for the SayPro marketplace: pick, pack, label and ship orders, and take returns back in.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About SayPro Station</source>
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
</context>
<context>
    <name>saypro::OrderDetailView</name>
    <message>
        <source>Order details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything about the selected order: customer, address, special instructions, items, totals and status history</source>
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
</context>
</TS>
