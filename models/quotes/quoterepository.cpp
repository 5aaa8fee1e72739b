#include "models/quotes/quoterepository.h"

#include "models/core/sqlquery.h"

#include <QCoreApplication>
#include <QHash>

namespace adesk {

namespace {
QDateTime fromEpoch(const QVariant &v) {
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(qint64(v.toDouble() * 1000.0), Qt::UTC);
}
QString mechanicName(const QVariant &name, qint64 id) {
    return name.isNull() ? QCoreApplication::translate("Quotes", "Mechanic #%1").arg(id) : name.toString();
}
} // namespace

Result<QList<LeadRow>> QuoteRepository::leads(QSqlDatabase &db) {
    SqlQuery q(
        db, QStringLiteral("SELECT l.id, l.workshop_id, coalesce(o.name, ''), m.display_name, l.mechanic_id, "
                           "  l.vehicle, l.concern, l.status, coalesce(l.lost_reason, ''), "
                           "  extract(epoch FROM l.created_at) "
                           "FROM desk.escalation_leads l "
                           "LEFT JOIN desk.organizations o ON o.id = l.workshop_id "
                           "LEFT JOIN desk.mechanics m ON m.id = l.mechanic_id "
                           "ORDER BY l.status IN ('won', 'lost'), l.created_at DESC, l.id DESC LIMIT 1000"));
    if (!q.exec())
        return q.error();
    QList<LeadRow> out;
    while (q.next()) {
        LeadRow r;
        r.id = q.value(0).toLongLong();
        r.workshopId = q.value(1).toLongLong();
        r.workshopName = q.value(2).toString();
        r.mechanicName = mechanicName(q.value(3), q.value(4).toLongLong());
        r.vehicle = q.value(5).toString();
        r.concern = q.value(6).toString();
        r.status = fromCode<LeadStatus>(q.value(7).toString(), LeadStatus::New);
        r.lostReason = q.value(8).toString();
        r.createdAt = fromEpoch(q.value(9));
        out.append(r);
    }
    return out;
}

Result<QList<QuoteRow>> QuoteRepository::pendingQuotes(QSqlDatabase &db) {
    SqlQuery q(db, QStringLiteral(
                       "SELECT r.id, r.workshop_id, coalesce(o.name, ''), m.display_name, r.mechanic_id, "
                       "  coalesce(l.vehicle, ''), r.quote_date, r.total_cents, r.month_before_cents, "
                       "  desk.partnership_quoted_in_month(r.partnership_id, r.quote_month), r.limit_cents, "
                       "  r.approval_required, r.over_limit, r.status, extract(epoch FROM r.created_at) "
                       "FROM desk.repair_quotes r "
                       "LEFT JOIN desk.organizations o ON o.id = r.workshop_id "
                       "LEFT JOIN desk.mechanics m ON m.id = r.mechanic_id "
                       "LEFT JOIN desk.escalation_leads l ON l.id = r.lead_id "
                       "WHERE r.status = 'pending_partner_approval' "
                       "ORDER BY r.created_at, r.id LIMIT 500"));
    if (!q.exec())
        return q.error();
    QList<QuoteRow> out;
    QHash<qint64, int> index;
    while (q.next()) {
        QuoteRow r;
        r.id = q.value(0).toLongLong();
        r.workshopId = q.value(1).toLongLong();
        r.workshopName = q.value(2).toString();
        r.mechanicName = mechanicName(q.value(3), q.value(4).toLongLong());
        r.vehicle = q.value(5).toString();
        r.quoteDate = q.value(6).toDate();
        r.totalCents = q.value(7).toLongLong();
        r.monthBeforeCents = q.value(8).toLongLong();
        r.monthNowCents = q.value(9).toLongLong();
        r.limitCents = q.value(10).toLongLong();
        r.approvalRequired = q.value(11).toBool();
        r.overLimit = q.value(12).toBool();
        r.status = fromCode<QuoteStatus>(q.value(13).toString(), QuoteStatus::PendingPartnerApproval);
        r.createdAt = fromEpoch(q.value(14));
        index.insert(r.id, int(out.size()));
        out.append(r);
    }
    if (out.isEmpty())
        return out;
    SqlQuery lines(
        db, QStringLiteral("SELECT x.quote_id, x.line_no, x.kind = 'labour', x.description, "
                           "  coalesce(x.quantity, 0), coalesce(x.minutes, 0), x.unit_price_cents, "
                           "  x.amount_cents, coalesce(x.service_category, '') "
                           "FROM desk.repair_quote_lines x JOIN desk.repair_quotes r ON r.id = x.quote_id "
                           "WHERE r.status = 'pending_partner_approval' ORDER BY x.quote_id, x.line_no"));
    if (!lines.exec())
        return lines.error();
    while (lines.next()) {
        const auto it = index.constFind(lines.value(0).toLongLong());
        if (it == index.cend())
            continue;
        QuoteLine l;
        l.lineNo = lines.value(1).toInt();
        l.labour = lines.value(2).toBool();
        l.description = lines.value(3).toString();
        l.quantity = lines.value(4).toInt();
        l.minutes = lines.value(5).toInt();
        l.unitPriceCents = lines.value(6).toLongLong();
        l.amountCents = lines.value(7).toLongLong();
        l.serviceCategory = lines.value(8).toString();
        out[*it].lines.append(l);
    }
    return out;
}

Result<LeadStatus> QuoteRepository::setLeadStatus(QSqlDatabase &db, const RequestKey &key, qint64 leadId,
                                                  LeadStatus status, const QString &reason) {
    SqlQuery q(db, QStringLiteral("SELECT desk.set_lead_status(?::uuid, ?, ?, ?)"));
    q.bind(key.toString())
        .bind(leadId)
        .bind(toCode(status))
        .bind(reason.trimmed().isEmpty() ? QVariant() : QVariant(reason.trimmed()));
    if (!q.exec())
        return q.error();
    q.next();
    return fromCode<LeadStatus>(q.value(0).toString(), status);
}

Result<QuoteStatus> QuoteRepository::decide(QSqlDatabase &db, const RequestKey &key, qint64 quoteId,
                                            bool approve, const QString &reason) {
    SqlQuery q(db, QStringLiteral("SELECT desk.decide_partner_quote(?::uuid, ?, ?, ?)"));
    q.bind(key.toString())
        .bind(quoteId)
        .bind(approve)
        .bind(reason.trimmed().isEmpty() ? QVariant() : QVariant(reason.trimmed()));
    if (!q.exec())
        return q.error();
    q.next();
    return fromCode<QuoteStatus>(q.value(0).toString(), QuoteStatus::PendingPartnerApproval);
}

Result<int> QuoteRepository::expireQuotes(QSqlDatabase &db) {
    SqlQuery q(db, QStringLiteral("SELECT desk.expire_partner_quotes(now())"));
    if (!q.exec())
        return q.error();
    q.next();
    return q.value(0).toInt();
}

} // namespace adesk
