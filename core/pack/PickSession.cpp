#include "PickSession.h"

#include "domain/Location.h"
#include "scanning/BarcodeParser.h"

#include <algorithm>
#include <limits>
#include <optional>
#include <tuple>
#include <utility>

namespace saypro {

namespace {

QString num(qint64 n)
{
    return QString::number(n);
}

/// The printed form of a bin code when it parses, else the text trimmed and upper-cased.
QString canonicalBin(const QString& text)
{
    const auto parsed = Location::parse(text);
    return parsed ? parsed->code() : text.trimmed().toUpper();
}

/// "line L1 of SP-00012345 (tote 2) at JHB1-A-03-12-2-04": names a stop precisely in details.
QString where(const PickStop& s)
{
    return QString(u"line " % s.lineId % u" of " % s.orderNumber % u" (tote " % num(s.tote) % u") at " % s.location);
}

} // namespace

PickSession::PickSession(QList<PickStop> stops, const PickSettings& settings)
    : m_stops(std::move(stops)), m_settings(settings)
{
    struct Keyed
    {
        std::optional<Location> location;
        PickStop stop;
    };
    QList<Keyed> keyed;
    keyed.reserve(m_stops.size());
    for (PickStop& s : m_stops) {
        s.location = canonicalBin(s.location);
        keyed.append(Keyed{Location::parse(s.location), std::move(s)});
    }
    // Bins that parse go along the walk (Location order); any that do not come last, by code.
    std::stable_sort(keyed.begin(), keyed.end(), [](const Keyed& a, const Keyed& b) {
        if (a.location.has_value() != b.location.has_value())
            return a.location.has_value();
        if (a.location && b.location) {
            if (*a.location < *b.location)
                return true;
            if (*b.location < *a.location)
                return false;
        } else if (a.stop.location != b.stop.location) {
            return a.stop.location < b.stop.location;
        }
        return std::tie(a.stop.tote, a.stop.orderLineId, a.stop.lineId) <
               std::tie(b.stop.tote, b.stop.orderLineId, b.stop.lineId);
    });
    m_stops.clear();
    for (Keyed& k : keyed) {
        if (k.stop.tote > 1)
            m_batch = true;
        m_stops.append(std::move(k.stop));
    }
}

QString PickSession::nameOf(const PickStop& stop)
{
    return !stop.name.isEmpty() ? stop.name : !stop.sku.isEmpty() ? stop.sku : stop.gtin14;
}

QString PickSession::takenMessage(const PickStop& stop, int quantity) const
{
    const QString name = nameOf(stop);
    return m_batch ? tr("%1 \u00d7%2 \u2014 %3 of %4 (tote %5)")
                         .arg(name, num(quantity), num(stop.picked), num(stop.quantity), num(stop.tote))
                   : tr("%1 \u00d7%2 \u2014 %3 of %4").arg(name, num(quantity), num(stop.picked), num(stop.quantity));
}

PickOutcome PickSession::reject(PickOutcome out, PickScanKind kind, QString message, QString detail) const
{
    out.accepted = false;
    out.kind = kind;
    out.quantity = 0;
    out.message = std::move(message);
    out.detail = std::move(detail);
    if (out.stopIndex >= 0 && out.stopIndex < m_stops.size()) {
        out.pickedAfter = m_stops.at(out.stopIndex).picked;
        out.stopQuantity = m_stops.at(out.stopIndex).quantity;
    }
    return out;
}

PickOutcome PickSession::take(PickOutcome out, int index, int quantity)
{
    PickStop& stop = m_stops[index];
    stop.picked += quantity;
    if (m_settings.confirmation == PickConfirmation::ItemOnly)
        m_bin = stop.location; // the picker stands at this bin now
    out.accepted = true;
    out.kind = PickScanKind::Picked;
    out.stopIndex = index;
    out.quantity = quantity;
    out.pickedAfter = stop.picked;
    out.stopQuantity = stop.quantity;
    out.message = takenMessage(stop, quantity);
    out.detail = QString(where(stop) % u": +" % num(quantity) % u" -> " % num(stop.picked) % u"/" % num(stop.quantity));
    return out;
}

PickOutcome PickSession::scan(QStringView raw)
{
    return scan(BarcodeParser::parse(raw));
}

PickOutcome PickSession::scan(const ParsedBarcode& code)
{
    PickOutcome out;
    out.raw = code.raw;
    out.symbology = code.symbology;
    out.codeKind = code.kindKey();

    if (!code.valid) {
        out.code = code.text;
        return reject(std::move(out), PickScanKind::InvalidCode, tr("Unreadable code: %1").arg(code.error),
                      QString(u"invalid " % code.kindKey() % u" code: " % code.detail));
    }
    if (code.kind == ParsedBarcode::Kind::Bin)
        return scanBin(std::move(out), code);
    if ((code.kind == ParsedBarcode::Kind::Gtin || code.kind == ParsedBarcode::Kind::Gs1) && !code.gtin.isEmpty()) {
        out.code = code.gtin;
        const std::optional<qint64> count = code.quantity();
        const qint64 quantity = count.value_or(1);
        if (quantity <= 0 || quantity > std::numeric_limits<int>::max())
            return reject(std::move(out), PickScanKind::InvalidCode,
                          tr("Unreadable code: the quantity is %1").arg(quantity),
                          QString(u"GTIN " % code.gtin % u": quantity (30/37) " % num(quantity) % u" is out of range"));
        return scanItem(std::move(out), int(quantity));
    }
    out.code = code.code.isEmpty() ? code.text : code.code;
    return reject(std::move(out), PickScanKind::UnknownCode, tr("Not a bin or an item of this pick: %1").arg(out.code),
                  QString(u"valid " % code.kindKey() % u" code (" % code.format %
                          u") is neither a bin label nor a product (no GTIN)"));
}

PickOutcome PickSession::scanBin(PickOutcome out, const ParsedBarcode& code)
{
    const QString bin = canonicalBin(code.code);
    out.code = bin;
    int first = -1;
    int open = 0;
    for (qsizetype i = 0; i < m_stops.size(); ++i) {
        const PickStop& s = m_stops.at(i);
        if (s.location == bin && !s.isDone()) {
            if (first < 0)
                first = int(i);
            ++open;
        }
    }
    if (first < 0) {
        const int next = nextStop();
        return reject(std::move(out), PickScanKind::WrongBin,
                      tr("Wrong bin: %1 has nothing left to pick on this walk").arg(bin),
                      QString(u"bin " % bin % u": no stop with units left; next stop " %
                              (next >= 0 ? where(m_stops.at(next)) : QStringLiteral("none (walk done)"))));
    }
    m_bin = bin;
    const PickStop& stop = m_stops.at(first);
    out.accepted = true;
    out.kind = PickScanKind::BinConfirmed;
    out.stopIndex = first;
    out.pickedAfter = stop.picked;
    out.stopQuantity = stop.quantity;
    const QString name = nameOf(stop);
    const QString left = num(stop.remaining());
    if (open > 1)
        out.message = m_batch ? tr("Bin %1: take %2 \u00d7%3 (tote %4), then %5 more lines")
                                    .arg(bin, name, left, num(stop.tote), num(open - 1))
                              : tr("Bin %1: take %2 \u00d7%3, then %4 more lines").arg(bin, name, left, num(open - 1));
    else
        out.message = m_batch ? tr("Bin %1: take %2 \u00d7%3 (tote %4)").arg(bin, name, left, num(stop.tote))
                              : tr("Bin %1: take %2 \u00d7%3").arg(bin, name, left);
    out.detail = QString(u"bin " % bin % u" confirmed: " % num(open) % u" open stop(s), first " % where(stop) % u" " %
                         num(stop.picked) % u"/" % num(stop.quantity));
    return out;
}

PickOutcome PickSession::scanItem(PickOutcome out, int quantity)
{
    const QString gtin = out.code;
    // The stops with this GTIN: the first along the walk (and, when a bin is confirmed, the first at that bin).
    int anyWithGtin = -1;
    int openOnWalk = -1;
    int atBin = -1;
    int openAtBin = -1;
    for (qsizetype i = 0; i < m_stops.size(); ++i) {
        const PickStop& s = m_stops.at(i);
        if (s.gtin14.isEmpty() || s.gtin14 != gtin)
            continue;
        if (anyWithGtin < 0)
            anyWithGtin = int(i);
        if (openOnWalk < 0 && !s.isDone())
            openOnWalk = int(i);
        if (!m_bin.isEmpty() && s.location == m_bin) {
            if (atBin < 0)
                atBin = int(i);
            if (openAtBin < 0 && !s.isDone())
                openAtBin = int(i);
        }
    }
    QString name = anyWithGtin >= 0 ? nameOf(m_stops.at(anyWithGtin)) : QString();
    if (name.isEmpty() && m_nameLookup)
        name = m_nameLookup(gtin);
    if (name.isEmpty())
        name = gtin;

    int target = -1;
    if (m_settings.confirmation == PickConfirmation::BinThenItem) {
        if (m_bin.isEmpty()) {
            const int hint = openOnWalk >= 0 ? openOnWalk : nextStop();
            out.stopIndex = openOnWalk;
            const QString bin = hint >= 0 ? m_stops.at(hint).location : QString();
            return reject(std::move(out), PickScanKind::BinRequired,
                          hint >= 0 ? tr("Scan the bin label first: %1").arg(bin) : tr("Scan the bin label first"),
                          QString(u"GTIN " % gtin % u" scanned before any bin; " %
                                  (openOnWalk >= 0 ? QString(u"it is next picked from " % bin)
                                                   : QStringLiteral("no stop with units left has it"))));
        }
        if (atBin < 0) {
            out.stopIndex = openOnWalk;
            return reject(std::move(out), PickScanKind::WrongItem,
                          tr("Wrong item: %1 is not picked from this bin").arg(name),
                          QString(u"GTIN " % gtin % u" has no stop at confirmed bin " % m_bin %
                                  (openOnWalk >= 0 ? QString(u"; next picked from " % m_stops.at(openOnWalk).location)
                                                   : QString())));
        }
        if (openAtBin < 0) {
            out.stopIndex = atBin;
            const PickStop& s = m_stops.at(atBin);
            return reject(std::move(out), PickScanKind::OverPick,
                          tr("%1: everything is already picked from this bin").arg(name),
                          QString(where(s) % u": complete " % num(s.picked) % u"/" % num(s.quantity) % u", GTIN " %
                                  gtin % u" scanned again"));
        }
        target = openAtBin;
    } else {
        if (anyWithGtin < 0)
            return reject(std::move(out), PickScanKind::WrongItem,
                          tr("Wrong item: %1 is not on this pick list").arg(name),
                          QString(u"GTIN " % gtin % u" is on no stop of this walk"));
        target = openAtBin >= 0 ? openAtBin : openOnWalk;
        if (target < 0) {
            out.stopIndex = anyWithGtin;
            return reject(std::move(out), PickScanKind::OverPick, tr("%1: everything is already picked").arg(name),
                          QString(u"GTIN " % gtin % u": every stop with it is complete"));
        }
    }

    out.stopIndex = target;
    const PickStop& stop = m_stops.at(target);
    if (quantity > stop.remaining())
        return reject(
            std::move(out), PickScanKind::OverPick,
            tr("%1: %2 scanned but only %3 left to pick here").arg(name, num(quantity), num(stop.remaining())),
            QString(where(stop) % u": quantity " % num(quantity) % u" exceeds the " % num(stop.remaining()) %
                    u" left"));
    return take(std::move(out), target, quantity);
}

PickOutcome PickSession::confirmTyped(int index, int quantity)
{
    PickOutcome out;
    out.codeKind = QStringLiteral("typed");
    if (index < 0 || index >= m_stops.size())
        return reject(std::move(out), PickScanKind::UnknownCode, tr("There is no such stop on this pick list."),
                      QString(u"typed confirmation for stop " % num(index) % u" of " % num(m_stops.size())));
    const PickStop& stop = m_stops.at(index);
    out.stopIndex = index;
    out.code = stop.gtin14.isEmpty() ? stop.sku : stop.gtin14;
    const QString name = nameOf(stop);
    if (quantity < 1)
        return reject(std::move(out), PickScanKind::InvalidCode, tr("Type at least one unit."),
                      QString(where(stop) % u": typed quantity " % num(quantity)));
    if (m_settings.confirmation == PickConfirmation::BinThenItem && m_bin != stop.location)
        return reject(std::move(out), PickScanKind::BinRequired, tr("Scan the bin label first: %1").arg(stop.location),
                      QString(where(stop) % u": typed while the confirmed bin is '" % m_bin % u"'"));
    if (stop.isDone())
        return reject(std::move(out), PickScanKind::OverPick,
                      tr("%1: everything is already picked from this bin").arg(name),
                      QString(where(stop) % u": complete " % num(stop.picked) % u"/" % num(stop.quantity) %
                              u", typed " % num(quantity)));
    if (quantity > stop.remaining())
        return reject(
            std::move(out), PickScanKind::OverPick,
            tr("%1: %2 typed but only %3 left to pick here").arg(name, num(quantity), num(stop.remaining())),
            QString(where(stop) % u": typed " % num(quantity) % u" exceeds the " % num(stop.remaining()) % u" left"));
    PickOutcome taken = take(std::move(out), index, quantity);
    taken.detail = QString(taken.detail % u" (typed)");
    return taken;
}

void PickSession::closeShort(int index)
{
    if (index < 0 || index >= m_stops.size())
        return;
    PickStop& stop = m_stops[index];
    stop.quantity = stop.picked;
}

int PickSession::nextStop() const
{
    for (qsizetype i = 0; i < m_stops.size(); ++i)
        if (!m_stops.at(i).isDone())
            return int(i);
    return -1;
}

int PickSession::stopsDone() const
{
    return int(std::count_if(m_stops.cbegin(), m_stops.cend(), [](const PickStop& s) { return s.isDone(); }));
}

int PickSession::unitsPicked() const
{
    int n = 0;
    for (const PickStop& s : m_stops)
        n += std::min(s.picked, s.quantity);
    return n;
}

int PickSession::unitsTotal() const
{
    int n = 0;
    for (const PickStop& s : m_stops)
        n += s.quantity;
    return n;
}

} // namespace saypro
