#pragma once

#include <cstdint>

namespace aicet::cat {

/// SplitMix64: a small, fast generator with a fully specified output, so the same seed gives
/// the same test on every platform and compiler (unlike the standard distributions).
class Random
{
public:
    explicit Random(std::uint64_t seed)
        : m_state(seed)
    {
    }

    /// A generator for one decision of one session: independent streams per position, so the
    /// choice at a position never depends on how many draws earlier positions made.
    static Random forPosition(std::uint64_t seed, std::uint64_t position)
    {
        Random r(seed ^ (0x9E3779B97F4A7C15ULL * (position + 1)));
        r.next();
        return r;
    }

    std::uint64_t next()
    {
        std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }

    /// Uniform in [0, 1), 53 random bits.
    double uniform() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }

    /// Uniform integer in [0, n), n > 0.
    int below(int n) { return static_cast<int>(uniform() * n); }

private:
    std::uint64_t m_state = 0;
};

/// Mixes two numbers into one seed (a session seed and a candidate number, say).
inline std::uint64_t mixSeed(std::uint64_t a, std::uint64_t b)
{
    Random r(a ^ (b * 0xD1B54A32D192ED03ULL));
    return r.next();
}

} // namespace aicet::cat
