#pragma once
// ui: how the screens name what intake stored: each verification check's title, the kinds of hold and
// the allocation outcomes, translated.

#include <QString>

namespace saypro {

class IntakeText final
{
public:
    /// The title of a verification check ("payment" -> "Payment captured"); the id itself when unknown.
    static QString checkTitle(const QString& checkId);
    /// What a hold reason is about: a check's title, "Stock" for a shortfall, "Supervisor" for a person's hold.
    static QString reasonTitle(const QString& check);
    /// The kind of a hold ("backorder" -> "Waiting for stock"); the key itself when unknown.
    static QString holdKindName(const QString& kind);
    /// An allocation outcome ("split" -> "Split over several warehouses"); the key itself when unknown.
    static QString allocationOutcomeName(const QString& outcome);
    /// Why intake released a hold ("stock_available" -> "The stock arrived"); the text itself when unknown.
    static QString releaseReason(const QString& key);
};

} // namespace saypro
