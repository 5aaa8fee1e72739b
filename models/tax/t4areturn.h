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
};

/// A whole return: T619 transmittal, slips, summary.
struct T4AReturnData {
    int taxYear = 0;
    QString submissionRef; ///< sbmt_ref_id (8 chars max)
    T4APayer payer;
    QList<T4ASlipData> slips;
    QString amendmentNote; ///< fileramendmentnote of an amended summary

    /// Original when every slip is, Amended otherwise (amended or cancelled slips in the return).
    ReportType summaryReportType() const;
    /// Box 048 total of the slips that count (cancelled slips do not).
    qint64 totalBox048Cents() const;
    qint64 totalBoxCents(qint64 T4ASlipData::*box) const;
};

} // namespace adesk

Q_DECLARE_METATYPE(adesk::T4AReturnData)
Q_DECLARE_METATYPE(adesk::T4ASlipData)
