#include "DemoGenerator.h"

#include "common/Clock.h"
#include "common/Logging.h"
#include "demo/DemoNames.h"
#include "domain/CheckDigits.h"
#include "domain/Gtin.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/OrderStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator64>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

namespace saypro {

namespace {

constexpr qint64 kBatch = 5000;
const QTimeZone kSast(2 * 3600); // Africa/Johannesburg: UTC+2, no daylight saving

/// A small deterministic generator per order: seeded from (seed, index) so any order can be made alone.
class Rng
{
public:
    Rng(quint64 seed, quint64 index)
        : m_gen(
              std::array<quint32, 4>{quint32(seed), quint32(seed >> 32), quint32(index), quint32(index >> 32) ^ 0x5A17u}
                  .data(),
              4)
    {}
    int below(int n) { return n <= 1 ? 0 : int(m_gen.bounded(quint32(n))); }
    bool chance(double p) { return m_gen.generateDouble() < p; }
    double unit() { return m_gen.generateDouble(); }
    template <typename T> const T& pick(const QList<T>& list) { return list.at(below(int(list.size()))); }
    /// Index into `weights` chosen with probability proportional to its weight.
    int weighted(std::initializer_list<double> weights)
    {
        double total = 0;
        for (double w : weights)
            total += w;
        double r = unit() * total;
        int i = 0;
        for (double w : weights) {
            if (r < w)
                return i;
            r -= w;
            ++i;
        }
        return i - 1;
    }

private:
    QRandomGenerator m_gen;
};

bool isWeekend(const QDate& d)
{
    return d.dayOfWeek() >= 6;
}

/// Ship-by for demo data: Mon-Fri, 14:00 cut-off in Johannesburg, N business days, deadline at the end of
/// that day. The SLA module recomputes deadlines with the real calendar (holidays, per-warehouse cut-offs).
QDateTime demoShipBy(const QDateTime& confirmedUtc, int businessDays)
{
    const QDateTime local = confirmedUtc.toTimeZone(kSast);
    QDate start = local.date();
    if (isWeekend(start) || local.time() >= QTime(14, 0)) {
        do
            start = start.addDays(1);
        while (isWeekend(start));
    }
    QDate day = start;
    for (int i = 0; i < businessDays; ++i) {
        do
            day = day.addDays(1);
        while (isWeekend(day));
    }
    return QDateTime(day, QTime(23, 59, 59), kSast).toUTC();
}

int businessDaysFor(ServiceLevel level)
{
    switch (level) {
    case ServiceLevel::Expedited:
        return 1;
    case ServiceLevel::SameDay:
        return 0;
    default:
        return 3;
    }
}

QString warehouseFor(const Address& a)
{
    if (a.country != QLatin1String("ZA"))
        return QStringLiteral("JHB1");
    if (a.region == QLatin1String("WC") || a.region == QLatin1String("EC") || a.region == QLatin1String("NC"))
        return QStringLiteral("CPT1");
    if (a.region == QLatin1String("KZN"))
        return QStringLiteral("DBN1");
    return QStringLiteral("JHB1");
}

QString emailLocalPart(const QString& first, const QString& last)
{
    QString s = (first + u'.' + last).toLower().normalized(QString::NormalizationForm_KD);
    QString out;
    for (QChar c : s)
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'.')
            out += c;
    return out;
}

/// The statuses an order of a given age has typically reached, with weights.
OrderStatus pickFinalStatus(Rng& rng, double ageHours)
{
    using S = OrderStatus;
    if (ageHours < 2) {
        const S s[] = {S::New, S::Verified, S::Ready, S::OnHold};
        return s[rng.weighted({30, 40, 20, 10})];
    }
    if (ageHours < 8) {
        const S s[] = {S::Verified, S::Ready, S::Picking, S::Picked, S::Packing, S::Packed, S::Labelled, S::OnHold};
        return s[rng.weighted({7, 25, 15, 10, 10, 15, 10, 8})];
    }
    if (ageHours < 24) {
        const S s[] = {S::Ready, S::Picking, S::Packed, S::Labelled, S::Shipped, S::InTransit, S::OnHold, S::Cancelled};
        return s[rng.weighted({10, 5, 10, 15, 30, 20, 8, 2})];
    }
    if (ageHours < 72) {
        const S s[] = {S::Ready,          S::Picking,   S::Shipped, S::InTransit,
                       S::OutForDelivery, S::Delivered, S::OnHold,  S::Cancelled};
        return s[rng.weighted({3, 2, 8, 40, 10, 30, 4, 3})];
    }
    const S s[] = {S::Delivered, S::Cancelled, S::ReturnRequested, S::ReturnReceived, S::Inspected,
                   S::Closed,    S::OnHold,    S::Ready,           S::InTransit};
    return s[rng.weighted({88, 3, 1, 0.5, 0.5, 3, 1, 0.5, 2.5})];
}

/// Typical hours after confirmation at which each forward status is reached.
double typicalHours(OrderStatus s)
{
    switch (s) {
    case OrderStatus::Verified:
        return 0.1;
    case OrderStatus::OnHold:
        return 0.15;
    case OrderStatus::Ready:
        return 0.5;
    case OrderStatus::Picking:
        return 2.0;
    case OrderStatus::Picked:
        return 2.4;
    case OrderStatus::Packing:
        return 2.8;
    case OrderStatus::Packed:
        return 3.2;
    case OrderStatus::Labelled:
        return 3.5;
    case OrderStatus::Shipped:
        return 20.0;
    case OrderStatus::InTransit:
        return 26.0;
    case OrderStatus::OutForDelivery:
        return 50.0;
    case OrderStatus::Delivered:
        return 54.0;
    case OrderStatus::Cancelled:
        return 6.0;
    case OrderStatus::ReturnRequested:
        return 24.0 * 6;
    case OrderStatus::ReturnReceived:
        return 24.0 * 10;
    case OrderStatus::Inspected:
        return 24.0 * 11;
    case OrderStatus::Closed:
        return 24.0 * 12;
    default:
        return 0;
    }
}

QList<OrderStatus> pathTo(Rng& rng, OrderStatus target)
{
    using S = OrderStatus;
    static const QList<S> forward = {S::Verified, S::Ready,   S::Picking,   S::Picked,         S::Packing,  S::Packed,
                                     S::Labelled, S::Shipped, S::InTransit, S::OutForDelivery, S::Delivered};
    QList<S> path;
    auto forwardTo = [&](S last) {
        for (S s : forward) {
            path << s;
            if (s == last)
                break;
        }
    };
    switch (target) {
    case S::New:
        break;
    case S::OnHold:
        if (rng.chance(0.5))
            path << S::Verified;
        path << S::OnHold;
        break;
    case S::Cancelled: {
        const S from[] = {S::New, S::Verified, S::Ready, S::Picking, S::Packed};
        const S last = from[rng.weighted({30, 25, 25, 10, 10})];
        if (last != S::New)
            forwardTo(last);
        path << S::Cancelled;
        break;
    }
    case S::ReturnRequested:
    case S::ReturnReceived:
    case S::Inspected:
    case S::Closed:
        forwardTo(S::Delivered);
        for (S s : {S::ReturnRequested, S::ReturnReceived, S::Inspected, S::Closed}) {
            path << s;
            if (s == target)
                break;
        }
        break;
    default:
        // Some orders were held for payment on their way, then released.
        if (target != S::Verified && rng.chance(0.04))
            path << S::OnHold;
        forwardTo(target);
        break;
    }
    return path;
}

QString actorFor(Rng& rng, OrderStatus s)
{
    switch (s) {
    case OrderStatus::Verified:
    case OrderStatus::OnHold:
    case OrderStatus::Cancelled:
        return QStringLiteral("marketplace");
    case OrderStatus::InTransit:
    case OrderStatus::OutForDelivery:
    case OrderStatus::Delivered:
        return QStringLiteral("carrier");
    case OrderStatus::ReturnRequested:
        return QStringLiteral("marketplace");
    case OrderStatus::ReturnReceived:
    case OrderStatus::Inspected:
    case OrderStatus::Closed:
        return QStringLiteral("returns.lindiwe");
    default:
        return rng.pick(DemoNames::packers());
    }
}

QString upsTracking(qint64 serial)
{
    const QString body =
        QStringLiteral("5R8939") + QStringLiteral("01") + QString::number(serial % 10000000).rightJustified(7, u'0');
    return QStringLiteral("1Z") + body + QString::number(CheckDigits::ups(body).value_or(0));
}

QString dhlTracking(qint64 serial)
{
    const QString body = QString::number(330000000 + serial % 10000000);
    return body + QString::number(CheckDigits::dhlExpress(body).value_or(0));
}

QString s10Tracking(qint64 serial)
{
    const QString body = QString::number(serial % 100000000).rightJustified(8, u'0');
    return QStringLiteral("RE") + body + QString::number(CheckDigits::upuS10(body).value_or(0)) + QStringLiteral("ZA");
}

} // namespace

