#include "VerificationReport.h"

namespace saypro {

bool VerificationReport::passed() const
{
    if (checks.isEmpty())
        return false;
    for (const VerificationCheck& c : checks)
        if (!c.passed)
            return false;
    return true;
}

QStringList VerificationReport::failedIds() const
{
    QStringList ids;
    for (const VerificationCheck& c : checks)
        if (!c.passed)
            ids << c.id;
    return ids;
}

std::optional<VerificationCheck> VerificationReport::check(const QString& id) const
{
    for (const VerificationCheck& c : checks)
        if (c.id == id)
            return c;
    return std::nullopt;
}

QStringList VerificationReport::failureMessages() const
{
    QStringList out;
    for (const VerificationCheck& c : checks)
        if (!c.passed)
            out << c.message;
    return out;
}

} // namespace saypro
