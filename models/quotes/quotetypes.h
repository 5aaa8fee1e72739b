#pragma once

#include "models/core/codes.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace adesk {

/// A repair lead escalated from a virtual session (desk.escalation_leads.status, migration 0026).
enum class LeadStatus : quint8 { New, Contacted, Quoted, Won, Lost };
template <> struct CodeTable<LeadStatus> {
    static constexpr const char *context = "Quotes";
    static constexpr const char *codes[] = {"new", "contacted", "quoted", "won", "lost"};
    static constexpr const char *labels[] = {
        QT_TRANSLATE_NOOP("Quotes", "New"), QT_TRANSLATE_NOOP("Quotes", "Contacted"),
        QT_TRANSLATE_NOOP("Quotes", "Quoted"), QT_TRANSLATE_NOOP("Quotes", "Won"),
        QT_TRANSLATE_NOOP("Quotes", "Lost")};
};

/// A partner quote's status (desk.repair_quotes.status, migration 0026).
enum class QuoteStatus : quint8 {
    PendingPartnerApproval,
    Sent,
    Accepted,
    Declined,
    RejectedByPartner,
    Expired
};
template <> struct CodeTable<QuoteStatus> {
    static constexpr const char *context = "Quotes";
    static constexpr const char *codes[] = {"pending_partner_approval", "sent",   "accepted", "declined",
                                            "rejected_by_partner",      "expired"};
    static constexpr const char *labels[] = {QT_TRANSLATE_NOOP("Quotes", "Waiting for approval"),
                                             QT_TRANSLATE_NOOP("Quotes", "Sent to the customer"),
                                             QT_TRANSLATE_NOOP("Quotes", "Accepted"),
                                             QT_TRANSLATE_NOOP("Quotes", "Declined by the customer"),
                                             QT_TRANSLATE_NOOP("Quotes", "Rejected by the workshop"),
                                             QT_TRANSLATE_NOOP("Quotes", "Expired")};
};

/// A partner type (desk.partner_types.code; only workshop partnerships are offered at first).
enum class PartnerType : quint8 { Workshop, Supplier, Network };
template <> struct CodeTable<PartnerType> {
    static constexpr const char *context = "Quotes";
    static constexpr const char *codes[] = {"workshop", "supplier", "network"};
    static constexpr const char *labels[] = {QT_TRANSLATE_NOOP("Quotes", "Workshop partner"),
                                             QT_TRANSLATE_NOOP("Quotes", "Supplier partner"),
                                             QT_TRANSLATE_NOOP("Quotes", "Network partner")};
};

/// One escalation lead with the names people read.
struct LeadRow {
    qint64 id = 0;
    qint64 workshopId = 0;
    QString workshopName;
    QString mechanicName;
    QString vehicle;
    QString concern;
    LeadStatus status = LeadStatus::New;
    QString lostReason;
    QDateTime createdAt;
};

/// One line of a quote, as copied from the catalog.
struct QuoteLine {
    int lineNo = 0;
    bool labour = false;
    QString description;     ///< as copied: part number and name, or "Labour: <category>"
    QString serviceCategory; ///< labour lines
    int quantity = 0;        ///< parts
    int minutes = 0;         ///< labour
    qint64 unitPriceCents = 0;
    qint64 amountCents = 0;
};

/// One partner quote with its month against the partnership's limit.
struct QuoteRow {
    qint64 id = 0;
    qint64 workshopId = 0;
    QString workshopName;
    QString mechanicName;
    QString vehicle;
    QDate quoteDate;
    qint64 totalCents = 0;
    qint64 monthBeforeCents = 0; ///< the month's total before this quote, when it was made
    qint64 monthNowCents = 0;    ///< the month's quoted total now
    qint64 limitCents = 0;
    bool approvalRequired = false;
    bool overLimit = false;
    QuoteStatus status = QuoteStatus::PendingPartnerApproval;
    QDateTime createdAt;
    QList<QuoteLine> lines;
};

} // namespace adesk
