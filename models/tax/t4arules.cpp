#include "models/tax/t4arules.h"
#include "models/common/party.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace adesk {

QString T4ARules::craAmount(qint64 cents) {
    const bool negative = cents < 0;
    const quint64 a = negative ? quint64(-(cents + 1)) + 1 : quint64(cents);
    QString out = QString::number(a / 100) + u'.' + QString::number(a % 100).rightJustified(2, u'0');
    return negative ? u'-' + out : out;
}

bool T4ARules::parseCraAmount(const QString &text, qint64 *cents) {
    static const QRegularExpression re(QStringLiteral("^(-?)([0-9]{1,13})[.,]([0-9]{2})$"));
    const auto m = re.match(text.trimmed());
    if (!m.hasMatch())
        return false;
    qint64 v = m.captured(2).toLongLong() * 100 + m.captured(3).toLongLong();
    *cents = m.captured(1).isEmpty() ? v : -v;
    return true;
}

QDate T4ARules::filingDeadline(int taxYear) {
    return QDate(taxYear + 1, 3, 1).addDays(-1);
}

QString T4ARules::normalizedPostalCode(const QString &text) {
    QString s = text.toUpper();
    s.remove(u' ');
    s.remove(u'-');
    if (s.size() == 6)
        s.insert(3, u' ');
    return s;
}

bool T4ARules::isValidPostalCode(const QString &text) {
    static const QRegularExpression re(
        QStringLiteral("^[ABCEGHJ-NPRSTVXY][0-9][ABCEGHJ-NPRSTV-Z] [0-9][ABCEGHJ-NPRSTV-Z][0-9]$"));
    return re.match(text).hasMatch();
}

QStringList T4ARules::provincesForPostalCode(const QString &text) {
    if (text.isEmpty())
        return {};
    switch (text.at(0).toUpper().unicode()) {
    case 'A':
        return {QStringLiteral("NL")};
    case 'B':
        return {QStringLiteral("NS")};
    case 'C':
        return {QStringLiteral("PE")};
    case 'E':
        return {QStringLiteral("NB")};
    case 'G':
    case 'H':
    case 'J':
        return {QStringLiteral("QC")};
    case 'K':
    case 'L':
    case 'M':
    case 'N':
    case 'P':
        return {QStringLiteral("ON")};
    case 'R':
        return {QStringLiteral("MB")};
    case 'S':
        return {QStringLiteral("SK")};
    case 'T':
        return {QStringLiteral("AB")};
    case 'V':
        return {QStringLiteral("BC")};
    case 'X': {
        // The territory follows the FSA (Canada Post): X0A X0B X0C Nunavut, X0E X0G X1A NWT.
        const QString fsa = text.left(3).toUpper();
        if (fsa == u"X0A" || fsa == u"X0B" || fsa == u"X0C")
            return {QStringLiteral("NU")};
        if (fsa == u"X0E" || fsa == u"X0G" || fsa == u"X1A")
            return {QStringLiteral("NT")};
        return {};
    }
    case 'Y':
        return {QStringLiteral("YT")};
    default:
        return {};
    }
}

bool T4ARules::postalCodeMatchesProvince(const QString &postalCode, const QString &province) {
    return isValidPostalCode(postalCode) && provincesForPostalCode(postalCode).contains(province);
}

QHash<QString, T4ARules::YearTotal> T4ARules::aggregate(const QList<Payment> &payments, int taxYear) {
    QHash<QString, YearTotal> out;
    for (const Payment &p : payments) {
        if (!p.feeForService || p.paidOn.year() != taxYear)
            continue;
        out[p.payeeKey].box048Cents += p.amountCents; // GST/HST deliberately left out
    }
    for (auto it = out.begin(); it != out.end(); ++it)
        it->slipDue = slipDue(it->box048Cents);
    return out;
}

QString T4ARules::problemLabel(const QString &code) {
    if (code == u"no_profile")
        return QCoreApplication::translate("adesk::T4ARules", "No tax profile");
    if (code == u"missing_tin")
        return QCoreApplication::translate("adesk::T4ARules", "Missing SIN/BN");
    if (code == u"invalid_sin")
        return QCoreApplication::translate("adesk::T4ARules",
                                           "Invalid SIN (check digit, or a business number)");
    if (code == u"duplicate_sin")
        return QCoreApplication::translate("adesk::T4ARules", "SIN also on another payee");
    if (code == u"invalid_bn")
        return QCoreApplication::translate("adesk::T4ARules", "Invalid BN (format or check digit)");
    if (code == u"missing_address")
        return QCoreApplication::translate("adesk::T4ARules", "Missing address");
    if (code == u"postal_province")
        return QCoreApplication::translate("adesk::T4ARules", "Postal code not in the province");
    if (code == u"missing_name")
        return QCoreApplication::translate("adesk::T4ARules", "Missing name");
    return code;
}

