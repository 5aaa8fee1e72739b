#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace adesk {

/// A payee's tax profile as finance sees it: SIN and BN masked (the clear values come only from the
/// audited reveal). For saving, sin / bn hold the NEW value typed by finance, or a null QString to
/// keep the stored one.
struct TaxProfile {
    qint64 id = 0;
    QString payeeParty; ///< mechanic | workshop
    qint64 payeeId = 0;
    QString payeeName;
    QString recipientKind = QStringLiteral("individual"); ///< individual | business
    QString surname;
    QString givenName;
    QString initial;
    QString businessName;
    QString businessName2;
    QString sinMasked;
    QString bnMasked;
    bool sinValid = false;
    bool bnValid = false;
    QString sin; ///< when saving: new value (null = keep)
    QString bn;
    QString addressLine1;
    QString addressLine2;
    QString city;
    QString province;
    QString postalCode;
    QString language = QStringLiteral("en");
    bool electronicConsent = false;
    QDateTime consentAt;
    int version = 0; ///< 0: not created yet
};

/// One row of the T4A pane for a year (desk.t4a_overview).
struct T4AOverviewRow {
    QString payeeParty;
    qint64 payeeId = 0;
    QString payeeName;
    qint64 feesCents = 0;      ///< box 048: paid in the year
    qint64 statementCents = 0; ///< sum of the year's monthly statements (shares earned)
    qint64 unpaidCents = 0;    ///< earned in the year, not paid by 31 December
    qint64 priorPaidCents = 0; ///< earned earlier, paid in the year
    bool slipDue = false;
    qint64 profileId = 0;
    int profileVersion = 0;
    QString recipientKind;
    QString sinMasked;
    QString bnMasked;
    QString province;
    QString postalCode;
    QString language;
    QStringList problems; ///< desk.tax_problems codes
    qint64 slipId = 0;
    QString slipStatus;     ///< draft | final | filed, empty without a slip
    QString slipReportType; ///< O | A | C
    qint64 slipBox048Cents = -1;
    int slipVersion = 0;
    int slipHistory = 0; ///< superseded slips (amendments) before the current one

    QString key() const { return payeeParty.left(1).toUpper() + QString::number(payeeId); }
    qint64 differenceCents() const { return statementCents - feesCents; }
    /// True when the difference is fully explained by unpaid and prior-year amounts.
    bool differenceExplained() const { return differenceCents() == unpaidCents - priorPaidCents; }
};

} // namespace adesk

Q_DECLARE_METATYPE(adesk::TaxProfile)
Q_DECLARE_METATYPE(adesk::T4AOverviewRow)
