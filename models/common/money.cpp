#include "models/common/money.h"

namespace adesk {

QString Money::toString(const QLocale &locale) const {
    const qint64 absCents = m_cents < 0 ? -m_cents : m_cents;
    const qint64 dollars = absCents / 100;
    const int cents = int(absCents % 100);
    // Format the integer part with the locale's grouping, then splice the cents: exact, no double.
    QString number = locale.toString(dollars) + locale.decimalPoint() +
                     QStringLiteral("%1").arg(cents, 2, 10, QLatin1Char('0'));
    const QString sign = m_cents < 0 ? locale.negativeSign() : QString();
    if (locale.language() == QLocale::French)
        return sign + number + QChar(0x00A0) + u'$'; // -1 234,56 $
    return sign + u'$' + number;                     // -$1,234.56
}

std::optional<Money> Money::parse(const QString &text, const QLocale &locale) {
    QString s;
    for (QChar c : text) {
        if (c == u'$' || c.isSpace() || c == QChar(0x00A0) || c == QChar(0x202F))
            continue;
        s += c;
    }
    if (s.isEmpty())
        return std::nullopt;
    bool negative = false;
    if (s.startsWith(u'-') || s.startsWith(locale.negativeSign())) {
        negative = true;
        s = s.mid(1);
    }
    const QString dec = locale.decimalPoint();
    const QString group = locale.groupSeparator();
    int decPos = s.lastIndexOf(dec);
    if (decPos < 0 && dec != u"." && group != u".")
        decPos = s.lastIndexOf(u'.');
    QString intPart = decPos >= 0 ? s.left(decPos) : s;
    QString fracPart = decPos >= 0 ? s.mid(decPos + 1) : QString();
    intPart.remove(group);
    if (group != u",")
        intPart.remove(u',');
    if (intPart.isEmpty())
        intPart = QStringLiteral("0");
    if (fracPart.size() > 2)
        return std::nullopt;
    for (QChar c : intPart + fracPart) {
        if (!c.isDigit())
            return std::nullopt;
    }
    if (intPart.size() > 15)
        return std::nullopt;
    qint64 cents = intPart.toLongLong() * 100;
    if (fracPart.size() == 1)
        cents += fracPart.toInt() * 10;
    else if (fracPart.size() == 2)
        cents += fracPart.toInt();
    return Money::fromCents(negative ? -cents : cents);
}

} // namespace adesk
