#include "PackSession.h"

#include "domain/Gtin.h"
#include "scanning/BarcodeParser.h"

#include <QtGlobal>

#include <limits>

#include <utility>

namespace saypro {

namespace {

QString num(qint64 n)
{
    return QString::number(n);
}

} // namespace

PackSession::PackSession(const Order& order, const PackSettings& settings,
                         const QHash<QString, QString>& expectedBatchByLineId)
    : m_order(order), m_settings(settings)
{
    m_lines.reserve(order.lines.size());
    QStringList fragileNames;
    for (qsizetype i = 0; i < order.lines.size(); ++i) {
        const OrderLine& l = order.lines.at(i);
        PackLineState s;
        s.lineId = l.lineId;
        s.name = !l.name.isEmpty() ? l.name : !l.sku.isEmpty() ? l.sku : l.gtin;
        s.gtin14 = Gtin::toGtin14(l.gtin);
        s.expected = l.quantity;
        s.serialTracked = l.serialTracked;
        s.expectedBatch = expectedBatchByLineId.value(l.lineId);
        s.weightGrams = l.weightGrams;
        if (!s.gtin14.isEmpty())
            m_linesByGtin[s.gtin14].append(int(i));
        if (l.fragile)
            fragileNames.append(s.name);
        m_lines.append(std::move(s));
    }
    m_parcels.append(ParcelState{QList<int>(m_lines.size(), 0), {}, {}, {}});

    const SpecialInstructions& si = order.instructions;
    if (si.giftWrap)
        m_instructions.append({PackInstruction::Kind::GiftWrap, tr("Gift wrap"), QString(), false});
    if (!si.giftMessage.isEmpty())
        m_instructions.append({PackInstruction::Kind::GiftMessage, tr("Gift message"), si.giftMessage, false});
    if (si.fragile || !fragileNames.isEmpty())
        m_instructions.append(
            {PackInstruction::Kind::Fragile, tr("Fragile"), fragileNames.join(QStringLiteral(", ")), false});
    if (!si.customisation.isEmpty())
        m_instructions.append({PackInstruction::Kind::Customisation, tr("Customisation"), si.customisation, false});
}

void PackSession::setShippedSerials(QSet<QString> serials)
{
    m_shippedSerials = std::move(serials);
}

void PackSession::setProductNameLookup(ProductNameLookup lookup)
{
    m_nameLookup = std::move(lookup);
}

QString PackSession::lineName(int lineIndex) const
{
    return m_lines.at(lineIndex).name;
}

ScanOutcome PackSession::reject(ScanOutcome out, ScanKind kind, QString message, QString detail) const
{
    out.accepted = false;
    out.kind = kind;
    out.quantity = 0;
    out.message = std::move(message);
    out.detail = std::move(detail);
    return out;
}

int PackSession::pickLine(const QList<int>& candidates, const QString& batch) const
{
    int firstOpen = -1;
    for (int i : candidates) {
        const PackLineState& l = m_lines.at(i);
        if (l.isComplete())
            continue;
        if (l.expectedBatch.isEmpty() || l.expectedBatch == batch)
            return i;
        if (firstOpen < 0)
            firstOpen = i;
    }
    return firstOpen >= 0 ? firstOpen : candidates.constFirst();
}

ScanOutcome PackSession::scan(QStringView raw, QDate today)
{
    return scan(BarcodeParser::parse(raw, today), today);
}

ScanOutcome PackSession::scan(const ParsedBarcode& code, QDate today)
{
    ScanOutcome out;
    out.raw = code.raw;
    out.symbology = code.symbology;
    out.codeKind = code.kindKey();
    out.parcel = currentParcel();

    if (!code.valid) {
        out.code = code.text;
        return reject(std::move(out), ScanKind::InvalidCode, tr("Unreadable code: %1").arg(code.error),
                      u"invalid " % code.kindKey() % u" code: " % code.detail);
    }

    switch (code.kind) {
    case ParsedBarcode::Kind::Order:
        out.code = code.code;
        if (code.code == m_order.number) {
            m_orderConfirmed = true;
            out.accepted = true;
            out.kind = ScanKind::OrderConfirmed;
            out.message = tr("Order %1 confirmed").arg(m_order.number);
            out.detail = u"order number " % code.code % u" matches the order being packed";
            return out;
        }
        return reject(std::move(out), ScanKind::OtherOrder,
                      tr("Wrong order: %1 is another order, this is %2").arg(code.code, m_order.number),
                      u"order " % code.code % u" scanned while packing " % m_order.number);
    case ParsedBarcode::Kind::Gtin:
    case ParsedBarcode::Kind::Gs1:
        if (!code.gtin.isEmpty())
            break;
        [[fallthrough]];
    default:
        out.code = code.code.isEmpty() ? code.text : code.code;
        return reject(std::move(out), ScanKind::UnknownCode, tr("Not a product of this order: %1").arg(out.code),
                      u"valid " % code.kindKey() % u" code (" % code.format %
                          u") is neither a product (no GTIN) nor an order number");
    }

    out.code = code.gtin;
    out.serial = code.serial();
    out.batch = code.batch();
    out.expiry = code.expiry();

    const auto it = m_linesByGtin.constFind(code.gtin);
    if (it == m_linesByGtin.constEnd()) {
        const QString name = m_nameLookup ? m_nameLookup(code.gtin) : QString();
        return reject(std::move(out), ScanKind::WrongItem,
                      tr("Wrong item: %1 is not in this order").arg(name.isEmpty() ? code.gtin : name),
                      u"GTIN " % code.gtin % u" is on no line of order " % m_order.number);
    }

    const int li = pickLine(*it, out.batch);
    const PackLineState& line = m_lines.at(li);
    out.lineId = line.lineId;
    out.lineIndex = li;
    out.packedAfter = line.packed;
    out.expected = line.expected;
    const QString where = u"line " % line.lineId % u" (GTIN " % code.gtin % u")";

    if (line.isComplete())
        return reject(std::move(out), ScanKind::OverCount,
                      tr("%1: all %2 already packed").arg(line.name, num(line.expected)),
                      where % u" complete: " % num(line.packed) % u"/" % num(line.expected));

    if (out.expiry.isValid() && (!today.isValid() || out.expiry < today)) {
        const QString expiry = out.expiry.toString(Qt::ISODate);
        return reject(std::move(out), ScanKind::ExpiredBatch, tr("Expired: %1 expired on %2").arg(line.name, expiry),
                      where % u": expiry (17) " % expiry %
                          (today.isValid() ? QString(u" before today " % today.toString(Qt::ISODate))
                                           : QStringLiteral(" cannot be checked: no date for today")));
    }

    if (!line.expectedBatch.isEmpty() && out.batch != line.expectedBatch) {
        const QString batch = out.batch;
        return reject(std::move(out), ScanKind::WrongBatch,
                      batch.isEmpty()
                          ? tr("Wrong batch: %1 must be batch %2; scan the code with the batch")
                                .arg(line.name, line.expectedBatch)
                          : tr("Wrong batch: %1 must be batch %2, not %3").arg(line.name, line.expectedBatch, batch),
                      where % u": batch (10) '" % batch % u"' but the line expects '" % line.expectedBatch % u"'");
    }

    const std::optional<qint64> aiQuantity = code.quantity();
    const qint64 quantity = aiQuantity.value_or(1);
    if (quantity <= 0)
        return reject(std::move(out), ScanKind::InvalidCode, tr("Unreadable code: the quantity is %1").arg(quantity),
                      where % u": quantity (30/37) " % num(quantity) % u" is not positive");

    if (line.serialTracked) {
        if (out.serial.isEmpty())
            return reject(std::move(out), ScanKind::SerialRequired,
                          tr("%1 needs its serial number: scan the code with the serial").arg(line.name),
                          where % u" is serial-tracked and the code has no serial (21)");
        if (quantity != 1)
            return reject(std::move(out), ScanKind::SerialRequired,
                          tr("%1 is serial-tracked: scan each unit on its own").arg(line.name),
                          where % u" is serial-tracked and the code has quantity (30/37) " % num(quantity) %
                              u" with one serial");
        if (m_sessionSerials.contains(out.serial)) {
            const QString serial = out.serial;
            return reject(std::move(out), ScanKind::DuplicateSerial, tr("Serial %1 was already scanned").arg(serial),
                          where % u": serial (21) " % serial % u" already scanned in this pack");
        }
        if (m_shippedSerials.contains(shippedSerialKey(m_order.lines.at(li).sku, out.serial))) {
            const QString serial = out.serial;
            return reject(std::move(out), ScanKind::DuplicateSerial,
                          tr("Serial %1 has already been shipped").arg(serial),
                          where % u": serial (21) " % serial % u" is in the shipped serials");
        }
    }

    const int open = line.expected - line.packed;
    if (quantity > open)
        return reject(std::move(out), ScanKind::OverCount,
                      tr("%1: %2 scanned but only %3 still to pack").arg(line.name, num(quantity), num(open)),
                      where % u": quantity (30/37) " % num(quantity) % u" exceeds the " % num(open) % u" open");

    // Accepted: count into the current parcel.
    const int q = int(quantity);
    const int parcelIndex = int(m_parcels.size()) - 1;
    ParcelState& parcel = m_parcels[parcelIndex];
    PackLineState& target = m_lines[li];
    target.packed += q;
    parcel.perLine[li] += q;
    if (!out.serial.isEmpty()) {
        parcel.serials.append(out.serial);
        if (target.serialTracked)
            m_sessionSerials.insert(out.serial);
    }
    parcel.weight.reset();
    parcel.weightOverride.reset();
    m_counts.append(Count{li, q, parcelIndex, out.serial, out.batch, out.expiry});

    out.accepted = true;
    out.kind = ScanKind::Accepted;
    out.quantity = q;
    out.packedAfter = target.packed;
    out.message = tr("%1 \u00d7%2 \u2014 %3 of %4").arg(target.name, num(q), num(target.packed), num(target.expected));
    out.detail = where % u": +" % num(q) % u" -> " % num(target.packed) % u"/" % num(target.expected) %
                 u" into parcel " % num(out.parcel);
    return out;
}

Result<PackUndo> PackSession::undoLast()
{
    if (m_counts.isEmpty())
        return fail(Error::Code::InvalidTransition, tr("Nothing to undo."), QStringLiteral("undo: no accepted count"));
    const Count c = m_counts.takeLast();
    PackLineState& line = m_lines[c.lineIndex];
    ParcelState& parcel = m_parcels[c.parcelIndex];
    line.packed -= c.quantity;
    parcel.perLine[c.lineIndex] -= c.quantity;
    if (!c.serial.isEmpty()) {
        const qsizetype at = parcel.serials.lastIndexOf(c.serial);
        if (at >= 0)
            parcel.serials.removeAt(at);
        if (line.serialTracked)
            m_sessionSerials.remove(c.serial);
    }
    parcel.weight.reset();
    parcel.weightOverride.reset();

    PackUndo u;
    u.lineId = line.lineId;
    u.lineIndex = c.lineIndex;
    u.quantity = c.quantity;
    u.packedAfter = line.packed;
    u.parcel = c.parcelIndex + 1;
    u.serial = c.serial;
    u.batch = c.batch;
    u.message =
        tr("Undone: %1 \u00d7%2 \u2014 %3 of %4").arg(line.name, num(c.quantity), num(line.packed), num(line.expected));
    u.detail = u"undo line " % line.lineId % u": -" % num(c.quantity) % u" -> " % num(line.packed) % u"/" %
               num(line.expected) % u" from parcel " % num(u.parcel) %
               (c.serial.isEmpty() ? QString() : QString(u" serial " % c.serial));
    return u;
}

QList<PackedUnit> PackSession::counted() const
{
    QList<PackedUnit> units;
    units.reserve(m_counts.size());
    for (const Count& c : m_counts)
        units.append(
            {m_lines.at(c.lineIndex).lineId, c.lineIndex, c.quantity, c.parcelIndex + 1, c.serial, c.batch, c.expiry});
    return units;
}

bool PackSession::parcelEmpty(int parcelIndex) const
{
    for (int n : m_parcels.at(parcelIndex).perLine)
        if (n > 0)
            return false;
    return true;
}

Result<int> PackSession::openNewParcel()
{
    if (parcelEmpty(int(m_parcels.size()) - 1))
        return fail(Error::Code::InvalidTransition, tr("The current parcel is empty: scan an item into it first."),
                    u"open parcel: parcel " % num(currentParcel()) % u" is empty");
    m_parcels.append(ParcelState{QList<int>(m_lines.size(), 0), {}, {}, {}});
    return currentParcel();
}

int PackSession::expectedGramsAt(int parcelIndex) const
{
    const ParcelState& p = m_parcels.at(parcelIndex);
    qint64 grams = m_settings.packagingGrams;
    for (qsizetype i = 0; i < p.perLine.size(); ++i)
        grams += qint64(p.perLine.at(i)) * m_lines.at(i).weightGrams;
    return int(qMin<qint64>(grams, std::numeric_limits<int>::max()));
}

QList<PackParcel> PackSession::parcels() const
{
    QList<PackParcel> result;
    result.reserve(m_parcels.size());
    for (qsizetype pi = 0; pi < m_parcels.size(); ++pi) {
        const ParcelState& p = m_parcels.at(pi);
        PackParcel out;
        out.number = int(pi) + 1;
        for (qsizetype i = 0; i < p.perLine.size(); ++i)
            if (p.perLine.at(i) > 0)
                out.quantities[m_lines.at(i).lineId] += p.perLine.at(i);
        out.serials = p.serials;
        out.expectedGrams = expectedGramsAt(int(pi));
        out.weight = p.weight;
        out.weightOverride = p.weightOverride;
        result.append(std::move(out));
    }
    return result;
}

QList<PackInstruction> PackSession::pendingInstructions() const
{
    QList<PackInstruction> pending;
    for (const PackInstruction& i : m_instructions)
        if (!i.acknowledged)
            pending.append(i);
    return pending;
}

Status PackSession::acknowledge(PackInstruction::Kind item)
{
    for (PackInstruction& i : m_instructions) {
        if (i.kind == item) {
            i.acknowledged = true;
            return {};
        }
    }
    return fail(Error::Code::NotFound, tr("This order has no such instruction."),
                u"acknowledge: order " % m_order.number % u" has no instruction " % PackInstruction::kindKey(item));
}

int PackSession::parcelIndexFor(int parcel) const
{
    if (parcel == 0)
        return int(m_parcels.size()) - 1;
    if (parcel < 0 || parcel > m_parcels.size())
        return -1;
    return parcel - 1;
}

int PackSession::toleranceGrams(int expectedGrams) const
{
    return qMax(m_settings.weightToleranceMinGrams,
                qRound(double(expectedGrams) * m_settings.weightTolerancePercent / 100.0));
}

int PackSession::expectedWeightGrams(int parcel) const
{
    const int pi = parcelIndexFor(parcel);
    return pi < 0 ? 0 : expectedGramsAt(pi);
}

Result<WeightCheck> PackSession::checkWeight(int grams, int parcel)
{
    const int pi = parcelIndexFor(parcel);
    if (pi < 0)
        return fail(Error::Code::NotFound, tr("There is no parcel %1.").arg(parcel),
                    u"check weight: no parcel " % num(parcel) % u" (" % num(m_parcels.size()) % u" parcels)");
    if (grams <= 0)
        return fail(Error::Code::InvalidArgument, tr("Enter the weight in grams."),
                    u"check weight: " % num(grams) % u" g is not a positive weight");
    if (parcelEmpty(pi))
        return fail(Error::Code::InvalidTransition, tr("Parcel %1 is empty: nothing to weigh.").arg(pi + 1),
                    u"check weight: parcel " % num(pi + 1) % u" is empty");

    WeightCheck w;
    w.parcel = pi + 1;
    w.measuredGrams = grams;
    w.expectedGrams = expectedGramsAt(pi);
    w.differenceGrams = grams - w.expectedGrams;
    w.toleranceGrams = toleranceGrams(w.expectedGrams);
    w.verdict =
        qAbs(w.differenceGrams) <= w.toleranceGrams ? WeightCheck::Verdict::Within : WeightCheck::Verdict::Outside;
    const QString signedDiff = (w.differenceGrams > 0 ? QStringLiteral("+") : QString()) % num(w.differenceGrams);
    w.message = w.isWithin() ? tr("Weight OK: %1 g (expected %2 g \u00b1 %3 g)")
                                   .arg(num(grams), num(w.expectedGrams), num(w.toleranceGrams))
                             : tr("Weight outside tolerance: %1 g, expected %2 g \u00b1 %3 g (%4 g)")
                                   .arg(num(grams), num(w.expectedGrams), num(w.toleranceGrams), signedDiff);
    w.detail = u"parcel " % num(w.parcel) % u": measured " % num(grams) % u" g, expected " % num(w.expectedGrams) %
               u" g (items + " % num(m_settings.packagingGrams) % u" g packaging), difference " % signedDiff %
               u" g, tolerance " % num(w.toleranceGrams) % u" g: " % WeightCheck::verdictKey(w.verdict);

    ParcelState& p = m_parcels[pi];
    p.weight = w;
    p.weightOverride.reset();
    return w;
}

Result<WeightOverride> PackSession::overrideWeight(const QString& supervisor, const QString& reason, int parcel)
{
    const int pi = parcelIndexFor(parcel);
    if (pi < 0)
        return fail(Error::Code::NotFound, tr("There is no parcel %1.").arg(parcel),
                    u"override weight: no parcel " % num(parcel));
    if (supervisor.trimmed().isEmpty() || reason.trimmed().isEmpty())
        return fail(Error::Code::InvalidArgument, tr("A weight override needs the supervisor and a reason."),
                    QStringLiteral("override weight: supervisor or reason is empty"));
    ParcelState& p = m_parcels[pi];
    if (!p.weight)
        return fail(Error::Code::InvalidTransition, tr("Weigh parcel %1 before overriding its weight.").arg(pi + 1),
                    u"override weight: parcel " % num(pi + 1) % u" has not been weighed");
    if (p.weight->isWithin())
        return fail(Error::Code::InvalidTransition,
                    tr("The weight of parcel %1 is within tolerance: no override needed.").arg(pi + 1),
                    u"override weight: parcel " % num(pi + 1) % u" is within tolerance");
    WeightOverride o{pi + 1, supervisor.trimmed(), reason.trimmed(), p.weight->measuredGrams, p.weight->expectedGrams};
    p.weightOverride = o;
    return o;
}

QList<CloseBlocker> PackSession::canClose() const
{
    QList<CloseBlocker> blockers;
    for (const PackLineState& l : m_lines) {
        if (l.isComplete())
            continue;
        CloseBlocker b;
        b.kind = CloseBlocker::Kind::LineIncomplete;
        b.lineId = l.lineId;
        b.message = tr("%1: %2 of %3 packed").arg(l.name, num(l.packed), num(l.expected));
        b.detail = u"line " % l.lineId % u" packed " % num(l.packed) % u"/" % num(l.expected);
        blockers.append(std::move(b));
    }
    for (const PackInstruction& i : m_instructions) {
        if (i.acknowledged)
            continue;
        CloseBlocker b;
        b.kind = CloseBlocker::Kind::InstructionPending;
        b.instruction = i.kind;
        b.message = tr("Not acknowledged: %1").arg(i.title);
        b.detail = u"instruction " % i.key() % u" not acknowledged";
        blockers.append(std::move(b));
    }
    for (qsizetype pi = 0; pi < m_parcels.size(); ++pi) {
        const ParcelState& p = m_parcels.at(pi);
        const int number = int(pi) + 1;
        CloseBlocker b;
        b.parcel = number;
        if (parcelEmpty(int(pi))) {
            b.kind = CloseBlocker::Kind::ParcelEmpty;
            b.message = tr("Parcel %1 is empty").arg(number);
            b.detail = u"parcel " % num(number) % u" is empty";
        } else if (!p.weight) {
            b.kind = CloseBlocker::Kind::WeightNotChecked;
            b.message = tr("Parcel %1 has not been weighed").arg(number);
            b.detail = u"parcel " % num(number) % u" not weighed since its contents last changed";
        } else if (!p.weight->isWithin() && !p.weightOverride) {
            b.kind = CloseBlocker::Kind::WeightOutsideTolerance;
            b.message = tr("Parcel %1 weight is outside tolerance: a supervisor must override").arg(number);
            b.detail = p.weight->detail;
        } else {
            continue;
        }
        blockers.append(std::move(b));
    }
    return blockers;
}

bool PackSession::isComplete() const
{
    for (const PackLineState& l : m_lines)
        if (!l.isComplete())
            return false;
    return true;
}

} // namespace saypro
