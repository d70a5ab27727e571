#include "linearizability.h"

#include <algorithm>
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

    std::vector<std::uint64_t> linearized((n + 63) / 64, 0);
    std::unordered_set<StateKey, StateKeyHash> seen;
    struct Frame
    {
        std::size_t call;
        std::uint64_t previousState;
    };
    std::vector<Frame> stack;
    std::uint64_t state = 0; // the register's initial value
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
            const std::uint64_t nextState = op.kind == RegisterOp::Kind::Write ? op.value : state;
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
    std::map<std::uint32_t, std::vector<RegisterOp>> byKey;
    for (std::size_t i = 0; i < history.writes.size(); ++i) {
        const History::Write &w = history.writes[i];
        if (w.op != WriteOp::Put || w.outcome == History::Outcome::Failed)
            continue;
        auto &list = byKey[w.key];
        if (list.size() >= maxOpsPerKey)
            continue;
        RegisterOp op;
        op.kind = RegisterOp::Kind::Write;
        op.value = w.writeId;
        op.invoke = w.invoke;
        op.complete = w.outcome == History::Outcome::Ok ? w.complete : kNever;
        op.tag = i;
        list.push_back(op);
    }
    for (std::size_t i = 0; i < history.reads.size(); ++i) {
        const History::Read &r = history.reads[i];
        auto &list = byKey[r.key];
        if (list.size() >= maxOpsPerKey)
            continue;
        RegisterOp op;
        op.kind = RegisterOp::Kind::Read;
        op.value = r.returned;
        op.invoke = r.invoke;
        op.complete = r.complete;
        op.tag = i;
        list.push_back(op);
    }
    std::vector<KeyVerdict> verdicts;
    for (auto &[key, ops] : byKey) {
        KeyVerdict v;
        v.key = key;
        v.result = checkRegister(ops);
        v.ops = std::move(ops);
        verdicts.push_back(std::move(v));
    }
    return verdicts;
}

} // namespace fl