QString T4ARules::problemsMessage(const QString &serverMessage,
                                  const std::function<QString(const QString &payeeKey)> &nameOf) {
    static const QString prefix = QStringLiteral("slips with problems cannot be finalised:");
    const qsizetype at = serverMessage.indexOf(prefix);
    if (at < 0)
        return {};
    static const QRegularExpression entry(QStringLiteral("^\\s*(mechanic|workshop) (\\d+): (.*)$"));
    QStringList payees;
    bool cut = false;
    for (const QString &part : serverMessage.mid(at + prefix.size()).split(u';')) {
        const QRegularExpressionMatch m = entry.match(part.trimmed());
        if (!m.hasMatch()) {
            cut = cut || !part.trimmed().isEmpty();
            continue;
        }
        const Party party = m.captured(1) == u"workshop" ? Party::Workshop : Party::Mechanic;
        const qint64 id = m.captured(2).toLongLong();
        QString name = nameOf ? nameOf(payeeKey(party, id)) : QString();
        if (name.isEmpty())
            name = party == Party::Workshop
                       ? QCoreApplication::translate("adesk::T4ARules", "Workshop #%1").arg(id)
                       : QCoreApplication::translate("adesk::T4ARules", "Mechanic #%1").arg(id);
        QStringList labels;
        for (const QString &code : m.captured(3).split(u',', Qt::SkipEmptyParts)) {
            const QString c = code.trimmed();
            const QString label = problemLabel(c);
            if (label == c) { // not a code: the server's list was cut at its end
                cut = true;
                continue;
            }
            labels << label;
        }
        if (!labels.isEmpty())
            payees << QCoreApplication::translate("adesk::T4ARules", "%1: %2").arg(name, labels.join(u", "));
    }
    QString text = QCoreApplication::translate(
                       "adesk::T4ARules", "Slips with problems cannot be finalized; fix their tax profiles "
                                          "first. %1")
                       .arg(payees.join(QStringLiteral("; ")));
    if (cut)
        text += QStringLiteral(" …");
    return text;
}

namespace {

/// Easter Sunday of @p year (Gregorian calendar, anonymous algorithm of Meeus/Jones/Butcher).
QDate easterSunday(int year) {
    const int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4;
    const int f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
    return QDate(year, month, day);
}

/// The @p n-th (1-based) @p weekday (Qt::Monday = 1) of @p month.
QDate nthWeekday(int year, int month, int weekday, int n) {
    QDate d(year, month, 1);
    d = d.addDays((weekday - d.dayOfWeek() + 7) % 7);
    return d.addDays(7 * (n - 1));
}

} // namespace

bool T4ARules::isFederalHoliday(const QDate &date) {
    if (!date.isValid())
        return false;
    const int y = date.year();
    const QDate easter = easterSunday(y);
    QDate victoria(y, 5, 24); // the Monday before May 25
    victoria = victoria.addDays(-((victoria.dayOfWeek() - Qt::Monday + 7) % 7));
    QList<QDate> days = {
        QDate(y, 1, 1),
        easter.addDays(-2),
        easter.addDays(1),
        victoria,
        QDate(y, 7, 1),
        nthWeekday(y, 9, Qt::Monday, 1),
        nthWeekday(y, 10, Qt::Monday, 2),
        QDate(y, 11, 11),
        QDate(y, 12, 25),
    };
    if (y >= 2021)
        days << QDate(y, 9, 30);
    for (const QDate &sundayHoliday : {QDate(y, 1, 1), QDate(y, 7, 1), QDate(y, 11, 11)})
        if (sundayHoliday.dayOfWeek() == Qt::Sunday)
            days << sundayHoliday.addDays(1);
    return days.contains(date);
}

QDate T4ARules::nextBusinessDay(const QDate &date) {
    QDate d = date;
    while (d.isValid() && (d.dayOfWeek() >= Qt::Saturday || isFederalHoliday(d)))
        d = d.addDays(1);
    return d;
}

QDate T4ARules::filingDueDate(int taxYear) {
    return nextBusinessDay(filingDeadline(taxYear));
}

} // namespace adesk
