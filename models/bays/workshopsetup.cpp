#include "models/bays/workshopsetup.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

namespace adesk {

const BaySetup *WorkshopSetup::bay(qint64 id) const {
    for (const BaySetup &b : bays) {
        if (b.id == id)
            return &b;
    }
    return nullptr;
}

QList<Shift> WorkshopSetup::shiftsOn(int weekday, QDate day) const {
    QList<Shift> out;
    for (const HoursRow &h : hours) {
        if (h.weekday != weekday)
            continue;
        if (h.effectiveFrom.isValid() && day < h.effectiveFrom)
            continue;
        if (h.effectiveUntil.isValid() && day >= h.effectiveUntil)
            continue;
        out.append(h.shift);
    }
    std::sort(out.begin(), out.end(), [](const Shift &a, const Shift &b) { return a.opens < b.opens; });
    return out;
}

namespace workshopsetup {

QList<qint64> bookingsInTheWay(const DbError &error) {
    static const QRegularExpression re(QStringLiteral("(?:^|\\s)bookings=([0-9]+(?:,[0-9]+)*)"));
    const QRegularExpressionMatch m = re.match(error.detail);
    QList<qint64> out;
    if (!m.hasMatch())
        return out;
    for (const QString &part : m.captured(1).split(u',', Qt::SkipEmptyParts))
        out.append(part.toLongLong());
    return out;
}

std::optional<QList<Shift>> parseShifts(const QString &text) {
    const QString t = text.trimmed();
    QList<Shift> out;
    if (t.isEmpty() || t.compare(QLatin1String("closed"), Qt::CaseInsensitive) == 0)
        return out;
    static const QRegularExpression shift(QStringLiteral(
        "^\\s*(\\d{1,2})\\s*[:h]\\s*(\\d{2})\\s*[-–—à]\\s*(\\d{1,2})\\s*[:h]\\s*(\\d{2})\\s*$"));
    for (const QString &part : t.split(QRegularExpression(QStringLiteral("[,;]")), Qt::SkipEmptyParts)) {
        const QRegularExpressionMatch m = shift.match(part);
        if (!m.hasMatch())
            return std::nullopt;
        const QTime opens(m.captured(1).toInt(), m.captured(2).toInt());
        // 24:00 closes at midnight: the latest wall-clock time the database stores is 23:59.
        const QTime closes = m.captured(3).toInt() == 24 && m.captured(4).toInt() == 0
                                 ? QTime(23, 59)
                                 : QTime(m.captured(3).toInt(), m.captured(4).toInt());
        if (!opens.isValid() || !closes.isValid() || closes <= opens)
            return std::nullopt;
        out.append({opens, closes});
    }
    std::sort(out.begin(), out.end(), [](const Shift &a, const Shift &b) { return a.opens < b.opens; });
    for (qsizetype i = 1; i < out.size(); ++i) {
        if (out.at(i).opens < out.at(i - 1).closes)
            return std::nullopt;
    }
    return out;
}

QString formatShifts(const QList<Shift> &shifts) {
    QStringList parts;
    for (const Shift &s : shifts)
        parts << s.opens.toString(QStringLiteral("HH:mm")) + QStringLiteral("–") +
                     s.closes.toString(QStringLiteral("HH:mm"));
    return parts.join(QStringLiteral(", "));
}

QByteArray shiftsJson(const QList<Shift> &shifts) {
    QJsonArray a;
    for (const Shift &s : shifts)
        a.append(QJsonObject{{QStringLiteral("opens"), s.opens.toString(QStringLiteral("HH:mm"))},
                             {QStringLiteral("closes"), s.closes.toString(QStringLiteral("HH:mm"))}});
    return QJsonDocument(a).toJson(QJsonDocument::Compact);
}

QString capabilitiesLiteral(const QList<BayCapability> &caps) {
    QStringList codes;
    for (BayCapability c : caps)
        codes << toCode(c);
    return u'{' + codes.join(u',') + u'}';
}

QList<BayCapability> capabilitiesFromLiteral(const QString &literal) {
    QString t = literal.trimmed();
    if (t.startsWith(u'{'))
        t = t.mid(1, t.size() - 2);
    QList<BayCapability> out;
    for (const QString &code : t.split(u',', Qt::SkipEmptyParts)) {
        if (const auto c = fromCode<BayCapability>(code.trimmed()))
            out.append(*c);
    }
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace workshopsetup

} // namespace adesk
