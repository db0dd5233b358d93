#include "IntakeText.h"

#include "intake/IntakeService.h"

#include <QCoreApplication>

#include <iterator>

namespace saypro {

namespace {

struct Name
{
    const char* key;
    const char* text;
};

// The check ids of core/intake/VerificationCheck.h, in the order OrderVerifier runs them.
constexpr Name kCheckTitles[] = {
    {"line_known", QT_TRANSLATE_NOOP("IntakeText", "Products known")},
    {"quantities", QT_TRANSLATE_NOOP("IntakeText", "Quantities")},
    {"totals", QT_TRANSLATE_NOOP("IntakeText", "Totals add up")},
    {"customer_name", QT_TRANSLATE_NOOP("IntakeText", "Customer name")},
    {"address", QT_TRANSLATE_NOOP("IntakeText", "Delivery address")},
    {"email", QT_TRANSLATE_NOOP("IntakeText", "Email address")},
    {"phone", QT_TRANSLATE_NOOP("IntakeText", "Phone number")},
    {"payment", QT_TRANSLATE_NOOP("IntakeText", "Payment captured")},
};

constexpr Name kHoldKinds[] = {
    {"verification", QT_TRANSLATE_NOOP("IntakeText", "Failed verification")},
    {"backorder", QT_TRANSLATE_NOOP("IntakeText", "Waiting for stock")},
    {"supervisor", QT_TRANSLATE_NOOP("IntakeText", "Held by a supervisor")},
};

constexpr Name kOutcomes[] = {
    {"whole", QT_TRANSLATE_NOOP("IntakeText", "Whole order from one warehouse")},
    {"split", QT_TRANSLATE_NOOP("IntakeText", "Split over several warehouses")},
    {"backorder", QT_TRANSLATE_NOOP("IntakeText", "Backorder: not enough stock")},
};

template <std::size_t N> QString lookUp(const Name (&table)[N], const QString& key)
{
    for (const Name& name : table)
        if (key == QLatin1String(name.key))
            return QCoreApplication::translate("IntakeText", name.text);
    return key;
}

} // namespace

QString IntakeText::checkTitle(const QString& checkId)
{
    static_assert(std::size(kCheckTitles) == 8, "one title per VerificationCheck id");
    return lookUp(kCheckTitles, checkId);
}

QString IntakeText::reasonTitle(const QString& check)
{
    if (check == QLatin1String("stock"))
        return QCoreApplication::translate("IntakeText", "Stock");
    if (check == Hold::Supervisor)
        return QCoreApplication::translate("IntakeText", "Supervisor");
    return checkTitle(check);
}

QString IntakeText::holdKindName(const QString& kind)
{
    return lookUp(kHoldKinds, kind);
}

QString IntakeText::allocationOutcomeName(const QString& outcome)
{
    return lookUp(kOutcomes, outcome);
}

QString IntakeText::releaseReason(const QString& key)
{
    return IntakeService::releaseReasonText(key);
}

} // namespace saypro
