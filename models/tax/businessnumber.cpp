#include "models/tax/businessnumber.h"

#include "models/tax/sin.h"

#include <QRegularExpression>

namespace adesk {

QString BusinessNumber::normalized(const QString &text) {
    QString out = text.toUpper();
    out.remove(u' ');
    out.remove(u'-');
    return out;
}

bool BusinessNumber::isValid(const QString &text) {
    static const QRegularExpression re(QStringLiteral("^[0-9]{9}[A-Z]{2}[0-9]{4}$"));
    const QString s = normalized(text);
    return re.match(s).hasMatch() && isValidRoot(s.left(9));
}

bool BusinessNumber::isValidRoot(const QString &text) {
    static const QRegularExpression re(QStringLiteral("^[0-9]{9}$"));
    const QString s = normalized(text);
    return re.match(s).hasMatch() && s != u"000000000" && Sin::luhnValid(s);
}

QString BusinessNumber::masked(const QString &text) {
    const QString s = normalized(text);
    if (s.isEmpty())
        return {};
    return QStringLiteral("********* ") + s.right(3);
}

} // namespace adesk
