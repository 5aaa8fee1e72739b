#pragma once

#include "models/tax/taxtypes.h"

#include <QDate>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace adesk {

/// The payer (the platform) and its transmitter identification for the T619 block.
struct T4APayer {
    QString nameLine1;
    QString nameLine2;
    QString addressLine1;
    QString addressLine2;
    QString city;
    QString province;
    QString postalCode;
    QString payerAccount; ///< 123456789RP0001
    QString contactName;
    QString contactAreaCode; ///< 416
    QString contactPhone;    ///< 555-0100
    QString contactExtension;
    QString contactEmail;
    QString transmitterKind; ///< bn9 | bn15 | trust | nr4 | repid
    QString transmitterNumber;
    QString language = QStringLiteral("E"); ///< E | F
    int version = 0;
    bool isSet() const { return !payerAccount.isEmpty(); }
};

/// One slip as it goes into the return and onto paper (SIN / BN in clear: finance only).
struct T4ASlipData {
    qint64 slipId = 0;
    Party payeeParty = Party::Mechanic;
    qint64 payeeId = 0;
    QString payeeName; ///< the platform's display name
    ReportType reportType = ReportType::Original;
    SlipStatus status = SlipStatus::Draft;
    int version = 0;
    qint64 box048Cents = 0;
    qint64 box016Cents = -1; ///< -1: empty (not used)
    qint64 box018Cents = -1;
    qint64 box020Cents = -1;
    qint64 box022Cents = -1;
    qint64 box024Cents = -1;
    qint64 profileId = 0;
    RecipientKind recipientKind = RecipientKind::Individual;
    QString surname;
    QString givenName;
    QString initial;
    QString businessName;
    QString businessName2;
    QString sin;
    QString bn;
    QString addressLine1;
    QString addressLine2;
    QString city;
    QString province;
    QString postalCode;
    QString language = QStringLiteral("en"); ///< en | fr
    QStringList problems;

    bool french() const { return language == u"fr"; }
    QString key() const { return payeeKey(payeeParty, payeeId); }
    /// What the slip shows as the recipient: "Surname, Given I." or the business name.
    QString recipientDisplay() const;
    /// The checks desk.tax_problems makes, made again on the clear values that go into the file
    /// (problem codes as T4ARules::problemLabel): missing_tin (an individual without a SIN, a
    /// business without a BN), invalid_sin (Sin::isValid: check digit, 8xx xxx xxx), invalid_bn
    /// (BusinessNumber::isValid: format and check digit), missing_address (street, city, province
    /// or postal code), postal_province (T4ARules::postalCodeMatchesProvince), missing_name. The
    /// database's own codes (problems) come on top; a slip with any of them is not filed.
    QStringList fileProblems() const;
};

/// What a T4A Summary states about the slips of its return (CRA T4ASUM lines 088, 016, 018, 020,
/// 022, 024, 048; rpt_tcd), counted one slip at a time, so that a return streamed a page at a time
/// (issue 19) gets the same summary as one held whole. Amounts in cents; a box a slip leaves empty
/// (-1) or at zero adds nothing.
struct T4ASummaryTotals {
    int slipCount = 0;
    int cancelledCount = 0;
    qint64 box016Cents = 0;
    qint64 box018Cents = 0;
    qint64 box020Cents = 0;
    qint64 box022Cents = 0;
    qint64 box024Cents = 0;
    qint64 box048Cents = 0;
    /// Original when every slip is, Amended otherwise (amended or cancelled slips in the return).
    ReportType reportType = ReportType::Original;
    void add(const T4ASlipData &slip);
    /// The total of @p box over the slips added (same boxes as T4ASlipData's).
    qint64 total(qint64 T4ASlipData::*box) const;
};

/// A whole return: T619 transmittal, slips, summary.
struct T4AReturnData {
    int taxYear = 0;
    QString submissionRef; ///< sbmt_ref_id: 8 letters/digits, unique per transmitter (newSubmissionRef)
    T4APayer payer;
    QList<T4ASlipData> slips;
    QString amendmentNote; ///< fileramendmentnote of an amended summary

    /// Original when every slip is, Amended otherwise (amended or cancelled slips in the return).
    ReportType summaryReportType() const;
    /// Totals of the slips the return holds, every one of them (a return holds one kind of slip:
    /// originals, amended or cancelled ones; see T4ABatch::returnsForFiling), so that the
    /// Summary's slp_cnt and its totals describe the same slips.
    qint64 totalBox048Cents() const;
    qint64 totalBoxCents(qint64 T4ASlipData::*box) const;
    /// The summary of every slip the return holds.
    T4ASummaryTotals totals() const;

    /// A fresh sbmt_ref_id: 8 characters from A-Z and 0-9 drawn from the system's CSPRNG (36^8,
    /// about 2.8e12 values: two filings do not collide by chance, and desk.t4a_submissions refuses
    /// a reused one). CRA T619 2026V3: letters and digits only, no space, hyphen or other character.
    static QString newSubmissionRef();
};

} // namespace adesk

Q_DECLARE_METATYPE(adesk::T4AReturnData)
Q_DECLARE_METATYPE(adesk::T4ASlipData)
