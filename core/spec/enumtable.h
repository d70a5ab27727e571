#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <span>
#include <string_view>

namespace fl {

// One value of a model enum as every layer names it: `id` is its kebab-case name in scenario files,
// on the command line (--set) and in exported metrics (part of the file format: never rename one,
// only add); `live` says whether a running world can switch to it without a restart (a command
// exists for it).
template<class E> struct EnumEntry
{
    E value;
    std::string_view id;
    const char *label; // what the window calls it, in English (see FL_TRANSLATE_NOOP)
    bool live = false;
};

// Marks an enum value's label for translation. The core stays Qt-free: the macro is the text
// itself, and lupdate reads it as QT_TRANSLATE_NOOP (an alias in ui/CMakeLists.txt), so the window
// translates a row's label with QCoreApplication::translate(kEnumLabelContext, label). The context
// is the one the labels had when the UI spelled them out, so their translations carry over.
#define FL_TRANSLATE_NOOP(context, text) text
inline constexpr const char *kEnumLabelContext = "fl::ui::LabText";

// Each model enum specialises this with `static constexpr EnumEntry<E> entries[]`, listed in the
// order the file format and the settings form show them (spec/enums.h). Adding a value to an enum
// means adding its row there; tst_spec fails when an enum value has no row.
template<class E> struct EnumSpec;

template<class E> constexpr std::span<const EnumEntry<E>> enumEntries()
{
    return EnumSpec<E>::entries;
}

template<class E> constexpr std::size_t enumCount()
{
    return std::size(EnumSpec<E>::entries);
}

// The value whose underlying integer is `raw`, when it is one of E's rows (a command carries
// enum arguments as plain ints).
template<class E> constexpr std::optional<E> enumFromInt(long long raw)
{
    for (const EnumEntry<E> &e : enumEntries<E>()) {
        if (static_cast<long long>(e.value) == raw)
            return e.value;
    }
    return std::nullopt;
}

// Empty for a value without a row.
template<class E> constexpr std::string_view enumId(E value)
{
    for (const EnumEntry<E> &e : enumEntries<E>()) {
        if (e.value == value)
            return e.id;
    }
    return {};
}

template<class E> constexpr std::optional<E> enumFromId(std::string_view id)
{
    for (const EnumEntry<E> &e : enumEntries<E>()) {
        if (e.id == id)
            return e.value;
    }
    return std::nullopt;
}

// True when the rows list the values 0, 1, 2, ... in order (then a row's index is its value).
template<class E> constexpr bool enumRowsInValueOrder()
{
    std::size_t i = 0;
    for (const EnumEntry<E> &e : enumEntries<E>()) {
        if (static_cast<std::size_t>(e.value) != i++)
            return false;
    }
    return true;
}

} // namespace fl
