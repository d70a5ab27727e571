#pragma once

#if (defined(__x86_64__) || defined(__i386__)) && (defined(__GNUC__) || defined(__clang__))
#include <immintrin.h>
#define FL_HAVE_X86_VECTOR_STATE 1
#endif

namespace fl {

#ifdef FL_HAVE_X86_VECTOR_STATE
namespace detail {
__attribute__((target("avx"))) inline void zeroUpperVectorHalves()
{
    _mm256_zeroupper();
}
} // namespace detail
#endif

// Marks the upper halves of the AVX registers as unused before a long stretch of simulation.
//
// The core is compiled for baseline x86-64, so its floating-point code (and libm's log and exp,
// called several times per simulated request) runs as legacy SSE instructions. When the host left
// the upper halves "dirty" (an AVX routine without VZEROUPPER: Qt's command-line parsing does so in
// `failover-lab bench`), every such instruction on Intel Skylake and later carries a false
// dependency on the full register, and the simulation ran at about half speed (0.6 instead of
// 1.2 M requests per second in model_3region). VZEROUPPER costs about a cycle and changes no value
// the simulation can see.
inline void clearUpperVectorState()
{
#ifdef FL_HAVE_X86_VECTOR_STATE
    if (__builtin_cpu_supports("avx"))
        detail::zeroUpperVectorHalves();
#endif
}

} // namespace fl
