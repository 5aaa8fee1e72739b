#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringView>

#include <iterator>
#include <optional>

namespace adesk {

/// The vocabulary of an enum class that mirrors a code stored in the database, specialised next to
/// the type (the feature's types header). Entry i belongs to the value E(i): the code as the
/// database spells it and the label people read (a QT_TRANSLATE_NOOP source in `context`):
///
///     template <> struct CodeTable<PayoutStatus> {
///         static constexpr const char *context = "Earnings";
///         static constexpr const char *codes[] = {"pending", "scheduled", "paid", "failed"};
///         static constexpr const char *labels[] = {QT_TRANSLATE_NOOP("Earnings", "Pending"), …};
///     };
///
/// Codes cross the repository edge only (toCode / fromCode); screens show labelOf(), never a code
/// (CONTRIBUTING.md, "Adding … A translated string"). tests/db/tst_codes checks every table against
/// the schema.
template <typename E> struct CodeTable;

namespace codes {
template <typename E> constexpr std::size_t count() {
    static_assert(std::size(CodeTable<E>::codes) == std::size(CodeTable<E>::labels),
                  "one code and one label per value");
    return std::size(CodeTable<E>::codes);
}
} // namespace codes

/// The database spelling of @p value.
template <typename E> QString toCode(E value) {
    const auto i = std::size_t(value);
    return i < codes::count<E>() ? QString::fromLatin1(CodeTable<E>::codes[i]) : QString();
}

/// The value spelled @p code, or nothing for a code the table does not know.
template <typename E> std::optional<E> fromCode(QStringView code) {
    for (std::size_t i = 0; i < codes::count<E>(); ++i)
        if (code == QLatin1StringView(CodeTable<E>::codes[i]))
            return E(i);
    return std::nullopt;
}

/// The value spelled @p code, or @p fallback.
template <typename E> E fromCode(QStringView code, E fallback) {
    return fromCode<E>(code).value_or(fallback);
}

/// The translated label of @p value.
template <typename E> QString labelOf(E value) {
    const auto i = std::size_t(value);
    return i < codes::count<E>() ? QCoreApplication::translate(CodeTable<E>::context, CodeTable<E>::labels[i])
                                 : QString();
}

/// The label of @p value, empty for none.
template <typename E> QString labelOf(const std::optional<E> &value) {
    return value ? labelOf(*value) : QString();
}

/// Every value, in order (for combo boxes and filters).
template <typename E> QList<E> allValues() {
    QList<E> out;
    for (std::size_t i = 0; i < codes::count<E>(); ++i)
        out << E(i);
    return out;
}

} // namespace adesk
