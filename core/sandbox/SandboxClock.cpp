#include "SandboxClock.h"

#include <algorithm>
#include <cmath>

namespace saypro {

SandboxClock::SandboxClock(std::shared_ptr<Clock> base, double timeScale)
    : m_base(base ? std::move(base) : std::make_shared<SystemClock>()),
      m_timeScale(std::isfinite(timeScale) && timeScale > 0 ? timeScale : 1.0)
{}

QDateTime SandboxClock::now() const
{
    return m_base->now().addMSecs(m_offsetMs);
}

void SandboxClock::advance(qint64 ms)
{
    if (ms <= 0)
        return;
    if (auto* manual = dynamic_cast<ManualClock*>(m_base.get()))
        manual->advanceMs(ms);
    else
        m_offsetMs += ms;
}

qint64 SandboxClock::scaled(qint64 nominalMs) const
{
    return std::max<qint64>(1, qint64(std::llround(double(nominalMs) / m_timeScale)));
}

} // namespace saypro
