#pragma once
// intake: the results of every verification check run on one order.

#include "intake/VerificationCheck.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace saypro {

/// All checks run on one order, in the order they were run.
struct VerificationReport
{
    QList<VerificationCheck> checks;

    /// True when there is at least one check and none failed.
    bool passed() const;
    /// Ids of the failed checks, in run order.
    QStringList failedIds() const;
    /// The check with `id`, if it was run.
    std::optional<VerificationCheck> check(const QString& id) const;
    /// Messages of the failed checks, in run order: the reasons an order is held.
    QStringList failureMessages() const;
};

} // namespace saypro
