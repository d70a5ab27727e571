#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace fl {

class Simulation;

// A simulation's bulk state (Simulation::visitBulkState) as bytes: one array per visited array, in
// visiting order.
struct BulkImage
{
    struct Array
    {
        int family = 0;
        int member = 0;
        std::size_t elementSize = 0;
        std::vector<std::byte> bytes;
    };
    std::vector<Array> arrays;

    std::size_t bytes() const;
    // Whether `other` has arrays of the same families, element sizes and lengths (a delta between
    // two images needs it).
    bool sameShape(const BulkImage &other) const;
    // An image of the same shape whose every array repeats its own first element: what a fresh
    // world's arrays nearly are (every key at its initial value), so a whole image is kept as this
    // plus a small delta.
    BulkImage uniform() const;
};

// Copies `sim`'s bulk arrays into an image.
BulkImage captureBulkState(Simulation &sim);
// Gives `sim` the bulk arrays of `image` (sizes and contents), e.g. a copy made by
// Simulation::copyWithoutBulkState. The image must come from a simulation of the same design.
void restoreBulkState(const BulkImage &image, Simulation &sim);

// What changed between two images of the same shape, in units: an element, or 64 bytes of a large
// one (a histogram is 16 KiB, of which a few buckets move). For every unit that differs in any
// member of a family (the regions' copies of one kind of array) it keeps which members changed and
// how: the XOR of old and new bytes, with its runs of zeros squeezed out. A change equal to one an
// earlier member made at the same place (a replica that applied the same write as the primary,
// from the same old value: the usual case) is kept as a reference to it, so a write that reached
// every copy costs its bytes once. Two deltas merge without the images (XORs compose).
class BulkDelta
{
public:
    // The delta that turns `from` into `to` (same shape).
    static BulkDelta between(const BulkImage &from, const BulkImage &to);
    // Turns the image the delta was recorded from into the one it was recorded to, and that one
    // back into the first (a change is kept as an XOR, its own inverse).
    void applyTo(BulkImage &image) const;
    // One delta doing what `first` and then `second` do (recorded on images of one shape): how a
    // timeline drops a checkpoint between two others without rebuilding either.
    static BulkDelta merged(const BulkDelta &first, const BulkDelta &second);

    std::size_t bytes() const;
    std::size_t changedUnits() const;

private:
    // Arrays of one family that have the same element size and length, by position in the image.
    struct Group
    {
        std::vector<std::size_t> arrays;
        std::size_t length = 0;           // bytes of each
        std::size_t unit = 0;             // bytes compared and kept as one (the last may be shorter)
        std::vector<std::uint32_t> units; // the units changed in at least one member
        // Per changed unit, one code per member: kUnchanged, kOwnBytes (the unit's change follows in
        // `payload`, coded as runs), or the position in `arrays` of an earlier member that made
        // the same change.
        std::vector<std::uint8_t> codes;
        std::vector<std::byte> payload;
    };
    static constexpr std::uint8_t kUnchanged = 0xFF;
    static constexpr std::uint8_t kOwnBytes = 0xFE;
    static constexpr std::size_t kLargeUnit = 64;

    static std::vector<Group> groupsOf(const BulkImage &image);
    static void record(Group &group, const BulkImage &from, const BulkImage &to);
    // Appends one changed unit: each member's change, the XOR of old and new (nullptr: unchanged),
    // `size` long.
    static void append(Group &group, std::uint32_t unit, const std::vector<const std::byte *> &now,
                       std::size_t size);

    std::vector<Group> m_groups;
};

// A whole image kept small: its uniform() shape and the delta from it.
class BulkKeyframe
{
public:
    explicit BulkKeyframe(const BulkImage &image);
    BulkImage image() const;
    // The same, into `image`'s own arrays (no new allocation once they have the size).
    void imageInto(BulkImage &image) const;
    std::size_t bytes() const;

private:
    BulkImage m_seeds; // each array's first element only; m_lengths holds the real lengths
    std::vector<std::size_t> m_lengths;
    BulkDelta m_delta;
};

} // namespace fl
