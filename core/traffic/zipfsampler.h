#pragma once

#include "engine/random.h"

#include <cmath>
#include <cstdint>

namespace fl {

// Zipf-distributed ranks 1..n in O(1) time and memory per draw, by rejection-inversion
// (W. Hörmann and G. Derflinger, "Rejection-inversion to generate variates from monotone discrete
// distributions", 1996). No table: a population's key space can be large and every population has
// its own sampler, and the whole simulation state must stay cheap to copy.
class ZipfSampler
{
public:
    ZipfSampler() = default;
    ZipfSampler(std::uint32_t n, double exponent) : m_n(n < 1 ? 1 : n), m_s(exponent)
    {
        if (m_s <= 0.0)
            return;
        m_hIntegralX1 = hIntegral(1.5) - 1.0;
        m_hIntegralN = hIntegral(static_cast<double>(m_n) + 0.5);
        m_shortcut = 2.0 - hIntegralInverse(hIntegral(2.5) - h(2.0));
    }

    std::uint32_t n() const { return m_n; }
    double exponent() const { return m_s; }

    // A rank in [1, n]; rank 1 is the most popular.
    std::uint32_t sample(Rng &rng) const
    {
        if (m_s <= 0.0)
            return static_cast<std::uint32_t>(rng.below(m_n)) + 1;
        for (;;) {
            const double u = m_hIntegralN + rng.uniform() * (m_hIntegralX1 - m_hIntegralN);
            const double x = hIntegralInverse(u);
            double k = std::floor(x + 0.5);
            if (k < 1.0)
                k = 1.0;
            else if (k > m_n)
                k = m_n;
            if (k - x <= m_shortcut || u >= hIntegral(k + 0.5) - h(k))
                return static_cast<std::uint32_t>(k);
        }
    }

    friend bool operator==(const ZipfSampler &, const ZipfSampler &) = default;

private:
    double h(double x) const { return std::exp(-m_s * std::log(x)); }
    // Integral of x^-s, shifted so it is continuous in s (including s = 1, where it is log x).
    double hIntegral(double x) const
    {
        const double logX = std::log(x);
        return helper2((1.0 - m_s) * logX) * logX;
    }
    double hIntegralInverse(double x) const
    {
        double t = x * (1.0 - m_s);
        if (t < -1.0)
            t = -1.0; // guards rounding at the upper end
        return std::exp(helper1(t) * x);
    }
    static double helper1(double x)
    {
        return std::abs(x) > 1e-8 ? std::log1p(x) / x : 1.0 - x * (0.5 - x / 3.0);
    }
    static double helper2(double x)
    {
        return std::abs(x) > 1e-8 ? std::expm1(x) / x : 1.0 + x * 0.5 * (1.0 + x / 3.0);
    }

    std::uint32_t m_n = 1;
    double m_s = 0.0;
    double m_hIntegralX1 = 0.0;
    double m_hIntegralN = 0.0;
    double m_shortcut = 0.0;
};

} // namespace fl
