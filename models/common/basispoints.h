#pragma once

#include "models/common/money.h"

#include <QString>
#include <QtGlobal>

namespace adesk {

/// A percentage as integer basis points (1500 = 15.00 %), the `*_bp` columns of the schema.
class BasisPoints {
public:
    static constexpr int kWhole = 10000;

    constexpr BasisPoints() = default;
    constexpr explicit BasisPoints(int bp)
        : m_bp(bp) {}
    static constexpr BasisPoints fromBp(int bp) { return BasisPoints(bp); }

    constexpr int bp() const { return m_bp; }
    constexpr bool isValidShare() const { return m_bp >= 0 && m_bp <= kWhole; }
    constexpr BasisPoints complement() const { return BasisPoints(kWhole - m_bp); }
    constexpr auto operator<=>(const BasisPoints &) const = default;

    /// @p amount × this, rounded half away from zero to the cent (taxes on a fee). For splitting an
    /// amount into parts that must add up, use RevenueSplit::allocate instead.
    constexpr Money of(Money amount) const {
        const __int128 p = static_cast<__int128>(amount.cents()) * m_bp;
        const __int128 q = p / kWhole;
        const __int128 r = p % kWhole;
        qint64 cents = static_cast<qint64>(q);
        if (r * 2 >= kWhole)
            ++cents;
        else if (r * 2 <= -kWhole)
            --cents;
        return Money::fromCents(cents);
    }

    /// "15 %" / "15,5 %" style text, locale-aware.
    QString toString(const QLocale &locale = QLocale()) const {
        const int whole = m_bp / 100;
        const int frac = qAbs(m_bp % 100);
        QString n = locale.toString(whole);
        if (frac)
            n += locale.decimalPoint() + QString::number(frac).rightJustified(2, u'0');
        while (frac && n.endsWith(u'0'))
            n.chop(1);
        return n + QStringLiteral("\u00a0%");
    }

private:
    int m_bp = 0;
};

} // namespace adesk
