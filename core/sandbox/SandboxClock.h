#pragma once
// sandbox: owns the training marketplace's simulated time and the time scale of its life.

#include "common/Clock.h"

#include <memory>

namespace saypro {

/// The clock it was given (a ManualClock in tests, the system clock otherwise) plus the time skipped by
/// advance(); the marketplace's life (payments, cancellations, tracking, returns, ratings) runs timeScale
/// times faster.
class SandboxClock final : public Clock
{
public:
    /// `base` null means the system clock; `timeScale` > 1 makes the marketplace's life run faster.
    SandboxClock(std::shared_ptr<Clock> base, double timeScale);

    QDateTime now() const override;
    /// Moves simulated time on: a ManualClock is advanced itself, any other clock gets an offset.
    void advance(qint64 ms);
    /// A delay of the marketplace's life ("parcel out for delivery a day later") in simulated ms.
    qint64 scaled(qint64 nominalMs) const;
    double timeScale() const { return m_timeScale; }

private:
    std::shared_ptr<Clock> m_base;
    double m_timeScale = 1.0;
    qint64 m_offsetMs = 0;
};

} // namespace saypro
