#include "linearizability.h"

#include <algorithm>
#include <limits>
#include <map>
#include <unordered_set>

namespace fl {
namespace {

// A call or a return, threaded in a doubly linked list in time order so that linearized
// operations can be lifted out and put back in O(1).
struct Entry
{
    std::size_t op = 0;
    bool isCall = true;
    SimTime time = 0;
    std::size_t match = 0; // the return entry of a call (npos when the op never returned)
    std::size_t prev = 0, next = 0;
};

constexpr std::size_t npos = SIZE_MAX;

struct StateKey
{
    std::vector<std::uint64_t> linearized;
    std::uint64_t state = 0;
    bool operator==(const StateKey &) const = default;
};

struct StateKeyHash
{
    std::size_t operator()(const StateKey &k) const
    {
        std::uint64_t h = k.state * 0x9E3779B97F4A7C15ULL;
        for (std::uint64_t w : k.linearized)
            h = (h ^ w) * 0xff51afd7ed558ccdULL;
        return static_cast<std::size_t>(h ^ (h >> 29));
    }
};

} // namespace

LinearizabilityResult checkRegister(const std::vector<RegisterOp> &ops, std::uint64_t budget)
{
    std::vector<std::uint64_t> written;
    for (const RegisterOp &op : ops)
        if (op.kind == RegisterOp::Kind::Write)
            written.push_back(op.value);
    std::sort(written.begin(), written.end());
    const bool unique = std::adjacent_find(written.begin(), written.end()) == written.end() &&
                        !std::binary_search(written.begin(), written.end(), std::uint64_t{0});
    bool allAnswered = true;
    for (const RegisterOp &op : ops)
        allAnswered = allAnswered && op.complete != kNever;
    if (unique && allAnswered)
        return checkRegisterByZones(ops);
    return checkRegisterBySearch(ops, budget);
}

LinearizabilityResult checkRegisterByZones(const std::vector<RegisterOp> &ops)
{
    LinearizabilityResult result;
    // Clusters: a write and the reads that returned its value. Value 0 is the initial value,
    // written before the history begins.
    struct Cluster
    {
        SimTime writeInvoke = 0;
        SimTime minFinish = kNever;
        SimTime maxStart = std::numeric_limits<SimTime>::min();
        bool hasWrite = false;
        std::vector<std::size_t> members;
    };
    std::map<std::uint64_t, Cluster> clusters;
    {
        Cluster &initial = clusters[0];
        initial.hasWrite = true;
        initial.writeInvoke = std::numeric_limits<SimTime>::min() / 2;
        initial.minFinish = std::numeric_limits<SimTime>::min() / 2;
        initial.maxStart = std::numeric_limits<SimTime>::min() / 2;
    }
    for (std::size_t i = 0; i < ops.size(); ++i) {
        const RegisterOp &op = ops[i];
        Cluster &c = clusters[op.value];
        c.members.push_back(i);
        c.minFinish = std::min(c.minFinish, op.complete);
        c.maxStart = std::max(c.maxStart, op.invoke);
        if (op.kind == RegisterOp::Kind::Write) {
            c.hasWrite = true;
            c.writeInvoke = op.invoke;
        }
    }
    struct Zone
    {
        SimTime left, right;
        const Cluster *cluster;
    };
    std::vector<Zone> forward, backward;
    for (const auto &[value, c] : clusters) {
        if (!c.hasWrite) {
            result.verdict = Linearizable::No; // a read returned a value nobody wrote
            result.conflicting = c.members;
            return result;
        }
        for (std::size_t i : c.members) {
            if (ops[i].kind == RegisterOp::Kind::Read && ops[i].complete < c.writeInvoke) {
                result.verdict = Linearizable::No; // a read finished before its write began
                result.conflicting = c.members;
                return result;
            }
        }
        if (c.minFinish < c.maxStart)
            forward.push_back(Zone{c.minFinish, c.maxStart, &c});
        else
            backward.push_back(Zone{c.maxStart, c.minFinish, &c});
    }
    std::sort(forward.begin(), forward.end(), [](const Zone &a, const Zone &b) { return a.left < b.left; });
    for (std::size_t i = 1; i < forward.size(); ++i) {
        if (forward[i].left < forward[i - 1].right) {
            result.verdict = Linearizable::No; // two clusters must each come entirely before the other
            result.conflicting = forward[i - 1].cluster->members;
            result.conflicting.insert(result.conflicting.end(), forward[i].cluster->members.begin(),
                                      forward[i].cluster->members.end());
            return result;
        }
    }
    for (const Zone &b : backward) {
        // The forward zone starting last before it (forward zones are disjoint and sorted).
        auto it = std::upper_bound(forward.begin(), forward.end(), b.left,
                                   [](SimTime x, const Zone &z) { return x < z.left; });
        if (it == forward.begin())
            continue;
        const Zone &f = *std::prev(it);
        if (f.left < b.left && b.right < f.right) {
            result.verdict = Linearizable::No;
            result.conflicting = f.cluster->members;
            result.conflicting.insert(result.conflicting.end(), b.cluster->members.begin(),
                                      b.cluster->members.end());
            return result;
        }
    }
    return result;
}

LinearizabilityResult checkRegisterBySearch(const std::vector<RegisterOp> &ops, std::uint64_t budget)
{
    LinearizabilityResult result;
    const std::size_t n = ops.size();
    if (n == 0)
        return result;

    // Entries sorted by time; at equal times calls come first (equal stamps count as concurrent).
    std::vector<Entry> entries;
    entries.reserve(2 * n + 1);
    for (std::size_t i = 0; i < n; ++i) {
        entries.push_back(Entry{i, true, ops[i].invoke, npos, 0, 0});
        if (ops[i].complete != kNever)
            entries.push_back(Entry{i, false, ops[i].complete, npos, 0, 0});
    }
    std::stable_sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
        if (a.time != b.time)
            return a.time < b.time;
        return a.isCall && !b.isCall;
    });
    std::vector<std::size_t> callOf(n, npos), returnOf(n, npos);
    for (std::size_t e = 0; e < entries.size(); ++e)
        (entries[e].isCall ? callOf : returnOf)[entries[e].op] = e;
    // Sentinel head at the end of the vector.
    const std::size_t head = entries.size();
    entries.push_back(Entry{npos, true, 0, npos, 0, 0});
    for (std::size_t e = 0; e < head; ++e) {
        entries[e].prev = e == 0 ? head : e - 1;
        entries[e].next = e + 1 == head ? npos : e + 1;
        if (entries[e].isCall)
            entries[e].match = returnOf[entries[e].op];
    }
    entries[head].next = head == 0 ? npos : 0;

    auto lift = [&](std::size_t call) {
        Entry &c = entries[call];
        entries[c.prev].next = c.next;
        if (c.next != npos)
            entries[c.next].prev = c.prev;
        if (c.match != npos) {
            Entry &r = entries[c.match];
            entries[r.prev].next = r.next;
            if (r.next != npos)
                entries[r.next].prev = r.prev;
        }
    };
    auto unlift = [&](std::size_t call) {
        Entry &c = entries[call];
        if (c.match != npos) {
            Entry &r = entries[c.match];
            entries[r.prev].next = c.match;
            if (r.next != npos)
                entries[r.next].prev = c.match;
        }
        entries[c.prev].next = call;
        if (c.next != npos)
            entries[c.next].prev = call;
    };
    auto remainingReturns = [&]() {
        for (std::size_t e = entries[head].next; e != npos; e = entries[e].next)
            if (!entries[e].isCall)
                return true;
        return false;
    };

    // Values no read returned are interchangeable for what follows (no read can be placed until
    // another write): one canonical state for all of them collapses equivalent search states.
    constexpr std::uint64_t kUnreadValue = UINT64_MAX;
    std::vector<std::uint64_t> readValues;
    for (const RegisterOp &op : ops)
        if (op.kind == RegisterOp::Kind::Read)
            readValues.push_back(op.value);
    std::sort(readValues.begin(), readValues.end());
    auto canonical = [&](std::uint64_t value) {
        return std::binary_search(readValues.begin(), readValues.end(), value) ? value : kUnreadValue;
    };

    std::vector<std::uint64_t> linearized((n + 63) / 64, 0);
    std::unordered_set<StateKey, StateKeyHash> seen;
    struct Frame
    {
        std::size_t call;
        std::uint64_t previousState;
    };
    std::vector<Frame> stack;
    std::uint64_t state = canonical(0); // the register's initial value
    std::size_t cursor = entries[head].next;

    while (cursor != npos || remainingReturns()) {
        if (++result.steps > budget) {
            result.verdict = Linearizable::Unknown;
            return result;
        }
        if (cursor == npos) {
            cursor = entries[head].next; // only pending calls left before a return: rescan
        }
        const Entry &entry = entries[cursor];
        if (entry.isCall) {
            const RegisterOp &op = ops[entry.op];
            const bool legal = op.kind == RegisterOp::Kind::Write || op.value == state;
            const std::uint64_t nextState = op.kind == RegisterOp::Kind::Write ? canonical(op.value) : state;
            bool fresh = false;
            if (legal) {
                std::vector<std::uint64_t> bits = linearized;
                bits[entry.op / 64] |= 1ULL << (entry.op % 64);
                fresh = seen.insert(StateKey{std::move(bits), nextState}).second;
            }
            if (legal && fresh) {
                stack.push_back(Frame{cursor, state});
                linearized[entry.op / 64] |= 1ULL << (entry.op % 64);
                state = nextState;
                lift(cursor);
                if (stack.size() > result.longestPrefix.size()) {
                    result.longestPrefix.clear();
                    for (const Frame &f : stack)
                        result.longestPrefix.push_back(entries[f.call].op);
                }
                cursor = entries[head].next;
            } else {
                cursor = entry.next;
            }
            continue;
        }
        // A return whose operation is not linearized yet: the last choice was wrong.
        if (stack.empty()) {
            result.verdict = Linearizable::No;
            result.stuckAt = entry.op;
            return result;
        }
        const Frame top = stack.back();
        stack.pop_back();
        const std::size_t op = entries[top.call].op;
        linearized[op / 64] &= ~(1ULL << (op % 64));
        state = top.previousState;
        unlift(top.call);
        cursor = entries[top.call].next;
    }
    return result;
}

