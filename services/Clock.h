#pragma once

#include <QDateTime>
#include <QRandomGenerator>

#include <algorithm>
#include <cstdint>

namespace aicet::services {

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

/// The system's clock moved on by simulated time: a simulated candidate's answers take time on the
/// session's clock without the program waiting.
class PacedClock : public Clock
{
public:
    qint64 nowMs() const override { return QDateTime::currentMSecsSinceEpoch() + m_offsetMs; }
    void advanceSeconds(double seconds) { m_offsetMs += static_cast<qint64>(seconds * 1000.0); }
    /// Never earlier than `atMs` from now on (a resumed session's last event).
    void catchUp(qint64 atMs) { m_offsetMs = std::max(m_offsetMs, atMs - QDateTime::currentMSecsSinceEpoch()); }

private:
    qint64 m_offsetMs = 0;
};

/// Random numbers for what must be unpredictable (session seeds, anonymous codes), injected so
/// that tests can fix them.
class RandomSource
{
public:
    virtual ~RandomSource() = default;
    virtual std::uint64_t next64() = 0;
};

/// The operating system's cryptographic generator.
class SystemRandom : public RandomSource
{
public:
    std::uint64_t next64() override { return QRandomGenerator::system()->generate64(); }
};

/// A seeded generator (tests).
class SeededRandom : public RandomSource
{
public:
    explicit SeededRandom(std::uint64_t seed)
        : m_generator(static_cast<quint32>(seed ^ (seed >> 32)))
    {
    }
    std::uint64_t next64() override { return m_generator.generate64(); }

private:
    QRandomGenerator m_generator;
};

} // namespace aicet::services
