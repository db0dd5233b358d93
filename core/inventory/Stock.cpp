#include "Stock.h"

#include <QCoreApplication>

#include <array>

namespace saypro {

namespace {
struct ReasonName
{
    StockReason reason;
    const char* key;
    const char* label;
};

constexpr std::array kReasons = {
    ReasonName{StockReason::Pick, "pick", QT_TRANSLATE_NOOP("StockReason", "Pick")},
    ReasonName{StockReason::Restock, "restock", QT_TRANSLATE_NOOP("StockReason", "Restock")},
    ReasonName{StockReason::CycleCount, "cycle_count", QT_TRANSLATE_NOOP("StockReason", "Cycle count")},
    ReasonName{StockReason::Damage, "damage", QT_TRANSLATE_NOOP("StockReason", "Damage")},
    ReasonName{StockReason::Found, "found", QT_TRANSLATE_NOOP("StockReason", "Found")},
    ReasonName{StockReason::Return, "return", QT_TRANSLATE_NOOP("StockReason", "Customer return")},
    ReasonName{StockReason::Correction, "correction", QT_TRANSLATE_NOOP("StockReason", "Correction")},
};
} // namespace

QString StockReasons::key(StockReason reason)
{
    for (const auto& r : kReasons)
        if (r.reason == reason)
            return QString::fromLatin1(r.key);
    return {};
}

std::optional<StockReason> StockReasons::fromKey(const QString& key)
{
    for (const auto& r : kReasons)
        if (key == QLatin1String(r.key))
            return r.reason;
    return std::nullopt;
}

QString StockReasons::displayName(StockReason reason)
{
    for (const auto& r : kReasons)
        if (r.reason == reason)
            return QCoreApplication::translate("StockReason", r.label);
    return {};
}

QList<StockReason> StockReasons::all()
{
    QList<StockReason> list;
    for (const auto& r : kReasons)
        list.append(r.reason);
    return list;
}

QList<StockReason> StockReasons::adjustmentReasons()
{
    QList<StockReason> list;
    for (const auto& r : kReasons)
        if (r.reason != StockReason::Pick)
            list.append(r.reason);
    return list;
}

} // namespace saypro
