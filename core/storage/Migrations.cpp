#include "Migrations.h"

namespace saypro {

namespace {

// Times are INTEGER milliseconds since the epoch, UTC. Money is INTEGER minor units with an ISO currency.

const QStringList kVersion1 = {
    // Key/value facts about this database (station id, audit chain head, sync cursors later).
    QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID"),

    QStringLiteral(R"(CREATE TABLE warehouses (
        code TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        line1 TEXT NOT NULL DEFAULT '', city TEXT NOT NULL DEFAULT '', region TEXT NOT NULL DEFAULT '',
        postal_code TEXT NOT NULL DEFAULT '', country TEXT NOT NULL,
        time_zone TEXT NOT NULL
    ) WITHOUT ROWID)"),

    QStringLiteral(R"(CREATE TABLE locations (
        id INTEGER PRIMARY KEY,
        warehouse TEXT NOT NULL REFERENCES warehouses(code),
        zone TEXT NOT NULL, aisle INTEGER NOT NULL, bay INTEGER NOT NULL, level INTEGER NOT NULL, bin INTEGER NOT NULL,
        code TEXT NOT NULL UNIQUE,
        UNIQUE (warehouse, zone, aisle, bay, level, bin)
    ))"),

    QStringLiteral(R"(CREATE TABLE products (
        sku TEXT PRIMARY KEY,
        gtin TEXT UNIQUE,
        name TEXT NOT NULL,
        weight_g INTEGER NOT NULL DEFAULT 0 CHECK (weight_g >= 0),
        unit_price_minor INTEGER NOT NULL DEFAULT 0,
        currency TEXT NOT NULL,
        serial_tracked INTEGER NOT NULL DEFAULT 0,
        fragile INTEGER NOT NULL DEFAULT 0,
        location_id INTEGER REFERENCES locations(id)
    ) WITHOUT ROWID)"),

    QStringLiteral(R"(CREATE TABLE orders (
        id INTEGER PRIMARY KEY,
        marketplace_id TEXT NOT NULL UNIQUE,
        number TEXT NOT NULL UNIQUE,
        version INTEGER NOT NULL DEFAULT 1,
        status TEXT NOT NULL,
        placed_at INTEGER, confirmed_at INTEGER, ship_by INTEGER, shipped_at INTEGER, delivered_at INTEGER,
        updated_at INTEGER NOT NULL,
        service_level TEXT NOT NULL,
        payment_status TEXT NOT NULL,
        currency TEXT NOT NULL,
        shipping_minor INTEGER NOT NULL DEFAULT 0,
        tax_minor INTEGER NOT NULL DEFAULT 0,
        discount_minor INTEGER NOT NULL DEFAULT 0,
        total_minor INTEGER NOT NULL DEFAULT 0,
        customer_name TEXT NOT NULL COLLATE NOCASE,
        customer_last_name TEXT NOT NULL DEFAULT '' COLLATE NOCASE,
        customer_email TEXT NOT NULL DEFAULT '',
        customer_phone TEXT NOT NULL DEFAULT '',
        customer_locale TEXT NOT NULL DEFAULT 'en-ZA',
        notify_email INTEGER NOT NULL DEFAULT 1, notify_sms INTEGER NOT NULL DEFAULT 0, notify_push INTEGER NOT NULL DEFAULT 0,
        ship_name TEXT NOT NULL DEFAULT '', ship_line1 TEXT NOT NULL DEFAULT '', ship_line2 TEXT NOT NULL DEFAULT '',
        ship_suburb TEXT NOT NULL DEFAULT '', ship_city TEXT NOT NULL DEFAULT '', ship_region TEXT NOT NULL DEFAULT '',
        ship_postal_code TEXT NOT NULL DEFAULT '', ship_country TEXT NOT NULL DEFAULT '',
        gift_wrap INTEGER NOT NULL DEFAULT 0, gift_message TEXT NOT NULL DEFAULT '',
        fragile INTEGER NOT NULL DEFAULT 0, delivery_window TEXT NOT NULL DEFAULT '',
        customisation TEXT NOT NULL DEFAULT '', instructions_note TEXT NOT NULL DEFAULT '',
        warehouse TEXT REFERENCES warehouses(code)
    ))"),
    QStringLiteral("CREATE INDEX idx_orders_status_ship_by ON orders(status, ship_by)"),
    QStringLiteral("CREATE INDEX idx_orders_status ON orders(status)"),
    QStringLiteral("CREATE INDEX idx_orders_updated_at ON orders(updated_at)"),
    QStringLiteral("CREATE INDEX idx_orders_customer_name ON orders(customer_name)"),
    QStringLiteral("CREATE INDEX idx_orders_customer_last_name ON orders(customer_last_name)"),

    QStringLiteral(R"(CREATE TABLE order_lines (
        id INTEGER PRIMARY KEY,
        order_id INTEGER NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
        line_id TEXT NOT NULL,
        sku TEXT NOT NULL,
        gtin TEXT NOT NULL DEFAULT '',
        name TEXT NOT NULL,
        quantity INTEGER NOT NULL CHECK (quantity > 0),
        unit_price_minor INTEGER NOT NULL DEFAULT 0,
        discount_minor INTEGER NOT NULL DEFAULT 0,
        serial_tracked INTEGER NOT NULL DEFAULT 0,
        fragile INTEGER NOT NULL DEFAULT 0,
        weight_g INTEGER NOT NULL DEFAULT 0,
        UNIQUE (order_id, line_id)
    ))"),
    QStringLiteral("CREATE INDEX idx_order_lines_sku ON order_lines(sku)"),
    QStringLiteral("CREATE INDEX idx_order_lines_gtin ON order_lines(gtin)"),

    // Append-only, hash-chained: hash = SHA-256(previous row's hash || this row's content).
    QStringLiteral(R"(CREATE TABLE audit_log (
        id INTEGER PRIMARY KEY,
        at INTEGER NOT NULL,
        actor TEXT NOT NULL,
        station TEXT NOT NULL,
        entity TEXT NOT NULL,
        entity_id TEXT NOT NULL,
        action TEXT NOT NULL,
        before_json TEXT NOT NULL DEFAULT '',
        after_json TEXT NOT NULL DEFAULT '',
        hash BLOB NOT NULL
    ))"),
    QStringLiteral("CREATE INDEX idx_audit_entity ON audit_log(entity, entity_id)"),
};