std::vector<KeyVerdict> checkHistory(const History &history, std::size_t maxOpsPerKey)
{
    // Which writes some read returned: a write that never answered and that nobody read may be
    // taken to have had no effect, so it is left out (sound and complete, and it keeps the search
    // small when a partition leaves many writes without an answer).
    std::vector<bool> observed(history.writes.size() + 1, false);
    // A write must take effect before every read that returned it, so an unanswered write that
    // was read can be treated as answered by its first reader's completion: an equivalent history
    // with far fewer orderings to search.
    std::vector<SimTime> firstReaderDone(history.writes.size() + 1, kNever);
    for (const History::Read &r : history.reads) {
        if (r.returned <= history.writes.size()) {
            observed[r.returned] = true;
            firstReaderDone[r.returned] = std::min(firstReaderDone[r.returned], r.complete);
        }
    }

    std::map<std::uint32_t, std::vector<RegisterOp>> byKey;
    for (std::size_t i = 0; i < history.writes.size(); ++i) {
        const History::Write &w = history.writes[i];
        if (w.op != WriteOp::Put || w.outcome == History::Outcome::Failed)
            continue;
        if (w.outcome == History::Outcome::Indeterminate && !observed[w.writeId])
            continue;
        RegisterOp op;
        op.kind = RegisterOp::Kind::Write;
        op.value = w.writeId;
        op.invoke = w.invoke;
        op.complete = w.outcome == History::Outcome::Ok ? w.complete : firstReaderDone[w.writeId];
        op.tag = i;
        byKey[w.key].push_back(op);
    }
    for (std::size_t i = 0; i < history.reads.size(); ++i) {
        const History::Read &r = history.reads[i];
        RegisterOp op;
        op.kind = RegisterOp::Kind::Read;
        op.value = r.returned;
        op.invoke = r.invoke;
        op.complete = r.complete;
        op.tag = i;
        byKey[r.key].push_back(op);
    }
    std::vector<KeyVerdict> verdicts;
    for (auto &[key, all] : byKey) {
        // A prefix in invocation order, plus every write its reads returned (a read may observe a
        // write invoked after it), so the window never shows a value nobody wrote.
        std::stable_sort(all.begin(), all.end(),
                         [](const RegisterOp &a, const RegisterOp &b) { return a.invoke < b.invoke; });
        std::vector<RegisterOp> ops(
            all.begin(), all.begin() + static_cast<std::ptrdiff_t>(std::min(all.size(), maxOpsPerKey)));
        if (ops.size() < all.size()) {
            std::vector<bool> present(history.writes.size() + 1, false);
            for (const RegisterOp &op : ops)
                if (op.kind == RegisterOp::Kind::Write)
                    present[op.value] = true;
            for (std::size_t i = ops.size(); i < all.size(); ++i) {
                const RegisterOp &op = all[i];
                if (op.kind != RegisterOp::Kind::Write)
                    continue;
                bool needed = false;
                for (std::size_t j = 0; j < maxOpsPerKey && !needed; ++j)
                    needed = ops[j].kind == RegisterOp::Kind::Read && ops[j].value == op.value;
                if (needed && !present[op.value]) {
                    ops.push_back(op);
                    present[op.value] = true;
                }
            }
        }
        KeyVerdict v;
        v.key = key;
        v.result = checkRegister(ops);
        v.ops = std::move(ops);
        verdicts.push_back(std::move(v));
    }
    return verdicts;
}

} // namespace fl
