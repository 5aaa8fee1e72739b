#include "models/tax/sin.h"

namespace adesk {

QString Sin::normalized(const QString &text) {
    QString out;
    out.reserve(9);
    for (QChar c : text) {
        if (c == u' ' || c == u'-')
            continue;
        out.append(c);
    }
    return out;
}

bool Sin::isWellFormed(const QString &text) {
    const QString s = normalized(text);
    if (s.size() != 9)
        return false;
    for (QChar c : s)
        if (c < u'0' || c > u'9')
            return false;
    return true;
}

namespace {
int luhnSum(const QString &digits, int count) {
    int sum = 0;
    for (int i = 0; i < count; ++i) {
        int d = digits[i].unicode() - u'0';
        if (i % 2 == 1) { // every second digit doubled (positions 2, 4, 6, 8)
            d *= 2;
            d = d / 10 + d % 10;
        }
        sum += d;
    }
    return sum;
}
} // namespace

bool Sin::isValid(const QString &text) {
    if (!isWellFormed(text))
        return false;
    const QString s = normalized(text);
    if (s == u"000000000" || s.startsWith(u'8')) // 8: a business number, never a person's SIN
        return false;
    return luhnSum(s, 9) % 10 == 0;
}

bool Sin::isBusinessNumberRoot(const QString &text) {
    return isWellFormed(text) && normalized(text).startsWith(u'8');
}

bool Sin::luhnValid(const QString &digits) {
    for (QChar c : digits)
        if (c < u'0' || c > u'9')
            return false;
    // Doubling starts from the second digit from the right, whatever the length.
    int sum = 0;
    const int n = int(digits.size());
    for (int i = 0; i < n; ++i) {
        int d = digits[i].unicode() - u'0';
        if ((n - i) % 2 == 0) {
            d *= 2;
            d = d / 10 + d % 10;
        }
        sum += d;
    }
    return n > 0 && sum % 10 == 0;
}

int Sin::expectedCheckDigit(const QString &text) {
    const QString s = normalized(text);
    if (s.size() < 8)
        return -1;
    for (int i = 0; i < 8; ++i)
        if (s[i] < u'0' || s[i] > u'9')
            return -1;
    return (10 - luhnSum(s, 8) % 10) % 10;
}

QString Sin::masked(const QString &text) {
    const QString s = normalized(text);
    if (s.isEmpty())
        return {};
    return QStringLiteral("*** *** ") + s.right(3);
}

QString Sin::formatted(const QString &text) {
    const QString s = normalized(text);
    if (s.size() != 9)
        return s;
    return s.left(3) + u' ' + s.mid(3, 3) + u' ' + s.right(3);
}

} // namespace adesk
