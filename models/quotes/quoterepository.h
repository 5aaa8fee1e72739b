#pragma once

#include "models/core/requestkey.h"
#include "models/core/result.h"
#include "models/quotes/quotetypes.h"

#include <QSqlDatabase>

namespace adesk {

/// Escalation leads and partner quotes (migration 0026). Reads go through row-level security (an
/// owner sees their workshops' rows, an admin every workshop's); writes through the uuid-keyed
/// SECURITY DEFINER functions, which only the workshop's owners may call.
class QuoteRepository {
public:
    /// Every lead, open ones first, newest first (at most 1000).
    static Result<QList<LeadRow>> leads(QSqlDatabase &db);
    /// Quotes waiting for the workshop's approval, oldest first, with their lines and the
    /// partnership's month-to-date total now (at most 500).
    static Result<QList<QuoteRow>> pendingQuotes(QSqlDatabase &db);

    /// desk.set_lead_status: 'contacted', or 'lost' with a reason.
    static Result<LeadStatus> setLeadStatus(QSqlDatabase &db, const RequestKey &key, qint64 leadId,
                                            LeadStatus status, const QString &reason);
    /// desk.decide_partner_quote: the quote's new status.
    static Result<QuoteStatus> decide(QSqlDatabase &db, const RequestKey &key, qint64 quoteId, bool approve,
                                      const QString &reason);
    /// desk.expire_partner_quotes(now()) (migration 0027, the daily expire-sweep; admins and the
    /// platform): marks 'expired' every sent quote past its last valid day (desk_settings
    /// quote_validity_days after the Toronto day it was sent) and returns how many. Idempotent.
    static Result<int> expireQuotes(QSqlDatabase &db);
};

} // namespace adesk
