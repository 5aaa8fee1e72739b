#pragma once

#include "models/common/money.h"
#include "models/earnings/earningstypes.h"

#include <QDate>
#include <QList>
#include <QMetaType>
#include <QString>

namespace adesk {

/// Everything a monthly statement shows for one payee (a mechanic or a workshop), read from the
/// ledger by EarningsRepository::loadStatements and rendered by views/paper/StatementRenderer.
/// Amounts are the payee's: share = what the split gave them (referral, commission included),
/// charges = bay rental / membership fees (negative when they pay, positive when they receive),
/// net = share + charges − GST/HST − QST on the platform fee charged to them (QST: Quebec payees).
struct StatementData {
    struct Event {
        QDate date;
        EventType eventType = EventType::Session;
        qint64 eventId = 0;
        QString scenario; ///< earnings_ledger.scenario
        Money gross;
        Money platformFee; ///< charged to this payee (0 when another party bore it)
        Money gstHst;      ///< on that fee
        int gstHstBp = -1;
        Money qst; ///< on that fee, Quebec payees (earnings_ledger.qst_cents)
        Money share;
        Money charges;
        LedgerSource feeSource;   ///< where the platform fee charged to this payee comes from
        LedgerSource shareSource; ///< where this payee's share (or charge) comes from
        Money net() const { return share + charges - gstHst - qst; }
        Money taxes() const { return gstHst + qst; }
    };
    struct Payout {
        QDate date;
        QString reference;
        PayoutStatus status = PayoutStatus::Scheduled;
        Money amount;
    };
    struct Totals {
        Money gross, platformFee, gstHst, qst, share, charges, net, paid;
    };

    Party party = Party::Mechanic; ///< a mechanic or a workshop
    qint64 payeeId = 0;
    QString payeeName;
    QString addressLine;
    QString city;
    QString province;
    QString postalCode;
    QString language; ///< en | fr: French for Quebec payees and French speakers
    QDate month;      ///< first day
    Money openingBalance;
    QList<Event> events;
    QList<Payout> payouts;
    Totals monthTotals;
    Totals yearToDate;
    Money closingBalance;
    /// The platform's registration numbers in force at the month's end
    /// (desk.sales_tax_registrations): "794512368 RT0001", "1234567890 TQ0001".
    QString gstHstRegistration;
    QString qstRegistration;

    QString key() const { return payeeKey(party, payeeId); }
    bool french() const { return language == u"fr"; }
    /// A Quebec payee: GST and QST (TPS and TVQ) instead of GST/HST.
    bool quebec() const { return province == u"QC"; }
};

} // namespace adesk

Q_DECLARE_METATYPE(adesk::StatementData)
