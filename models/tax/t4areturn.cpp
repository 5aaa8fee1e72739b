#include "models/tax/t4areturn.h"

#include "models/tax/businessnumber.h"
#include "models/tax/sin.h"
#include "models/tax/t4arules.h"

#include <QRandomGenerator>

namespace adesk {

QString T4ASlipData::recipientDisplay() const {
    if (recipientKind == RecipientKind::Business || (surname.isEmpty() && !businessName.isEmpty()))
        return businessName2.isEmpty() ? businessName : businessName + u' ' + businessName2;
    QString out = surname;
    if (!givenName.isEmpty())
        out += QStringLiteral(", ") + givenName;
    if (!initial.isEmpty())
        out += u' ' + initial + u'.';
    return out.isEmpty() ? payeeName : out;
}

QStringList T4ASlipData::fileProblems() const {
    QStringList out;
    const bool business = recipientKind == RecipientKind::Business;
    if ((business && bn.isEmpty()) || (!business && sin.isEmpty()))
        out << QStringLiteral("missing_tin");
    if (!sin.isEmpty() && !Sin::isValid(sin))
        out << QStringLiteral("invalid_sin");
    if (!bn.isEmpty() && !BusinessNumber::isValid(bn))
        out << QStringLiteral("invalid_bn");
    if (addressLine1.trimmed().isEmpty() || city.trimmed().isEmpty() || province.isEmpty() ||
        postalCode.isEmpty())
        out << QStringLiteral("missing_address");
    if (!postalCode.isEmpty() && !province.isEmpty() &&
        !T4ARules::postalCodeMatchesProvince(T4ARules::normalizedPostalCode(postalCode), province))
        out << QStringLiteral("postal_province");
    if ((business && businessName.trimmed().isEmpty()) || (!business && surname.trimmed().isEmpty()))
        out << QStringLiteral("missing_name");
    return out;
}

ReportType T4AReturnData::summaryReportType() const {
    for (const T4ASlipData &s : slips)
        if (s.reportType != ReportType::Original)
            return ReportType::Amended;
    return ReportType::Original;
}

qint64 T4AReturnData::totalBox048Cents() const {
    return totalBoxCents(&T4ASlipData::box048Cents);
}

qint64 T4AReturnData::totalBoxCents(qint64 T4ASlipData::*box) const {
    qint64 total = 0;
    for (const T4ASlipData &s : slips)
        if (s.*box > 0)
            total += s.*box;
    return total;
}

QString T4AReturnData::newSubmissionRef() {
    static constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    QString out;
    out.reserve(8);
    for (int i = 0; i < 8; ++i)
        out += QChar(kAlphabet[QRandomGenerator::system()->bounded(36)]);
    return out;
}

} // namespace adesk
