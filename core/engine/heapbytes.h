#pragma once

#include <cstddef>
#include <deque>
#include <vector>

namespace fl {

// Heap memory a container holds for its elements (not what the elements own in turn): the
// measure a timeline's checkpoint budget adds up.
template<class T> std::size_t heapBytes(const std::vector<T> &v)
{
    return v.capacity() * sizeof(T);
}
template<class T> std::size_t heapBytes(const std::deque<T> &d)
{
    return d.size() * sizeof(T);
}

} // namespace fl
