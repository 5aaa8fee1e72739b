#include "models/tax/payeraccount.h"

#include "models/tax/businessnumber.h"

#include <QRegularExpression>

namespace adesk {

QString PayerAccount::normalized(const QString &text) {
    return BusinessNumber::normalized(text);
}

bool PayerAccount::isValid(const QString &text) {
    static const QRegularExpression re(QStringLiteral("^[0-9]{9}RP[0-9]{4}$"));
    return re.match(normalized(text)).hasMatch();
}

bool PayerAccount::isValidTransmitter(const QString &kind, const QString &number) {
    const QString n = normalized(number);
    auto matches = [&n](const char *pattern) {
        return QRegularExpression(QString::fromLatin1(pattern)).match(n).hasMatch();
    };
    if (kind == u"bn9")
        return matches("^[0-9]{9}$");
    if (kind == u"bn15")
        return matches("^[0-9]{9}[A-Z]{2}[0-9]{4}$");
    if (kind == u"trust")
        return matches("^T[0-9]{8}$");
    if (kind == u"nr4")
        return matches("^NR[0-9]{7}$");
    if (kind == u"repid")
        return matches("^[A-Z0-9]{7}$");
    return false;
}

} // namespace adesk