const QStringList kVersion2 = {
    QStringLiteral(R"(CREATE TABLE shipments (
        id INTEGER PRIMARY KEY,
        order_id INTEGER NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
        carrier TEXT NOT NULL,
        service TEXT NOT NULL,
        status TEXT NOT NULL,
        created_at INTEGER NOT NULL
    ))"),
    QStringLiteral("CREATE INDEX idx_shipments_order ON shipments(order_id)"),
    QStringLiteral(R"(CREATE TABLE parcels (
        id INTEGER PRIMARY KEY,
        shipment_id INTEGER NOT NULL REFERENCES shipments(id) ON DELETE CASCADE,
        order_id INTEGER NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
        sequence INTEGER NOT NULL DEFAULT 1,
        tracking_number TEXT,
        weight_g INTEGER NOT NULL DEFAULT 0,
        length_mm INTEGER NOT NULL DEFAULT 0, width_mm INTEGER NOT NULL DEFAULT 0, height_mm INTEGER NOT NULL DEFAULT 0
    ))"),
    QStringLiteral("CREATE UNIQUE INDEX idx_parcels_tracking ON parcels(tracking_number)"),
    QStringLiteral("CREATE INDEX idx_parcels_order ON parcels(order_id)"),
    QStringLiteral(R"(CREATE TABLE parcel_items (
        parcel_id INTEGER NOT NULL REFERENCES parcels(id) ON DELETE CASCADE,
        order_line_id INTEGER NOT NULL REFERENCES order_lines(id),
        quantity INTEGER NOT NULL CHECK (quantity > 0),
        PRIMARY KEY (parcel_id, order_line_id)
    ) WITHOUT ROWID)"),

    QStringLiteral(R"(CREATE TABLE returns (
        id INTEGER PRIMARY KEY,
        rma TEXT NOT NULL UNIQUE,
        order_id INTEGER NOT NULL REFERENCES orders(id),
        status TEXT NOT NULL,
        requested_at INTEGER NOT NULL,
        received_at INTEGER
    ))"),
    QStringLiteral("CREATE INDEX idx_returns_order ON returns(order_id)"),
    QStringLiteral(R"(CREATE TABLE return_lines (
        id INTEGER PRIMARY KEY,
        return_id INTEGER NOT NULL REFERENCES returns(id) ON DELETE CASCADE,
        order_line_id INTEGER REFERENCES order_lines(id),
        sku TEXT NOT NULL,
        reason TEXT NOT NULL DEFAULT '',
        quantity_requested INTEGER NOT NULL CHECK (quantity_requested > 0),
        quantity_received INTEGER NOT NULL DEFAULT 0,
        condition_grade TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT '',
        photo_path TEXT NOT NULL DEFAULT '',
        disposition TEXT NOT NULL DEFAULT 'undecided'
    ))"),

    // Append-only: events to push to the marketplace. Rows are never deleted; only the delivery
    // bookkeeping columns (attempts, next_attempt_at, last_error, delivered_at) change.
    QStringLiteral(R"(CREATE TABLE outbox (
        id INTEGER PRIMARY KEY,
        idempotency_key TEXT NOT NULL UNIQUE,
        order_id INTEGER REFERENCES orders(id),
        kind TEXT NOT NULL,
        method TEXT NOT NULL DEFAULT 'POST',
        path TEXT NOT NULL,
        payload TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        attempts INTEGER NOT NULL DEFAULT 0,
        next_attempt_at INTEGER NOT NULL,
        last_error TEXT NOT NULL DEFAULT '',
        delivered_at INTEGER
    ))"),
    QStringLiteral("CREATE INDEX idx_outbox_pending ON outbox(delivered_at, next_attempt_at)"),
    QStringLiteral("CREATE INDEX idx_outbox_order ON outbox(order_id)"),

    // Append-only: every scan, accepted or rejected, with the reason.
    QStringLiteral(R"(CREATE TABLE scan_log (
        id INTEGER PRIMARY KEY,
        at INTEGER NOT NULL,
        station TEXT NOT NULL,
        actor TEXT NOT NULL,
        order_id INTEGER REFERENCES orders(id),
        code TEXT NOT NULL,
        symbology TEXT NOT NULL DEFAULT '',
        accepted INTEGER NOT NULL,
        reason TEXT NOT NULL DEFAULT ''
    ))"),
    QStringLiteral("CREATE INDEX idx_scan_log_order ON scan_log(order_id)"),
};

