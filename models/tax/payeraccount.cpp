#include "models/tax/payeraccount.h"

#include "models/tax/businessnumber.h"

#include <QRegularExpression>

namespace adesk {

QString PayerAccount::normalized(const QString &text) {
    return BusinessNumber::normalized(text);
}

bool PayerAccount::isValid(const QString &text) {
    static const QRegularExpression re(QStringLiteral("^[0-9]{9}RP[0-9]{4}$"));
    const QString s = normalized(text);
    return re.match(s).hasMatch() && BusinessNumber::isValidRoot(s.left(9));
}

bool PayerAccount::isValidTransmitter(const QString &kind, const QString &number) {
    const QString n = normalized(number);
    auto matches = [&n](const char *pattern) {
        return QRegularExpression(QString::fromLatin1(pattern)).match(n).hasMatch();
    };
    if (kind == u"bn9")
        return BusinessNumber::isValidRoot(n);
    if (kind == u"bn15")
        return BusinessNumber::isValid(n);
    if (kind == u"trust")
        return matches("^[A-Z][0-9]{8}$");
    if (kind == u"nr4")
        return matches("^[A-Z]{3}[0-9]{6}$");
    if (kind == u"repid")
        return matches("^[A-Z0-9]{7}$");
    return false;
}

} // namespace adesk