DemoGenerator::DemoGenerator(quint64 seed, QDateTime now) : m_seed(seed), m_now(now.toUTC()) {}

QList<Warehouse> DemoGenerator::warehouses()
{
    auto w = [](const char* code, const char* name, const char* line1, const char* city, const char* region,
                const char* postal) {
        Warehouse x;
        x.code = QString::fromLatin1(code);
        x.name = QString::fromUtf8(name);
        x.address = Address{x.name,
                            QString::fromUtf8(line1),
                            QString(),
                            QString(),
                            QString::fromUtf8(city),
                            QString::fromLatin1(region),
                            QString::fromLatin1(postal),
                            QStringLiteral("ZA")};
        x.timeZone = QStringLiteral("Africa/Johannesburg");
        return x;
    };
    return {w("JHB1", "SayPro Midrand DC", "14 Le Roux Avenue", "Midrand", "GP", "1685"),
            w("CPT1", "SayPro Cape Town DC", "3 Montague Drive", "Cape Town", "WC", "7441"),
            w("DBN1", "SayPro Durban DC", "22 Cornubia Boulevard", "Durban", "KZN", "4339")};
}

QList<Product> DemoGenerator::catalogue()
{
    QList<Product> products;
    const QStringList zones = {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")};
    int serial = 0;
    const QList<Warehouse> sites = warehouses();
    for (const DemoProductFamily& family : DemoNames::productFamilies()) {
        for (const QString& variant : family.variants) {
            ++serial;
            Product p;
            QString variantCode = variant.toUpper().normalized(QString::NormalizationForm_KD);
            variantCode.remove(QChar(u'-'));
            variantCode = variantCode.left(3);
            p.sku = QStringLiteral("SP-%1-%2").arg(family.code, variantCode);
            // GS1 South Africa prefix 600, a fictitious company number, the item reference.
            p.gtin = Gtin::withCheckDigit(QStringLiteral("6009876") + QString::number(serial).rightJustified(5, u'0'));
            p.name = family.name + QStringLiteral(", ") + variant;
            p.weightGrams = family.weightGrams;
            p.unitPriceMinor = family.priceCents;
            p.currency = QStringLiteral("ZAR");
            p.fragile = family.fragile;
            p.serialTracked = family.serialTracked;
            // Spread over the walk: zone by family, aisle/bay/level/bin by variant.
            p.location = Location(sites.at(0).code, zones.at(serial % zones.size()), 1 + serial % 12, 1 + serial % 20,
                                  1 + serial % 4, 1 + serial % 8);
            products.append(p);
        }
    }
    return products;
}

DemoOrder DemoGenerator::makeOrder(qint64 index, qint64 total) const
{
    static const QList<Product> products = catalogue();
    Rng rng(m_seed, quint64(index));
    DemoOrder demo;
    Order& o = demo.order;

    // When: newer indexes are more recent; the history covers about a year at a million orders.
    const double spanDays = std::clamp(double(total) / 2000.0, 14.0, 365.0);
    const double position = total > 1 ? double(index) / double(total - 1) : 1.0;
    const double ageDays = std::max(0.0, spanDays * (1.0 - position) + (rng.unit() - 0.5) * 0.2);
    o.confirmedAt = m_now.addMSecs(-qint64(ageDays * 86400000.0) - 60000);
    o.placedAt = o.confirmedAt.addSecs(-(30 + rng.below(600)));
    const double ageHours = double(o.confirmedAt.msecsTo(m_now)) / 3600000.0;

    o.number = QStringLiteral("SP-%1").arg(index + 1, 8, 10, QLatin1Char('0'));
    o.marketplaceId = QStringLiteral("ord_%1").arg(index + 1, 10, 10, QLatin1Char('0'));

    // Who and where.
    const bool us = rng.chance(0.12);
    const QString first = us ? rng.pick(DemoNames::usFirstNames()) : rng.pick(DemoNames::zaFirstNames());
    const QString last = us ? rng.pick(DemoNames::usLastNames()) : rng.pick(DemoNames::zaLastNames());
    o.customer.name = first + u' ' + last;
    o.customer.email = emailLocalPart(first, last) + QString::number(rng.below(100)) +
                       (us ? QStringLiteral("@example.com") : QStringLiteral("@example.co.za"));
    if (us) {
        o.customer.phone = QStringLiteral("+1202555%1").arg(100 + rng.below(100), 4, 10, QLatin1Char('0'));
        o.customer.locale = QStringLiteral("en-US");
    } else {
        o.customer.phone = QStringLiteral("+27%1%2").arg(QString::number(71 + rng.below(13)),
                                                         QString::number(1000000 + rng.below(8999999)));
        const int lang = rng.weighted({60, 20, 20});
        o.customer.locale = lang == 0   ? QStringLiteral("en-ZA")
                            : lang == 1 ? QStringLiteral("af-ZA")
                                        : QStringLiteral("zu-ZA");
    }
    o.customer.notifyEmail = true;
    o.customer.notifySms = !us && rng.chance(0.6);
    o.customer.notifyPush = rng.chance(0.3);

    const DemoPlace& place = us ? rng.pick(DemoNames::usPlaces()) : rng.pick(DemoNames::zaPlaces());
    o.shipTo.name = o.customer.name;
    o.shipTo.line1 = QString::number(1 + rng.below(240)) + u' ' +
                     (us ? rng.pick(DemoNames::usStreets()) : rng.pick(DemoNames::zaStreets()));
    if (rng.chance(0.2))
        o.shipTo.line2 =
            us ? QStringLiteral("Apt %1").arg(1 + rng.below(40)) : QStringLiteral("Unit %1").arg(1 + rng.below(60));
    o.shipTo.suburb = place.suburb;
    o.shipTo.city = place.city;
    o.shipTo.region = place.region;
    o.shipTo.postalCode = place.postalCode;
    o.shipTo.country = place.country;

    if (us)
        o.serviceLevel = ServiceLevel::International;
    else {
        const ServiceLevel levels[] = {ServiceLevel::Standard, ServiceLevel::Expedited, ServiceLevel::SameDay};
        o.serviceLevel = levels[rng.weighted({78, 18, 4})];
    }
    o.warehouse = warehouseFor(o.shipTo);
    o.currency = us ? QStringLiteral("USD") : QStringLiteral("ZAR");

    // What.
    const int lineCount = 1 + rng.weighted({55, 25, 12, 8});
    QList<int> chosen;
    while (chosen.size() < lineCount) {
        const int p = rng.below(int(products.size()));
        if (!chosen.contains(p))
            chosen << p;
    }
    for (int i = 0; i < chosen.size(); ++i) {
        const Product& p = products.at(chosen.at(i));
        OrderLine line;
        line.lineId = QStringLiteral("L%1").arg(i + 1);
        line.sku = p.sku;
        line.gtin = p.gtin;
        line.name = p.name;
        line.quantity = 1 + rng.weighted({70, 20, 10});
        line.unitPriceMinor = us ? (p.unitPriceMinor + 9) / 18 : p.unitPriceMinor;
        line.serialTracked = p.serialTracked;
        line.fragile = p.fragile;
        line.weightGrams = p.weightGrams;
        o.lines.append(line);
    }
    const qint64 subtotal = o.itemsSubtotalMinor();
    o.discountMinor = rng.chance(0.1) ? subtotal / 10 : 0;
    switch (o.serviceLevel) {
    case ServiceLevel::Standard:
        o.shippingMinor = subtotal >= 50000 ? 0 : 6500;
        break;
    case ServiceLevel::Expedited:
        o.shippingMinor = 14900;
        break;
    case ServiceLevel::SameDay:
        o.shippingMinor = 19900;
        break;
    case ServiceLevel::International:
        o.shippingMinor = 2900;
        break;
    }
    // ZA: 15% VAT on goods and delivery; exports are zero-rated.
    o.taxMinor = us ? 0 : (subtotal - o.discountMinor + o.shippingMinor) * 15 / 100;
    o.totalMinor = subtotal - o.discountMinor + o.shippingMinor + o.taxMinor;

    // Special instructions.
    o.instructions.giftWrap = rng.chance(0.06);
    if (o.instructions.giftWrap && rng.chance(0.7))
        o.instructions.giftMessage = rng.pick(DemoNames::giftMessages());
    o.instructions.fragile =
        std::any_of(o.lines.cbegin(), o.lines.cend(), [](const OrderLine& l) { return l.fragile; });
    if (rng.chance(0.05))
        o.instructions.deliveryWindow = rng.pick(DemoNames::deliveryWindows());
    if (rng.chance(0.02))
        o.instructions.customisation = rng.pick(DemoNames::customisations());
    if (rng.chance(0.03))
        o.instructions.note = QStringLiteral("Please leave with the security guard at the gate.");

    // How far it got, and when.
    const OrderStatus target = pickFinalStatus(rng, ageHours);
    const QList<OrderStatus> path = pathTo(rng, target);
    // Step times are jittered by up to +20 %: leave room for that, so even the latest step is before "now".
    const double lastTypical = path.isEmpty() ? 0.0 : (typicalHours(path.last()) + 0.05) * 1.2;
    const double scale = lastTypical > 0 && lastTypical > ageHours * 0.95 ? ageHours * 0.95 / lastTypical : 1.0;
    double previousHours = 0;
    // pathTo() already routes a hold through verified (new -> on_hold -> verified -> ...), so every
    // step of the path is one allowed transition.
    for (const OrderStatus s : path) {
        double hours = typicalHours(s) * scale * (0.8 + 0.4 * rng.unit());
        hours = std::max(hours, previousHours + 0.01 * scale + 0.001);
        hours = std::min(hours, std::max(previousHours, ageHours)); // never after "now"
        previousHours = hours;
        const QDateTime at = o.confirmedAt.addMSecs(qint64(hours * 3600000.0));
        demo.history.append({s, at, actorFor(rng, s)});
    }
    o.status = demo.history.isEmpty() ? OrderStatus::New : demo.history.last().to;
    o.paymentStatus = PaymentStatus::Captured;
    if (o.status == OrderStatus::OnHold)
        o.paymentStatus = rng.chance(0.5) ? PaymentStatus::Pending
                                          : (rng.chance(0.5) ? PaymentStatus::Failed : PaymentStatus::Captured);
    else if (o.status == OrderStatus::New)
        o.paymentStatus = rng.chance(0.8) ? PaymentStatus::Captured : PaymentStatus::Pending;
    o.updatedAt = demo.history.isEmpty() ? o.confirmedAt : demo.history.last().at;
    o.shipBy = demoShipBy(o.confirmedAt, businessDaysFor(o.serviceLevel));
    for (const DemoStep& step : demo.history) {
        if (step.to == OrderStatus::Shipped)
            o.shippedAt = step.at;
        if (step.to == OrderStatus::Delivered)
            o.deliveredAt = step.at;
    }

    if (o.shippedAt.isValid()) {
        DemoShipment s;
        switch (o.serviceLevel) {
        case ServiceLevel::International:
            s = {QStringLiteral("ups"), QStringLiteral("worldwide_express"), upsTracking(index + 1), 0};
            break;
        case ServiceLevel::Expedited:
        case ServiceLevel::SameDay:
            s = {QStringLiteral("dhl"), QStringLiteral("express_domestic"), dhlTracking(index + 1), 0};
            break;
        default:
            s = {QStringLiteral("s10"), QStringLiteral("registered"), s10Tracking(index + 1), 0};
            break;
        }
        int grams = 150; // packaging
        for (const OrderLine& l : o.lines)
            grams += l.weightGrams * l.quantity;
        s.weightGrams = grams;
        demo.shipment = s;
    } else if (o.status == OrderStatus::Packed || o.status == OrderStatus::Labelled) {
        // At the label bench: a packed order has its parcel and no label yet; a labelled one waits for the
        // end-of-day manifest.
        DemoShipment s;
        s.status = o.status == OrderStatus::Packed ? QStringLiteral("packed") : QStringLiteral("labelled");
        if (o.status == OrderStatus::Labelled) {
            if (o.serviceLevel == ServiceLevel::Expedited || o.serviceLevel == ServiceLevel::SameDay)
                s = {QStringLiteral("dhl"), QStringLiteral("dhl_express"), dhlTracking(index + 1), 0, s.status};
            else
                s = {QStringLiteral("ups"), QStringLiteral("ups_ground"), upsTracking(index + 1), 0, s.status};
        } else {
            s.service = ServiceLevels::key(o.serviceLevel);
        }
        int grams = 150;
        for (const OrderLine& l : o.lines)
            grams += l.weightGrams * l.quantity;
        s.weightGrams = grams;
        demo.shipment = s;
    }
    return demo;
}

Result<DemoSummary> DemoGenerator::generate(Database& db, const Clock& clock, qint64 count, quint64 seed,
                                            const QString& station, const std::function<void(qint64, qint64)>& progress)
{
    if (count < 0 || count > 50'000'000)
        return fail(
            Error::Code::InvalidArgument,
            QCoreApplication::translate("DemoGenerator", "The number of demo orders must be between 0 and 50,000,000."),
            QStringLiteral("orders = %1").arg(count));
    QElapsedTimer timer;
    timer.start();
    DemoSummary summary;

    // Catalogue first, in one transaction.
    {
        Transaction tx(db);
        if (auto r = tx.begin(); !r)
            return std::unexpected(r.error());
        CatalogueStore catalogueStore(db);
        for (const Warehouse& w : warehouses())
            if (auto r = catalogueStore.upsertWarehouse(w); !r)
                return std::unexpected(r.error());
        for (const Product& p : catalogue())
            if (auto r = catalogueStore.upsertProduct(p); !r)
                return std::unexpected(r.error());
        // Stock: each product in its bin in every warehouse (the same layout everywhere), a few bins
        // empty. Rows already there are kept, so a second run does not undo what happened since.
        QSqlQuery stock(db.connection());
        if (!stock.prepare(
                QStringLiteral("INSERT INTO stock(sku, location, on_hand, market_on_hand, version, "
                               "updated_at) VALUES(?, ?, ?, ?, 0, ?) ON CONFLICT(sku, location) DO NOTHING")))
            return fail(Error::Code::Storage,
                        QCoreApplication::translate("DemoGenerator", "Demo data could not be written."),
                        stock.lastError().text());
        QRandomGenerator levels(quint32(seed ^ 0x5eed5707u));
        for (const Product& p : catalogue()) {
            for (const Warehouse& w : warehouses()) {
                const Location bin(w.code, p.location.zone(), p.location.aisle(), p.location.bay(), p.location.level(),
                                   p.location.bin());
                const bool empty = levels.bounded(100) < 6;
                const int onHand = empty ? 0 : int(levels.bounded(4, 161));
                stock.addBindValue(p.sku);
                stock.addBindValue(bin.code());
                stock.addBindValue(onHand);
                stock.addBindValue(onHand);
                stock.addBindValue(clock.now().toMSecsSinceEpoch());
                if (auto r = Database::exec(stock, QStringLiteral("demo stock %1").arg(p.sku)); !r)
                    return std::unexpected(r.error());
            }
        }
        if (auto r = tx.commit(); !r)
            return std::unexpected(r.error());
        summary.products = catalogue().size();
    }

    // Continue numbering after what is there, so a second run adds orders rather than clashing.
    qint64 existing = 0;
    {
        QSqlQuery q(db.connection());
        if (q.exec(QStringLiteral("SELECT coalesce(max(id), 0) FROM orders")) && q.next())
            existing = q.value(0).toLongLong();
    }
    const qint64 total = existing + count;
    const DemoGenerator generator(seed, clock.now());

    for (qint64 batchStart = 0; batchStart < count; batchStart += kBatch) {
        const qint64 batchEnd = std::min(count, batchStart + kBatch);
        Transaction tx(db);
        if (auto r = tx.begin(); !r)
            return std::unexpected(r.error());
        OrderStore::BulkWriter orders(db);
        AuditLog::BulkAppender audit(db);
        QSqlQuery shipment(db.connection());
        QSqlQuery parcel(db.connection());
        QSqlQuery item(db.connection());
        if (!shipment.prepare(QStringLiteral("INSERT INTO shipments(order_id, carrier, service, status, created_at) "
                                             "VALUES(?, ?, ?, ?, ?)")) ||
            !parcel.prepare(QStringLiteral("INSERT INTO parcels(shipment_id, order_id, sequence, tracking_number, "
                                           "weight_g) VALUES(?, ?, 1, ?, ?)")) ||
            !item.prepare(
                QStringLiteral("INSERT INTO parcel_items(parcel_id, order_line_id, quantity) VALUES(?, ?, ?)")))
            return fail(Error::Code::Storage,
                        QCoreApplication::translate("DemoGenerator", "Demo data could not be written."),
                        shipment.lastError().text() + parcel.lastError().text() + item.lastError().text());

        qint64 batchFirstId = 0;
        for (qint64 i = batchStart; i < batchEnd; ++i) {
            DemoOrder demo = generator.makeOrder(existing + i, total);
            Order& o = demo.order;
            if (auto r = orders.insert(o); !r)
                return std::unexpected(r.error());
            AuditEntry created;
            created.at = o.confirmedAt;
            created.actor = QStringLiteral("marketplace");
            created.station = station;
            created.entity = QStringLiteral("order");
            created.entityId = o.number;
            created.action = QStringLiteral("created");
            created.afterJson = QStringLiteral("{\"status\":\"new\"}");
            if (auto r = audit.append(created); !r)
                return std::unexpected(r.error());
            ++summary.auditRows;
            QString from = QStringLiteral("new");
            for (const DemoStep& step : demo.history) {
                const QString to = OrderStatuses::key(step.to);
                AuditEntry e;
                e.at = step.at;
                e.actor = step.actor;
                e.station = station;
                e.entity = QStringLiteral("order");
                e.entityId = o.number;
                e.action = QStringLiteral("status_changed");
                e.beforeJson = QStringLiteral("{\"status\":\"%1\"}").arg(from);
                e.afterJson = QStringLiteral("{\"status\":\"%1\"}").arg(to);
                if (auto r = audit.append(e); !r)
                    return std::unexpected(r.error());
                ++summary.auditRows;
                from = to;
            }
            if (demo.shipment) {
                shipment.bindValue(0, o.id);
                shipment.bindValue(1, Database::text(demo.shipment->carrier));
                shipment.bindValue(2, demo.shipment->service);
                shipment.bindValue(3, demo.shipment->status);
                shipment.bindValue(4, (o.shippedAt.isValid() ? o.shippedAt : o.updatedAt).toMSecsSinceEpoch());
                if (auto r = Database::exec(shipment, QStringLiteral("demo shipment")); !r)
                    return std::unexpected(r.error());
                parcel.bindValue(0, shipment.lastInsertId());
                parcel.bindValue(1, o.id);
                parcel.bindValue(2, demo.shipment->trackingNumber.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                                                            : QVariant(demo.shipment->trackingNumber));
                parcel.bindValue(3, demo.shipment->weightGrams);
                if (auto r = Database::exec(parcel, QStringLiteral("demo parcel")); !r)
                    return std::unexpected(r.error());
                const QVariant parcelId = parcel.lastInsertId();
                for (const OrderLine& l : o.lines) {
                    item.bindValue(0, parcelId);
                    item.bindValue(1, l.id);
                    item.bindValue(2, l.quantity);
                    if (auto r = Database::exec(item, QStringLiteral("demo parcel item")); !r)
                        return std::unexpected(r.error());
                }
                ++summary.shipments;
            }
            ++summary.orders;
            if (batchFirstId == 0)
                batchFirstId = o.id;
        }
        // Orders past "ready" have been through intake in their made-up history; new, verified and ready ones
        // are due for it (it reserves their stock).
        if (batchFirstId > 0) {
            QSqlQuery seen(db.connection());
            seen.prepare(QStringLiteral("UPDATE orders SET verified_version = version WHERE id >= ? AND status NOT IN "
                                        "('new', 'verified', 'ready')"));
            seen.addBindValue(batchFirstId);
            if (auto r = Database::exec(seen, QStringLiteral("mark demo orders seen by intake")); !r)
                return std::unexpected(r.error());
        }
        if (auto r = audit.finish(); !r)
            return std::unexpected(r.error());
        if (auto r = tx.commit(); !r)
            return std::unexpected(r.error());
        if (progress)
            progress(batchEnd, count);
    }
    summary.elapsedMs = timer.elapsed();
    qCInfo(lcDemo) << "generated" << summary.orders << "orders," << summary.auditRows << "audit rows in"
                   << summary.elapsedMs << "ms";
    return summary;
}

} // namespace saypro