// Version 3: synchronisation with the marketplace.
const QStringList kVersion3 = {
    // One incremental-pull cursor per resource ("orders", "inventory", "tracking-events", "returns",
    // "feedback"), written in the same transaction as the page it follows.
    QStringLiteral(R"(CREATE TABLE sync_cursors (
        resource TEXT PRIMARY KEY,
        cursor TEXT NOT NULL,
        updated_at INTEGER NOT NULL
    ) WITHOUT ROWID)"),
    // What the marketplace last said about the order, and which station holds its claim.
    QStringLiteral("ALTER TABLE orders ADD COLUMN marketplace_status TEXT NOT NULL DEFAULT ''"),
    QStringLiteral("ALTER TABLE orders ADD COLUMN claimed_by TEXT NOT NULL DEFAULT ''"),
    QStringLiteral("ALTER TABLE orders ADD COLUMN claim_expires_at INTEGER"),
    // How an outbox row ended: 'delivered' (2xx) or 'rejected' (a definitive 4xx, see sync_problems).
    QStringLiteral("ALTER TABLE outbox ADD COLUMN outcome TEXT NOT NULL DEFAULT ''"),
    QStringLiteral("ALTER TABLE outbox ADD COLUMN response_status INTEGER"),
    QStringLiteral("ALTER TABLE outbox ADD COLUMN response_body TEXT NOT NULL DEFAULT ''"),
    // Problems a supervisor must see: rejected events, unreadable data from the marketplace.
    QStringLiteral(R"(CREATE TABLE sync_problems (
        id INTEGER PRIMARY KEY,
        at INTEGER NOT NULL,
        kind TEXT NOT NULL,
        order_id INTEGER REFERENCES orders(id),
        outbox_id INTEGER REFERENCES outbox(id),
        http_status INTEGER,
        message TEXT NOT NULL,
        detail TEXT NOT NULL DEFAULT '',
        resolved_at INTEGER
    ))"),
    QStringLiteral("CREATE INDEX idx_sync_problems_open ON sync_problems(resolved_at, at)"),
    // Work for people: e.g. an order cancelled on the marketplace while it was being packed.
    QStringLiteral(R"(CREATE TABLE tasks (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL,
        order_id INTEGER REFERENCES orders(id),
        created_at INTEGER NOT NULL,
        title TEXT NOT NULL,
        detail TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL DEFAULT 'open',
        owner TEXT NOT NULL DEFAULT '',
        resolved_at INTEGER
    ))"),
    QStringLiteral("CREATE INDEX idx_tasks_status ON tasks(status, created_at)"),
    QStringLiteral("CREATE INDEX idx_tasks_order ON tasks(order_id)"),
    // Stock per SKU and bin as the marketplace reports it.
    QStringLiteral(R"(CREATE TABLE stock (
        sku TEXT NOT NULL,
        location TEXT NOT NULL,
        on_hand INTEGER NOT NULL,
        reserved INTEGER NOT NULL DEFAULT 0,
        version INTEGER NOT NULL DEFAULT 0,
        updated_at INTEGER NOT NULL,
        PRIMARY KEY (sku, location)
    ) WITHOUT ROWID)"),
    QStringLiteral(R"(CREATE TABLE tracking_events (
        id TEXT PRIMARY KEY,
        order_id INTEGER REFERENCES orders(id),
        tracking_number TEXT NOT NULL,
        status TEXT NOT NULL,
        description TEXT NOT NULL DEFAULT '',
        occurred_at INTEGER NOT NULL,
        version INTEGER NOT NULL DEFAULT 0
    ) WITHOUT ROWID)"),
    QStringLiteral("CREATE INDEX idx_tracking_events_order ON tracking_events(order_id, occurred_at)"),
    QStringLiteral(R"(CREATE TABLE feedback (
        id TEXT PRIMARY KEY,
        order_id INTEGER REFERENCES orders(id),
        rating INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 5),
        comment TEXT NOT NULL DEFAULT '',
        created_at INTEGER NOT NULL,
        version INTEGER NOT NULL DEFAULT 0
    ) WITHOUT ROWID)"),
    QStringLiteral("CREATE INDEX idx_feedback_order ON feedback(order_id)"),
    QStringLiteral("ALTER TABLE returns ADD COLUMN marketplace_id TEXT"),
    QStringLiteral("ALTER TABLE returns ADD COLUMN version INTEGER NOT NULL DEFAULT 0"),
    QStringLiteral("CREATE UNIQUE INDEX idx_returns_marketplace_id ON returns(marketplace_id)"),
    QStringLiteral("ALTER TABLE return_lines ADD COLUMN marketplace_line_id TEXT NOT NULL DEFAULT ''"),
};

