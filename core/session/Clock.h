#pragma once

#include <QDateTime>

namespace aicet::session {

/// The time, injected so that anything with a time limit is testable exactly.
class Clock
{
public:
    virtual ~Clock() = default;
    /// Milliseconds since the epoch, UTC.
    virtual qint64 nowMs() const = 0;
};

class SystemClock : public Clock
{
public:
    qint64 nowMs() const override { return QDateTime::currentMSecsSinceEpoch(); }
};

/// A clock that only moves when told to (tests).
class ManualClock : public Clock
{
public:
    explicit ManualClock(qint64 start = 1'700'000'000'000)
        : m_now(start)
    {
    }
    qint64 nowMs() const override { return m_now; }
    void advanceSeconds(double seconds) { m_now += static_cast<qint64>(seconds * 1000.0); }

private:
    qint64 m_now = 0;
};

} // namespace aicet::session
