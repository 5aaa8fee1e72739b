#include "models/tax/t4areturn.h"

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
        if (s.reportType != ReportType::Cancelled && s.*box > 0)
            total += s.*box;
    return total;
}

} // namespace adesk