// Version 4: what the sync engine needs besides version 3.
const QStringList kVersion4 = {
    // Where each page of a pull ended and when it was stored. A run starts from the newest position
    // stored at least the overlap window ago, so changes the marketplace made visible late are read
    // again (and de-duplicated by version). Rows older than the chosen start are pruned.
    QStringLiteral(R"(CREATE TABLE sync_cursor_marks (
        id INTEGER PRIMARY KEY,
        resource TEXT NOT NULL,
        cursor TEXT NOT NULL,
        stored_at INTEGER NOT NULL
    ))"),
    QStringLiteral("CREATE INDEX idx_sync_cursor_marks ON sync_cursor_marks(resource, stored_at)"),
    // Items of a pulled page this station could not read or store (malformed JSON, a return for an
    // unknown order, a clash with another order's number). They are kept here, raw, in the page's
    // transaction, so the cursor may move past them without losing them; each has a sync problem.
    // A newer version of the same item that stores cleanly resolves them.
    QStringLiteral(R"(CREATE TABLE sync_quarantine (
        id INTEGER PRIMARY KEY,
        resource TEXT NOT NULL,
        item_id TEXT NOT NULL DEFAULT '',
        version INTEGER,
        fingerprint TEXT NOT NULL,
        body TEXT NOT NULL,
        error TEXT NOT NULL,
        problem_id INTEGER REFERENCES sync_problems(id),
        received_at INTEGER NOT NULL,
        resolved_at INTEGER,
        UNIQUE (resource, fingerprint)
    ))"),
    QStringLiteral("CREATE INDEX idx_sync_quarantine_item ON sync_quarantine(resource, item_id, resolved_at)"),
    QStringLiteral("CREATE INDEX idx_sync_problems_outbox ON sync_problems(outbox_id)"),
};

