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

namespace {
/// Each box of a slip beside its total in the Summary.
struct BoxTotal {
    qint64 T4ASlipData::*slip;
    qint64 T4ASummaryTotals::*total;
};
constexpr BoxTotal kBoxes[] = {
    {&T4ASlipData::box016Cents, &T4ASummaryTotals::box016Cents},
    {&T4ASlipData::box018Cents, &T4ASummaryTotals::box018Cents},
    {&T4ASlipData::box020Cents, &T4ASummaryTotals::box020Cents},
    {&T4ASlipData::box022Cents, &T4ASummaryTotals::box022Cents},
    {&T4ASlipData::box024Cents, &T4ASummaryTotals::box024Cents},
    {&T4ASlipData::box048Cents, &T4ASummaryTotals::box048Cents},
};
} // namespace

void T4ASummaryTotals::add(const T4ASlipData &s) {
    ++slipCount;
    if (s.reportType == ReportType::Cancelled)
        ++cancelledCount;
    if (s.reportType != ReportType::Original)
        reportType = ReportType::Amended;
    for (const BoxTotal &b : kBoxes)
        if (s.*b.slip > 0)
            this->*b.total += s.*b.slip;
}

qint64 T4ASummaryTotals::total(qint64 T4ASlipData::*box) const {
    for (const BoxTotal &b : kBoxes)
        if (b.slip == box)
            return this->*b.total;
    return 0;
}

T4ASummaryTotals T4AReturnData::totals() const {
    T4ASummaryTotals t;
    for (const T4ASlipData &s : slips)
        t.add(s);
    return t;
}

ReportType T4AReturnData::summaryReportType() const {
    return totals().reportType;
}

qint64 T4AReturnData::totalBox048Cents() const {
    return totals().box048Cents;
}

qint64 T4AReturnData::totalBoxCents(qint64 T4ASlipData::*box) const {
    return totals().total(box);
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
