#include "bulkstate.h"

#include "sim/simulation.h"

#include <algorithm>
#include <cassert>
#include <cstring>
#include <type_traits>

namespace fl {

std::size_t BulkImage::bytes() const
{
    std::size_t total = 0;
    for (const Array &a : arrays)
        total += a.bytes.size();
    return total;
}

bool BulkImage::sameShape(const BulkImage &other) const
{
    if (arrays.size() != other.arrays.size())
        return false;
    for (std::size_t i = 0; i < arrays.size(); ++i) {
        const Array &a = arrays[i], &b = other.arrays[i];
        if (a.family != b.family || a.member != b.member || a.elementSize != b.elementSize ||
            a.bytes.size() != b.bytes.size())
            return false;
    }
    return true;
}

BulkImage BulkImage::uniform() const
{
    BulkImage out;
    out.arrays.reserve(arrays.size());
    for (const Array &a : arrays) {
        Array &u = out.arrays.emplace_back();
        u.family = a.family;
        u.member = a.member;
        u.elementSize = a.elementSize;
        u.bytes.resize(a.bytes.size());
        for (std::size_t at = 0; at < a.bytes.size(); at += a.elementSize)
            std::memcpy(u.bytes.data() + at, a.bytes.data(), a.elementSize);
    }
    return out;
}

BulkImage captureBulkState(Simulation &sim)
{
    BulkImage image;
    sim.visitBulkState([&image](int family, int member, auto &array) {
        using T = typename std::remove_reference_t<decltype(array)>::value_type;
        static_assert(std::is_trivially_copyable_v<T>, "bulk state is copied as bytes");
        BulkImage::Array &out = image.arrays.emplace_back();
        out.family = family;
        out.member = member;
        out.elementSize = sizeof(T);
        out.bytes.resize(array.size() * sizeof(T));
        if (!array.empty())
            std::memcpy(out.bytes.data(), static_cast<const void *>(array.data()), out.bytes.size());
    });
    return image;
}

void restoreBulkState(const BulkImage &image, Simulation &sim)
{
    std::size_t next = 0;
    sim.visitBulkState([&image, &next](int family, int member, auto &array) {
        using T = typename std::remove_reference_t<decltype(array)>::value_type;
        static_assert(std::is_trivially_copyable_v<T>, "bulk state is copied as bytes");
        assert(next < image.arrays.size());
        const BulkImage::Array &in = image.arrays[next++];
        assert(in.family == family && in.member == member && in.elementSize == sizeof(T));
        (void)family;
        (void)member;
        array.resize(in.bytes.size() / sizeof(T));
        if (!array.empty())
            std::memcpy(static_cast<void *>(array.data()), in.bytes.data(), in.bytes.size());
    });
    assert(next == image.arrays.size());
}

std::vector<BulkDelta::Group> BulkDelta::groupsOf(const BulkImage &image)
{
    std::vector<Group> groups;
    for (std::size_t i = 0; i < image.arrays.size(); ++i) {
        const BulkImage::Array &a = image.arrays[i];
        Group *into = nullptr;
        for (Group &g : groups) {
            const BulkImage::Array &first = image.arrays[g.arrays.front()];
            if (first.family == a.family && first.elementSize == a.elementSize &&
                first.bytes.size() == a.bytes.size() && g.arrays.size() < kOwnBytes) {
                into = &g;
                break;
            }
        }
        if (!into) {
            into = &groups.emplace_back();
            into->length = a.bytes.size();
            into->unit = a.elementSize <= 4 * kLargeUnit ? a.elementSize : kLargeUnit;
        }
        into->arrays.push_back(i);
    }
    return groups;
}

namespace {

// A unit's change is kept as the XOR of its old and new bytes, coded as runs: (zeros, literals,
// the literal bytes), each count at most 255. Most of a changed key's 56 bytes are equal before and
// after (the high bytes of every time and id, the fields a write does not touch), so this keeps
// about half of them.
void encodeRuns(const std::byte *x, std::size_t size, std::vector<std::byte> &out)
{
    std::size_t k = 0;
    while (k < size) {
        std::size_t zeros = 0, literals = 0;
        while (k + zeros < size && zeros < 255 && x[k + zeros] == std::byte{0})
            ++zeros;
        while (k + zeros + literals < size && literals < 255 && x[k + zeros + literals] != std::byte{0})
            ++literals;
        out.push_back(static_cast<std::byte>(zeros));
        out.push_back(static_cast<std::byte>(literals));
        out.insert(out.end(), x + k + zeros, x + k + zeros + literals);
        k += zeros + literals;
    }
}

// Decodes one unit's runs into `x` (zeros included); returns the bytes read.
std::size_t decodeRuns(const std::byte *in, std::size_t size, std::byte *x)
{
    const std::byte *p = in;
    std::size_t k = 0;
    while (k < size) {
        const auto zeros = static_cast<std::size_t>(*p++);
        const auto literals = static_cast<std::size_t>(*p++);
        std::memset(x + k, 0, zeros);
        std::memcpy(x + k + zeros, p, literals);
        p += literals;
        k += zeros + literals;
    }
    return static_cast<std::size_t>(p - in);
}

bool allZero(const std::byte *x, std::size_t size)
{
    for (std::size_t i = 0; i < size; ++i)
        if (x[i] != std::byte{0})
            return false;
    return true;
}

} // namespace

void BulkDelta::record(Group &group, const BulkImage &from, const BulkImage &to)
{
    const std::size_t members = group.arrays.size();
    const std::size_t length = to.arrays[group.arrays.front()].bytes.size();
    if (group.unit == 0 || length == 0)
        return;
    std::vector<const std::byte *> was(members), now(members), changes(members);
    for (std::size_t m = 0; m < members; ++m) {
        was[m] = from.arrays[group.arrays[m]].bytes.data();
        now[m] = to.arrays[group.arrays[m]].bytes.data();
    }
    std::vector<std::byte> xors(members * group.unit);
    const auto differs = [](const std::byte *a, const std::byte *b, std::size_t n) {
        return std::memcmp(a, b, n) != 0;
    };
    // Most units are unchanged: runs of them are skipped with one comparison per member.
    const std::size_t run = 16 * group.unit;
    for (std::size_t start = 0; start < length; start += run) {
        const std::size_t end = std::min(length, start + run);
        bool any = false;
        for (std::size_t m = 0; m < members && !any; ++m)
            any = differs(was[m] + start, now[m] + start, end - start);
        if (!any)
            continue;
        for (std::size_t at = start; at < end; at += group.unit) {
            const std::size_t size = std::min(group.unit, length - at);
            bool changed = false;
            for (std::size_t m = 0; m < members; ++m) {
                changes[m] = nullptr;
                if (!differs(was[m] + at, now[m] + at, size))
                    continue;
                std::byte *x = xors.data() + m * group.unit;
                for (std::size_t i = 0; i < size; ++i)
                    x[i] = was[m][at + i] ^ now[m][at + i];
                changes[m] = x;
                changed = true;
            }
            if (changed)
                append(group, static_cast<std::uint32_t>(at / group.unit), changes, size);
        }
    }
    group.units.shrink_to_fit();
    group.codes.shrink_to_fit();
    group.payload.shrink_to_fit();
}

void BulkDelta::append(Group &group, std::uint32_t unit, const std::vector<const std::byte *> &changes,
                       std::size_t size)
{
    group.units.push_back(unit);
    for (std::size_t m = 0; m < changes.size(); ++m) {
        if (!changes[m]) {
            group.codes.push_back(kUnchanged);
            continue;
        }
        std::uint8_t code = kOwnBytes;
        for (std::size_t earlier = 0; earlier < m; ++earlier)
            if (changes[earlier] && std::memcmp(changes[earlier], changes[m], size) == 0) {
                code = static_cast<std::uint8_t>(earlier);
                break;
            }
        group.codes.push_back(code);
        if (code == kOwnBytes)
            encodeRuns(changes[m], size, group.payload);
    }
}

BulkDelta BulkDelta::merged(const BulkDelta &first, const BulkDelta &second)
{
    assert(first.m_groups.size() == second.m_groups.size());
    BulkDelta out;
    out.m_groups.reserve(first.m_groups.size());
    for (std::size_t g = 0; g < first.m_groups.size(); ++g) {
        const Group &a = first.m_groups[g], &b = second.m_groups[g];
        assert(a.arrays == b.arrays && a.unit == b.unit && a.length == b.length);
        Group &o = out.m_groups.emplace_back();
        o.arrays = a.arrays;
        o.length = a.length;
        o.unit = a.unit;
        const std::size_t members = a.arrays.size();
        // Reads one unit's entry into `xors` (one unit per member) and says which members changed,
        // advancing the cursor.
        struct Cursor
        {
            std::size_t next = 0; // index into units
            const std::uint8_t *code = nullptr;
            const std::byte *payload = nullptr;
        };
        const auto read = [members, unit = o.unit](Cursor &c, std::size_t size, std::vector<std::byte> &xors,
                                                   std::vector<bool> &changed) {
            for (std::size_t m = 0; m < members; ++m, ++c.code) {
                std::byte *x = xors.data() + m * unit;
                changed[m] = *c.code != kUnchanged;
                if (*c.code == kOwnBytes)
                    c.payload += decodeRuns(c.payload, size, x);
                else if (*c.code != kUnchanged)
                    std::memcpy(x, xors.data() + std::size_t{*c.code} * unit, size);
            }
            ++c.next;
        };
        Cursor ca{0, a.codes.data(), a.payload.data()};
        Cursor cb{0, b.codes.data(), b.payload.data()};
        std::vector<std::byte> xa(members * o.unit), xb(members * o.unit);
        std::vector<bool> inA(members), inB(members);
        std::vector<const std::byte *> changes(members);
        while (ca.next < a.units.size() || cb.next < b.units.size()) {
            const std::uint32_t ua = ca.next < a.units.size() ? a.units[ca.next] : UINT32_MAX;
            const std::uint32_t ub = cb.next < b.units.size() ? b.units[cb.next] : UINT32_MAX;
            const std::uint32_t unit = std::min(ua, ub);
            const std::size_t size = std::min(o.unit, o.length - std::size_t{unit} * o.unit);
            std::fill(inA.begin(), inA.end(), false);
            std::fill(inB.begin(), inB.end(), false);
            if (ua == unit)
                read(ca, size, xa, inA);
            if (ub == unit)
                read(cb, size, xb, inB);
            // XORs compose: the change over both is the XOR of the two.
            bool any = false;
            for (std::size_t m = 0; m < members; ++m) {
                std::byte *x = xa.data() + m * o.unit;
                if (!inA[m])
                    std::memset(x, 0, size);
                if (inB[m])
                    for (std::size_t i = 0; i < size; ++i)
                        x[i] ^= xb[m * o.unit + i];
                changes[m] = (inA[m] || inB[m]) && !allZero(x, size) ? x : nullptr;
                any = any || changes[m];
            }
            if (any)
                append(o, unit, changes, size);
        }
        o.units.shrink_to_fit();
        o.codes.shrink_to_fit();
        o.payload.shrink_to_fit();
    }
    return out;
}

BulkDelta BulkDelta::between(const BulkImage &from, const BulkImage &to)
{
    assert(from.sameShape(to));
    BulkDelta delta;
    delta.m_groups = groupsOf(to);
    for (Group &g : delta.m_groups)
        record(g, from, to);
    return delta;
}

void BulkDelta::applyTo(BulkImage &image) const
{
    std::vector<const std::byte *> runsOf; // per member: where its change's runs start, this unit
    for (const Group &g : m_groups) {
        const std::size_t members = g.arrays.size();
        if (g.units.empty())
            continue;
        const std::size_t length = image.arrays[g.arrays.front()].bytes.size();
        std::vector<std::byte *> out(members);
        for (std::size_t m = 0; m < members; ++m)
            out[m] = image.arrays[g.arrays[m]].bytes.data();
        runsOf.assign(members, nullptr);
        const std::byte *payload = g.payload.data();
        const std::uint8_t *code = g.codes.data();
        for (const std::uint32_t unit : g.units) {
            const std::size_t at = std::size_t{unit} * g.unit;
            const std::size_t size = std::min(g.unit, length - at);
            for (std::size_t m = 0; m < members; ++m, ++code) {
                if (*code == kUnchanged)
                    continue;
                // XOR the change's literal runs straight into the element; a member that made an
                // earlier member's change reads that member's runs again.
                const bool own = *code == kOwnBytes;
                const std::byte *p = own ? payload : runsOf[*code];
                runsOf[m] = p;
                std::byte *target = out[m] + at;
                for (std::size_t k = 0; k < size;) {
                    const auto zeros = static_cast<std::size_t>(p[0]);
                    const auto literals = static_cast<std::size_t>(p[1]);
                    p += 2;
                    k += zeros;
                    for (std::size_t i = 0; i < literals; ++i)
                        target[k + i] ^= p[i];
                    p += literals;
                    k += literals;
                }
                if (own)
                    payload = p;
            }
        }
    }
}

std::size_t BulkDelta::bytes() const
{
    std::size_t total = sizeof(BulkDelta);
    for (const Group &g : m_groups)
        total += sizeof(Group) + g.arrays.capacity() * sizeof(std::size_t) +
                 g.units.capacity() * sizeof(std::uint32_t) + g.codes.capacity() + g.payload.capacity();
    return total;
}

std::size_t BulkDelta::changedUnits() const
{
    std::size_t total = 0;
    for (const Group &g : m_groups)
        total += static_cast<std::size_t>(
            std::count_if(g.codes.begin(), g.codes.end(), [](std::uint8_t c) { return c != kUnchanged; }));
    return total;
}

BulkKeyframe::BulkKeyframe(const BulkImage &image) : m_delta(BulkDelta::between(image.uniform(), image))
{
    m_seeds.arrays.reserve(image.arrays.size());
    for (const BulkImage::Array &a : image.arrays) {
        BulkImage::Array &seed = m_seeds.arrays.emplace_back();
        seed.family = a.family;
        seed.member = a.member;
        seed.elementSize = a.elementSize;
        seed.bytes.assign(a.bytes.begin(), a.bytes.begin() + static_cast<std::ptrdiff_t>(
                                                                 std::min(a.elementSize, a.bytes.size())));
        m_lengths.push_back(a.bytes.size());
    }
}

BulkImage BulkKeyframe::image() const
{
    BulkImage image;
    imageInto(image);
    return image;
}

void BulkKeyframe::imageInto(BulkImage &image) const
{
    image.arrays.resize(m_seeds.arrays.size());
    for (std::size_t i = 0; i < m_seeds.arrays.size(); ++i) {
        const BulkImage::Array &seed = m_seeds.arrays[i];
        BulkImage::Array &a = image.arrays[i];
        a.family = seed.family;
        a.member = seed.member;
        a.elementSize = seed.elementSize;
        a.bytes.resize(m_lengths[i]);
        if (!seed.bytes.empty())
            for (std::size_t at = 0; at < a.bytes.size(); at += a.elementSize)
                std::memcpy(a.bytes.data() + at, seed.bytes.data(), a.elementSize);
    }
    m_delta.applyTo(image);
}

std::size_t BulkKeyframe::bytes() const
{
    return m_seeds.bytes() + m_lengths.capacity() * sizeof(std::size_t) + m_delta.bytes();
}

} // namespace fl