// Version 5: intake — verification results, holds, reservations, stock movements and allocation.
const QStringList kVersion5 = {
    // The marketplace version of the order that intake last looked at; an order whose version differs
    // (new, or changed by the marketplace) is due for verification. Orders already past intake count as seen;
    // verified and ready ones are due once, so they get their reservations.
    QStringLiteral("ALTER TABLE orders ADD COLUMN verified_version INTEGER"),
    QStringLiteral("UPDATE orders SET verified_version = version WHERE status NOT IN ('new', 'verified', 'ready')"),
    QStringLiteral("CREATE INDEX idx_orders_intake_due ON orders(id) WHERE verified_version IS NOT version"),
    // The last result of each verification check per order (OrderVerifier's check ids).
    QStringLiteral(R"(CREATE TABLE order_checks (
        order_id INTEGER NOT NULL REFERENCES orders(id),
        check_id TEXT NOT NULL,
        passed INTEGER NOT NULL,
        message TEXT NOT NULL DEFAULT '',
        detail TEXT NOT NULL DEFAULT '',
        order_version INTEGER NOT NULL,
        checked_at INTEGER NOT NULL,
        PRIMARY KEY (order_id, check_id)
    ) WITHOUT ROWID)"),
    // Why an order is on hold. kind: 'verification' and 'backorder' are placed and released by intake;
    // 'supervisor' only by a person. reasons: JSON array of {"check", "message", "detail"}.
    QStringLiteral(R"(CREATE TABLE holds (
        id INTEGER PRIMARY KEY,
        order_id INTEGER NOT NULL REFERENCES orders(id),
        kind TEXT NOT NULL CHECK (kind IN ('verification', 'backorder', 'supervisor')),
        reasons TEXT NOT NULL,
        placed_at INTEGER NOT NULL,
        placed_by TEXT NOT NULL,
        released_at INTEGER,
        released_by TEXT NOT NULL DEFAULT '',
        release_reason TEXT NOT NULL DEFAULT ''
    ))"),
    QStringLiteral("CREATE INDEX idx_holds_order ON holds(order_id, released_at)"),
    QStringLiteral("CREATE INDEX idx_holds_open ON holds(kind, placed_at) WHERE released_at IS NULL"),
    // Stock: what the marketplace last reported (on_hand is that plus this station's movements it has
    // not seen yet), and a reorder point per SKU for the low-stock list.
    QStringLiteral("ALTER TABLE stock ADD COLUMN market_on_hand INTEGER NOT NULL DEFAULT 0"),
    QStringLiteral("UPDATE stock SET market_on_hand = on_hand"),
    QStringLiteral("CREATE INDEX idx_stock_location ON stock(location)"),
    QStringLiteral(
        "ALTER TABLE products ADD COLUMN reorder_point INTEGER NOT NULL DEFAULT 5 CHECK (reorder_point >= 0)"),
    // Units held for an order line in a bin; stock.reserved is their sum per (sku, location).
    QStringLiteral(R"(CREATE TABLE reservations (
        id INTEGER PRIMARY KEY,
        order_id INTEGER NOT NULL REFERENCES orders(id),
        order_line_id INTEGER NOT NULL REFERENCES order_lines(id),
        sku TEXT NOT NULL,
        location TEXT NOT NULL,
        quantity INTEGER NOT NULL CHECK (quantity > 0),
        created_at INTEGER NOT NULL
    ))"),
    QStringLiteral("CREATE INDEX idx_reservations_order ON reservations(order_id)"),
    QStringLiteral("CREATE INDEX idx_reservations_stock ON reservations(sku, location)"),
    QStringLiteral("CREATE INDEX idx_reservations_line ON reservations(order_line_id)"),
    // Every local change to stock (append-only): picks, restocks, returns, adjustments, cycle counts.
    // outbox_id is the event that tells the marketplace.
    QStringLiteral(R"(CREATE TABLE stock_movements (
        id INTEGER PRIMARY KEY,
        at INTEGER NOT NULL,
        sku TEXT NOT NULL,
        location TEXT NOT NULL,
        delta INTEGER NOT NULL CHECK (delta <> 0),
        reason TEXT NOT NULL,
        order_id INTEGER REFERENCES orders(id),
        actor TEXT NOT NULL,
        station TEXT NOT NULL,
        note TEXT NOT NULL DEFAULT '',
        on_hand_after INTEGER NOT NULL,
        outbox_id INTEGER REFERENCES outbox(id)
    ))"),
    QStringLiteral("CREATE INDEX idx_stock_movements_item ON stock_movements(sku, location, id)"),
    QStringLiteral("CREATE INDEX idx_stock_movements_sku ON stock_movements(sku, id)"),
    QStringLiteral("CREATE INDEX idx_stock_movements_at ON stock_movements(at)"),
    QStringLiteral("CREATE INDEX idx_stock_movements_outbox ON stock_movements(outbox_id)"),
    QStringLiteral("CREATE INDEX idx_stock_movements_order ON stock_movements(order_id)"),
    // The reconciliation report reads orders shipped in a period.
    QStringLiteral("CREATE INDEX idx_orders_shipped_at ON orders(shipped_at)"),
    // The warehouse(s) an order ships from and why. outcome: whole, split, backorder.
    QStringLiteral(R"(CREATE TABLE allocations (
        order_id INTEGER PRIMARY KEY REFERENCES orders(id),
        outcome TEXT NOT NULL,
        warehouses TEXT NOT NULL DEFAULT '',
        destination_key TEXT NOT NULL DEFAULT '',
        message TEXT NOT NULL,
        detail TEXT NOT NULL DEFAULT '',
        decided_at INTEGER NOT NULL
    ))"),
};

