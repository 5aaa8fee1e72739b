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
/// net = share + charges − GST/HST on the platform fee charged to them.
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
        Money share;
        Money charges;
        LedgerSource feeSource;   ///< where the platform fee charged to this payee comes from
        LedgerSource shareSource; ///< where this payee's share (or charge) comes from
        Money net() const { return share + charges - gstHst; }
    };
    struct Payout {
        QDate date;
        QString reference;
        PayoutStatus status = PayoutStatus::Scheduled;
        Money amount;
    };
    struct Totals {
        Money gross, platformFee, gstHst, share, charges, net, paid;
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

    QString key() const { return payeeKey(party, payeeId); }
    bool french() const { return language == u"fr"; }
};

} // namespace adesk

Q_DECLARE_METATYPE(adesk::StatementData)
