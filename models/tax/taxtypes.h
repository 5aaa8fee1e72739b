#pragma once

#include "models/common/party.h"
#include "models/core/codes.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace adesk {

// The tax vocabulary (migration 0006). Each enum mirrors a CHECK list of the schema; the repository
// converts at its edge (toCode / fromCode, models/core/codes.h) and screens show labelOf(). A payee
// is a Party (a mechanic or a workshop).

/// Who a slip is for (payee_tax_profiles.recipient_kind): a person (SIN) or a business (BN).
enum class RecipientKind : quint8 { Individual, Business };
template <> struct CodeTable<RecipientKind> {
    static constexpr const char *context = "Tax";
    static constexpr const char *codes[] = {"individual", "business"};
    static constexpr const char *labels[] = {QT_TRANSLATE_NOOP("Tax", "Individual"),
                                             QT_TRANSLATE_NOOP("Tax", "Business")};
};

/// A T4A slip's life (t4a_slips.status): drafted, finalized, filed with the CRA.
enum class SlipStatus : quint8 { Draft, Final, Filed };
template <> struct CodeTable<SlipStatus> {
    static constexpr const char *context = "Tax";
    static constexpr const char *codes[] = {"draft", "final", "filed"};
    static constexpr const char *labels[] = {QT_TRANSLATE_NOOP("Tax", "Draft"),
                                             QT_TRANSLATE_NOOP("Tax", "Final"),
                                             QT_TRANSLATE_NOOP("Tax", "Filed")};
};

/// The CRA's report type code of a slip (t4a_slips.report_type; rpt_tcd in the XML).
enum class ReportType : quint8 { Original, Amended, Cancelled };
template <> struct CodeTable<ReportType> {
    static constexpr const char *context = "Tax";
    static constexpr const char *codes[] = {"O", "A", "C"};
    static constexpr const char *labels[] = {QT_TRANSLATE_NOOP("Tax", "Original"),
                                             QT_TRANSLATE_NOOP("Tax", "Amended"),
                                             QT_TRANSLATE_NOOP("Tax", "Cancelled")};
};

/// A payee's tax profile as finance sees it: SIN and BN masked (the clear values come only from the
/// audited reveal). For saving, sin / bn hold the NEW value typed by finance, or a null QString to
/// keep the stored one.
struct TaxProfile {
    qint64 id = 0;
    Party payeeParty = Party::Mechanic;
    qint64 payeeId = 0;
    QString payeeName;
    RecipientKind recipientKind = RecipientKind::Individual;
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
    Party payeeParty = Party::Mechanic;
    qint64 payeeId = 0;
    QString payeeName;
    qint64 feesCents = 0;      ///< box 048: paid in the year
    qint64 statementCents = 0; ///< sum of the year's monthly statements (shares earned)
    qint64 unpaidCents = 0;    ///< earned in the year, not paid by 31 December
    qint64 priorPaidCents = 0; ///< earned earlier, paid in the year
    bool slipDue = false;
    qint64 profileId = 0;
    int profileVersion = 0;
    RecipientKind recipientKind = RecipientKind::Individual;
    QString sinMasked;
    QString bnMasked;
    QString province;
    QString postalCode;
    QString language;
    QStringList problems; ///< desk.tax_problems codes
    qint64 slipId = 0;
    SlipStatus slipStatus = SlipStatus::Draft;        ///< when slipId != 0
    ReportType slipReportType = ReportType::Original; ///< when slipId != 0
    qint64 slipBox048Cents = -1;
    int slipVersion = 0;
    int slipHistory = 0; ///< superseded slips (amendments) before the current one

    QString key() const { return payeeKey(payeeParty, payeeId); }
    qint64 differenceCents() const { return statementCents - feesCents; }
    /// True when the difference is fully explained by unpaid and prior-year amounts.
    bool differenceExplained() const { return differenceCents() == unpaidCents - priorPaidCents; }
};

} // namespace adesk

Q_DECLARE_METATYPE(adesk::TaxProfile)
Q_DECLARE_METATYPE(adesk::T4AOverviewRow)