// Version 6: picking and packing.
const QStringList kVersion6 = {
    // Units taken from bins for the line so far, and units split off at a short pick (they will not ship
    // with this order; the marketplace was told).
    QStringLiteral("ALTER TABLE order_lines ADD COLUMN picked_quantity INTEGER NOT NULL DEFAULT 0"),
    QStringLiteral("ALTER TABLE order_lines ADD COLUMN short_quantity INTEGER NOT NULL DEFAULT 0"),
    // What each scan was about: where (pick, pack, route), the matched line, units counted, the parcel, and
    // the precise reason for the log.
    QStringLiteral("ALTER TABLE scan_log ADD COLUMN context TEXT NOT NULL DEFAULT 'pack'"),
    QStringLiteral("ALTER TABLE scan_log ADD COLUMN line_id TEXT NOT NULL DEFAULT ''"),
    QStringLiteral("ALTER TABLE scan_log ADD COLUMN quantity INTEGER NOT NULL DEFAULT 0"),
    QStringLiteral("ALTER TABLE scan_log ADD COLUMN parcel INTEGER NOT NULL DEFAULT 0"),
    QStringLiteral("ALTER TABLE scan_log ADD COLUMN detail TEXT NOT NULL DEFAULT ''"),
    QStringLiteral("CREATE INDEX idx_scan_log_at ON scan_log(at)"),
    // Append-only: the steps of a pack in progress (scan, undo, new parcel, acknowledge, weight, override),
    // replayed to resume the pack after a restart. `pack` numbers the packs of an order (a voided label
    // reopens one).
    QStringLiteral(R"(CREATE TABLE pack_events (
        id INTEGER PRIMARY KEY,
        order_id INTEGER NOT NULL REFERENCES orders(id),
        pack INTEGER NOT NULL,
        at INTEGER NOT NULL,
        actor TEXT NOT NULL,
        station TEXT NOT NULL,
        kind TEXT NOT NULL,
        data TEXT NOT NULL DEFAULT '{}'
    ))"),
    QStringLiteral("CREATE INDEX idx_pack_events_order ON pack_events(order_id, pack, id)"),
    // The units of a closed pack that carry a serial, batch or expiry. A serial ships once per SKU.
    QStringLiteral(R"(CREATE TABLE parcel_units (
        id INTEGER PRIMARY KEY,
        parcel_id INTEGER NOT NULL REFERENCES parcels(id) ON DELETE CASCADE,
        order_line_id INTEGER NOT NULL REFERENCES order_lines(id),
        sku TEXT NOT NULL,
        serial TEXT NOT NULL DEFAULT '',
        batch TEXT NOT NULL DEFAULT '',
        expiry TEXT NOT NULL DEFAULT ''
    ))"),
    QStringLiteral("CREATE UNIQUE INDEX idx_parcel_units_serial ON parcel_units(sku, serial) WHERE serial <> ''"),
    QStringLiteral("CREATE INDEX idx_parcel_units_parcel ON parcel_units(parcel_id)"),
    // The parcel's own columns a pack fills in.
    QStringLiteral("ALTER TABLE parcels ADD COLUMN expected_weight_g INTEGER NOT NULL DEFAULT 0"),
    QStringLiteral("ALTER TABLE parcels ADD COLUMN weight_override_by TEXT NOT NULL DEFAULT ''"),
    QStringLiteral("ALTER TABLE parcels ADD COLUMN weight_override_reason TEXT NOT NULL DEFAULT ''"),
    QStringLiteral("CREATE INDEX idx_shipments_status ON shipments(status)"),
};

