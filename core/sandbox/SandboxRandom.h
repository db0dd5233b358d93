#pragma once
// sandbox: owns the deterministic draws of the training marketplace's life.

#include <QtGlobal>

namespace saypro {

/// Every decision (which order is cancelled, which parcel is delayed, which rating a customer gives) is a
/// pure function of the seed, the thing decided about and the question.
class SandboxRandom final
{
public:
    /// A number in [0, 1) for question `salt` about thing `index` under `seed`.
    static double unit(quint64 seed, quint64 index, quint64 salt)
    {
        const quint64 h = mix(mix(mix(seed) ^ index) ^ (salt * 0x9E3779B97F4A7C15ull));
        return double(h >> 11) * (1.0 / 9007199254740992.0); // 53 bits
    }
    /// True with probability `p`.
    static bool chance(quint64 seed, quint64 index, quint64 salt, double p) { return unit(seed, index, salt) < p; }
    /// A whole number in [lo, hi].
    static qint64 between(quint64 seed, quint64 index, quint64 salt, qint64 lo, qint64 hi)
    {
        return hi <= lo ? lo : lo + qint64(unit(seed, index, salt) * double(hi - lo + 1));
    }

private:
    /// splitmix64's finaliser: every input bit affects every output bit.
    static quint64 mix(quint64 x)
    {
        x += 0x9E3779B97F4A7C15ull;
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
        return x ^ (x >> 31);
    }
};

} // namespace saypro
