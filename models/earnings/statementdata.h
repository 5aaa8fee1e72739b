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
        bool reversal = false;    ///< the reversal rows of the event (shown on a line of their own)
        /// What the event was, from the event's tables: the session's type (chat, video, workshop_visit, …)
        /// or the repair's service category; the bay's name for a bay rental.
        QString kind;
        QString workshopName; ///< the workshop involved (served, repaired, rented the bay)
        QString mechanicName; ///< the mechanic involved
        bool chargeEvent() const {
            return eventType == EventType::BayRental || eventType == EventType::Membership;
        }
        Money net() const { return share + charges - gstHst - qst; }
        Money taxes() const { return gstHst + qst; }
    };
    struct Payout {
        QDate date;
        QString reference;
        PayoutStatus status = PayoutStatus::Scheduled;
        Money amount;
        QString failureReason; ///< why a failed payout failed (payouts.failure_reason)
        qint64 id = 0;         ///< payouts.id (named on the statement when there is no reference)
    };
    /// What the December statement shows about the year's T4A (box 048 = fees paid in the year), from
    /// desk.t4a_year_payees and desk.t4a_fee_rows, the T4A's own source.
    struct TaxYear {
        bool loaded = false;
        Money earned;          ///< fees (shares) earned in the year
        Money paid;            ///< fees paid in the year: the slip's box 048
        Money paidNextJanuary; ///< earned in the year, paid in the next one
        Money failed;          ///< earned in the year, on a failed payout at the year's end
        Money unpaid;          ///< earned in the year, not paid yet (pending or scheduled)
        Money priorPaid;       ///< earned in an earlier year, paid in this one
        bool slipDue = false;  ///< box 048 above $500: a slip is issued
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
    TaxYear taxYear; ///< December statements (finance): the year's fees against the T4A slip
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