// Version 7: tracking numbers issued offline from the carriers' ranges.
const QStringList kVersion7 = {
    QStringLiteral(R"(CREATE TABLE tracking_ranges (
        id INTEGER PRIMARY KEY,
        carrier TEXT NOT NULL,
        name TEXT NOT NULL,
        prefix TEXT NOT NULL,
        suffix TEXT NOT NULL DEFAULT '',
        serial_digits INTEGER NOT NULL CHECK (serial_digits BETWEEN 1 AND 15),
        first_serial INTEGER NOT NULL CHECK (first_serial >= 0),
        last_serial INTEGER NOT NULL,
        next_serial INTEGER NOT NULL,
        created_at INTEGER NOT NULL,
        CHECK (last_serial >= first_serial),
        CHECK (next_serial BETWEEN first_serial AND last_serial + 1)
    ))"),
    QStringLiteral("CREATE INDEX idx_tracking_ranges_carrier ON tracking_ranges(carrier, id)"),
    // Append-only but for the void columns: every number ever issued. The primary key makes a second issue of
    // the same number impossible.
    QStringLiteral(R"(CREATE TABLE tracking_numbers (
        number TEXT PRIMARY KEY,
        carrier TEXT NOT NULL,
        range_id INTEGER NOT NULL REFERENCES tracking_ranges(id),
        serial INTEGER NOT NULL,
        issued_at INTEGER NOT NULL,
        station TEXT NOT NULL,
        order_id INTEGER REFERENCES orders(id),
        voided_at INTEGER,
        void_reason TEXT NOT NULL DEFAULT ''
    ) WITHOUT ROWID)"),
    QStringLiteral("CREATE INDEX idx_tracking_numbers_order ON tracking_numbers(order_id)"),
};

