#pragma once

#include <QLocale>
#include <QString>
#include <QtGlobal>

#include <optional>

namespace adesk {

/// An amount in Canadian dollars held as int64 cents. No floating point anywhere near money
/// (CONTRIBUTING.md, "Money, tax and Canadian rules"). Formatting follows the locale: `$1,234.56` in
/// en_CA, `1 234,56 $` in fr_CA.
class Money {
public:
    constexpr Money() = default;
    static constexpr Money fromCents(qint64 cents) { return Money(cents); }

    constexpr qint64 cents() const { return m_cents; }
    constexpr bool isNegative() const { return m_cents < 0; }

    constexpr Money operator+(Money o) const { return Money(m_cents + o.m_cents); }
    constexpr Money operator-(Money o) const { return Money(m_cents - o.m_cents); }
    constexpr Money &operator+=(Money o) {
        m_cents += o.m_cents;
        return *this;
    }
    constexpr auto operator<=>(const Money &) const = default;

    /// Locale currency format with two decimals, e.g. "$2,000,000.00" / "2 000 000,00 $".
    QString toString(const QLocale &locale = QLocale()) const;

    /// Parses what a person types: "2000000", "2,000,000.00", "$2 000 000,50", "1 234,56 $".
    /// Accepts the locale's decimal separator (or '.'), ignores group separators, spaces and '$'.
    /// More than two decimals or anything else is rejected (nullopt).
    static std::optional<Money> parse(const QString &text, const QLocale &locale = QLocale());

private:
    constexpr explicit Money(qint64 cents)
        : m_cents(cents) {}
    qint64 m_cents = 0;
};

} // namespace adesk