// Version 8: labels, print jobs and end-of-day manifests.
const QStringList kVersion8 = {
    QStringLiteral(R"(CREATE TABLE manifests (
        id INTEGER PRIMARY KEY,
        carrier TEXT NOT NULL,
        closed_at INTEGER NOT NULL,
        station TEXT NOT NULL,
        closed_by TEXT NOT NULL,
        parcels INTEGER NOT NULL,
        weight_g INTEGER NOT NULL
    ))"),
    QStringLiteral("CREATE INDEX idx_manifests_carrier ON manifests(carrier, closed_at)"),
    QStringLiteral("ALTER TABLE shipments ADD COLUMN labelled_at INTEGER"),
    QStringLiteral("ALTER TABLE shipments ADD COLUMN price_minor INTEGER NOT NULL DEFAULT 0"),
    QStringLiteral("ALTER TABLE shipments ADD COLUMN choice_reason TEXT NOT NULL DEFAULT ''"),
    QStringLiteral("ALTER TABLE shipments ADD COLUMN override_reason TEXT NOT NULL DEFAULT ''"),
    QStringLiteral("ALTER TABLE shipments ADD COLUMN manifest_id INTEGER REFERENCES manifests(id)"),
    QStringLiteral("CREATE INDEX idx_shipments_manifest ON shipments(manifest_id)"),
    // Every document sent to a printer, with what was sent: a job that failed stays ready to print again.
    QStringLiteral(R"(CREATE TABLE print_jobs (
        id INTEGER PRIMARY KEY,
        created_at INTEGER NOT NULL,
        station TEXT NOT NULL,
        actor TEXT NOT NULL,
        document TEXT NOT NULL,
        order_id INTEGER REFERENCES orders(id),
        manifest_id INTEGER REFERENCES manifests(id),
        format TEXT NOT NULL,
        printer TEXT NOT NULL,
        reprint INTEGER NOT NULL DEFAULT 0,
        reason TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL CHECK (status IN ('pending', 'printed', 'failed')),
        attempts INTEGER NOT NULL DEFAULT 0,
        last_error TEXT NOT NULL DEFAULT '',
        finished_at INTEGER,
        payload BLOB NOT NULL
    ))"),
    QStringLiteral("CREATE INDEX idx_print_jobs_status ON print_jobs(status, id)"),
    QStringLiteral("CREATE INDEX idx_print_jobs_order ON print_jobs(order_id)"),
};

} // namespace

int Migrations::count()
{
    return 8;
}

QStringList Migrations::statements(int version)
{
    switch (version) {
    case 1:
        return kVersion1;
    case 2:
        return kVersion2;
    case 3:
        return kVersion3;
    case 4:
        return kVersion4;
    case 5:
        return kVersion5;
    case 6:
        return kVersion6;
    case 7:
        return kVersion7;
    case 8:
        return kVersion8;
    default:
        return {};
    }
}

} // namespace saypro
