#include "models/earnings/earningsrepository.h"

#include "models/core/pgcsv.h"
#include "models/core/sqlquery.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

#include <libpq-fe.h>

namespace adesk {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("adesk::EarningsRepository", text);
}

template <typename T> Result<T> fail(const SqlQuery &q) {
    return q.error();
}

const QString kRowColumns = QStringLiteral(
    "l.id, (extract(epoch FROM l.event_at) * 1000000)::bigint, l.event_type, l.event_id, l.scenario, "
    "l.service_tier, l.entry_type, l.party, l.workshop_id, l.mechanic_id, "
    "CASE WHEN l.party = 'platform' THEN NULL ELSE coalesce(o.name, m.display_name) END, "
    "l.gross_cents, l.amount_cents, l.gst_hst_cents, l.payout_status, l.payout_reference, "
    "l.basis, coalesce(l.rule_id, 0), coalesce(fr.name, ''), coalesce(l.agreement_id, 0), "
    "coalesce(l.partnership_id, 0), coalesce(fr.name_fr, ''), l.period");
// The fee rule's name says where a 'rule' row's number comes from (owners read the rules that
// apply to their workshops: fee_rules_owner).
const QString kRowJoins =
    QStringLiteral(" LEFT JOIN desk.organizations o ON o.id = l.workshop_id AND l.party = 'workshop' "
                   " LEFT JOIN desk.mechanics m ON m.id = l.mechanic_id AND l.party = 'mechanic' "
                   " LEFT JOIN desk.platform_fee_rules fr ON fr.id = l.rule_id ");

LedgerRow readRow(SqlQuery &q) {
    LedgerRow r;
    r.id = q.value(0).toLongLong();
    r.eventAtUs = q.value(1).toLongLong();
    r.eventType = fromCode(q.value(2).toString(), EventType::Session);
    r.eventId = q.value(3).toLongLong();
    r.scenario = q.value(4).toString();
    r.serviceTier = fromCode(q.value(5).toString(), LedgerTier::Virtual);
    r.entryType = fromCode(q.value(6).toString(), EntryType::PlatformFee);
    r.party = fromCode(q.value(7).toString(), Party::Platform);
    r.workshopId = q.value(8).toLongLong();
    r.mechanicId = q.value(9).toLongLong();
    r.payeeName = r.party == Party::Platform ? QStringLiteral("The Auto Doctor") : q.value(10).toString();
    r.grossCents = q.value(11).toLongLong();
    r.amountCents = q.value(12).toLongLong();
    r.gstHstCents = q.value(13).toLongLong();
    r.payoutStatus = fromCode<PayoutStatus>(q.value(14).toString());
    r.payoutReference = q.value(15).toString();
    r.source.basis = fromCode<SplitBasis>(q.value(16).toString());
    r.source.ruleId = q.value(17).toLongLong();
    r.source.ruleName = q.value(18).toString();
    r.source.agreementId = q.value(19).toLongLong();
    r.source.partnershipId = q.value(20).toLongLong();
    r.source.ruleNameFr = q.value(21).toString();
    r.period = q.value(22).toDate();
    return r;
}

Result<QList<LedgerRow>> readRows(SqlQuery &q) {
    if (!q.exec())
        return q.error();
    QList<LedgerRow> out;
    while (q.next())
        out << readRow(q);
    return out;
}

} // namespace

// ---------------------------------------------------------------------------------------------
// Posting: the database's split core writes the rows; the client names the event
// ---------------------------------------------------------------------------------------------

namespace {

/// A jsonb id or amount: a JSON number, or a string of digits (bigint beyond 2^53 stays exact).
qint64 int64Of(const QJsonValue &v) {
    if (v.isString())
        return v.toString().toLongLong();
    if (v.isDouble())
        return v.toVariant().toLongLong();
    return 0;
}

Posting readPosting(const QByteArray &json) {
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    Posting p;
    p.eventType = fromCode(o.value(QStringLiteral("event_type")).toString(), EventType::Session);
    p.eventId = int64Of(o.value(QStringLiteral("event_id")));
    p.scenario = o.value(QStringLiteral("scenario")).toString();
    p.already = o.value(QStringLiteral("already")).toBool();
    const QJsonArray rows = o.value(QStringLiteral("rows")).toArray();
    for (const QJsonValue &v : rows) {
        const QJsonObject r = v.toObject();
        PostingLine l;
        l.entryType = fromCode(r.value(QStringLiteral("entry_type")).toString(), EntryType::PlatformFee);
        l.party = fromCode(r.value(QStringLiteral("party")).toString(), Party::Platform);
        l.workshopId = int64Of(r.value(QStringLiteral("workshop_id")));
        l.mechanicId = int64Of(r.value(QStringLiteral("mechanic_id")));
        l.amountCents = int64Of(r.value(QStringLiteral("amount_cents")));
        const QJsonValue share = r.value(QStringLiteral("share_bp"));
        l.shareBp = share.isNull() || share.isUndefined() ? -1 : int(int64Of(share));
        l.ruleId = int64Of(r.value(QStringLiteral("rule_id")));
        l.basis = r.value(QStringLiteral("basis")).toString();
        l.gstHstCents = int64Of(r.value(QStringLiteral("gst_hst_cents")));
        p.rows << l;
    }
    return p;
}

} // namespace

Result<Posting> EarningsRepository::recordEarnings(QSqlDatabase &db, EventType eventType, qint64 eventId) {
    QString sql;
    switch (eventType) {
    case EventType::Session:
        sql = QStringLiteral("SELECT desk.record_session_earnings(?)::text");
        break;
    case EventType::Escalation:
        sql = QStringLiteral("SELECT desk.record_escalation_earnings(?)::text");
        break;
    case EventType::BayRental:
    case EventType::Membership:
        // Charges are billed by the month's charge run, never posted one by one.
        return DbError::fromSqlState(QStringLiteral("22023"),
                                     tr("%1 #%2 is a charge: it is billed by the month's charge run.")
                                         .arg(labelOf(eventType))
                                         .arg(eventId));
    }
    SqlQuery q(db, sql);
    q.bind(eventId);
    if (!q.exec())
        return q.error();
    if (!q.next())
        return DbError::fromSqlState(QStringLiteral("P0002"), tr("no posting returned"));
    return readPosting(q.value(0).toString().toUtf8());
}

QList<PostOutcome> EarningsRepository::recordEach(QSqlDatabase &db, const QList<EventRef> &events,
                                                  const std::function<bool(int)> &progress) {
    QList<PostOutcome> out;
    out.reserve(events.size());
    for (const EventRef &e : events) {
        PostOutcome o;
        o.event = e;
        Result<Posting> r = recordEarnings(db, e.eventType, e.eventId);
        if (r.ok())
            o.posting = std::move(r.value());
        else
            o.error = r.error();
        out << o;
        if (progress && !progress(int(out.size())))
            break;
    }
    return out;
}

Result<QList<EventRef>> EarningsRepository::missingEvents(QSqlDatabase &db, QDate month) {
    SqlQuery q(db,
               QStringLiteral("SELECT event_type, event_id FROM desk.earnings_differences(?::date) "
                              "WHERE cause = 'missing_ledger' AND event_type IN ('session', 'escalation') "
                              "ORDER BY CASE event_type WHEN 'session' THEN 0 ELSE 1 END, event_id"));
    q.bind(QDate(month.year(), month.month(), 1));
    if (!q.exec())
        return q.error();
    QList<EventRef> out;
    while (q.next())
        out << EventRef{fromCode(q.value(0).toString(), EventType::Session), q.value(1).toLongLong()};
    return out;
}

Result<QList<PartnershipCharge>> EarningsRepository::runPartnershipCharges(QSqlDatabase &db, QDate month) {
    // The function runs once (a set-returning call in FROM); the joins only name the parties.
    SqlQuery q(db,
               QStringLiteral(
                   "SELECT c.partnership_id, c.kind, c.charge_id, c.amount_cents, c.minutes_used, c.created, "
                   "m.display_name, o.name, p.name "
                   "FROM desk.run_partnership_charges(?::date) c "
                   "LEFT JOIN desk.partnerships x ON x.id = c.partnership_id "
                   "LEFT JOIN desk.mechanics m ON m.id = x.mechanic_id "
                   "LEFT JOIN desk.organizations o ON o.id = x.workshop_id "
                   "LEFT JOIN desk.partnership_programs p ON p.id = x.program_id "
                   "ORDER BY c.partnership_id, c.kind, c.charge_id"));
    q.bind(QDate(month.year(), month.month(), 1));
    if (!q.exec())
        return q.error();
    QList<PartnershipCharge> out;
    while (q.next()) {
        PartnershipCharge c;
        c.partnershipId = q.value(0).toLongLong();
        c.kind = fromCode(q.value(1).toString(), EventType::BayRental);
        c.chargeId = q.value(2).toLongLong();
        c.amountCents = q.value(3).toLongLong();
        c.minutesUsed = q.value(4).toInt();
        c.created = q.value(5).toBool();
        c.mechanicName = q.value(6).toString();
        c.workshopName = q.value(7).toString();
        c.programName = q.value(8).toString();
        out << c;
    }
    return out;
}

Result<int> EarningsRepository::voidPartnershipCharge(QSqlDatabase &db, EventType kind, qint64 chargeId,
                                                      const QString &reason) {
    if (kind != EventType::BayRental && kind != EventType::Membership)
        return DbError::fromSqlState(
            QStringLiteral("22023"),
            tr("%1 #%2 is not a charge; only bay rental and membership charges are voided.")
                .arg(labelOf(kind))
                .arg(chargeId));
    SqlQuery q(db, QStringLiteral("SELECT desk.void_partnership_charge(?, ?, ?)"));
    q.bind(toCode(kind)).bind(chargeId).bind(reason);
    if (!q.exec() || !q.next())
        return q.error();
    return q.value(0).toInt();
}

// ---------------------------------------------------------------------------------------------
// Browsing
// ---------------------------------------------------------------------------------------------

QString EarningsRepository::whereClause(const LedgerFilter &f, QVariantList *b) {
    QStringList w;
    if (f.month.isValid()) {
        w << QStringLiteral("l.period = ?::date");
        *b << QDate(f.month.year(), f.month.month(), 1);
    }
    if (f.party) {
        w << QStringLiteral("l.party = ?");
        *b << toCode(*f.party);
    }
    if (f.workshopId) {
        w << QStringLiteral("l.workshop_id = ?");
        *b << f.workshopId;
    }
    if (f.mechanicId) {
        w << QStringLiteral("l.mechanic_id = ?");
        *b << f.mechanicId;
    }
    if (f.eventType) {
        w << QStringLiteral("l.event_type = ?");
        *b << toCode(*f.eventType);
    }
    if (f.entryType) {
        w << QStringLiteral("l.entry_type = ?");
        *b << toCode(*f.entryType);
    }
    if (f.payoutStatus) {
        w << QStringLiteral("l.payout_status = ?");
        *b << toCode(*f.payoutStatus);
    }
    if (f.serviceTier) {
        w << QStringLiteral("l.service_tier = ?");
        *b << toCode(*f.serviceTier);
    }
    return w.isEmpty() ? QStringLiteral("true") : w.join(QStringLiteral(" AND "));
}

QString EarningsRepository::pageSql(const LedgerFilter &filter, bool hasAfter, QVariantList *binds) {
    LedgerFilter others = filter;
    others.month = {}; // the month is the page's own (bound by the caller)
    QString where = whereClause(others, binds);
    where += QStringLiteral(" AND l.period = ?::date");
    if (hasAfter)
        where += QStringLiteral(
            " AND (l.event_at, l.id) < (timestamptz 'epoch' + ?::bigint * interval '1 microsecond', ?)");
    return QStringLiteral("SELECT %1 FROM desk.earnings_ledger l %2 WHERE %3 ORDER BY l.event_at DESC, l.id "
                          "DESC LIMIT ?")
        .arg(kRowColumns, kRowJoins, where);
}

QString EarningsRepository::latestMonthSql(const LedgerFilter &filter, QVariantList *binds) {
    LedgerFilter others = filter;
    others.month = {};
    // desk.earnings_totals (0028) has a row per month and filter key with its row count, under the
    // ledger's row security; a key whose rows all moved elsewhere keeps a row at 0.
    return QStringLiteral("SELECT max(l.period) FROM desk.earnings_totals l WHERE %1 AND l.row_count > 0 "
                          "AND l.period < ?::date")
        .arg(whereClause(others, binds));
}

Result<QList<LedgerRow>> EarningsRepository::fetchPage(QSqlDatabase &db, const LedgerFilter &filter,
                                                       const std::optional<LedgerKey> &after, int limit) {
    // One month at a time: a query naming its month reads that month's partition alone, and plans
    // as fast as on one table whatever the number of months (one query over every month plans each
    // partition: 7-10 ms at 39 months). The months that have rows for the filter come from the
    // totals rollup, so a month without any is never read.
    const auto latestBefore = [&db, &filter](QDate bound) -> Result<QDate> {
        QVariantList binds;
        SqlQuery q(db, latestMonthSql(filter, &binds));
        for (const QVariant &v : binds)
            q.bind(v);
        q.bind(bound.isValid() ? QVariant(bound) : QVariant(QStringLiteral("infinity")));
        if (!q.exec() || !q.next())
            return q.error();
        return q.value(0).toDate(); // invalid when no earlier month has rows
    };
    const QDate only = filter.month.isValid() ? QDate(filter.month.year(), filter.month.month(), 1) : QDate();
    QDate month = only;
    if (!month.isValid() && after)
        month = after->period;
    if (!month.isValid()) {
        const Result<QDate> latest = latestBefore({});
        if (!latest.ok())
            return latest.error();
        month = *latest;
    }
    QList<LedgerRow> out;
    bool keyed = after.has_value();
    while (month.isValid() && out.size() < limit) {
        QVariantList binds;
        const QString sql = pageSql(filter, keyed, &binds);
        binds << month;
        if (keyed)
            binds << QString::number(after->eventAtUs) << after->id;
        binds << int(limit - out.size());
        SqlQuery q(db, sql);
        for (const QVariant &v : binds)
            q.bind(v);
        const Result<QList<LedgerRow>> rows = readRows(q);
        if (!rows.ok())
            return rows.error();
        out << *rows;
        keyed = false;
        if (only.isValid() || out.size() >= limit)
            break;
        const Result<QDate> earlier = latestBefore(month);
        if (!earlier.ok())
            return earlier.error();
        month = *earlier;
    }
    return out;
}

QString EarningsRepository::totalsSql(const QString &where) {
    // desk.earnings_totals (0028) carries every column whereClause() filters on, under the ledger's
    // row-level security, so the same WHERE applies to it (alias l). A key whose rows all moved to
    // another key (a payout status changed) keeps a row at zero: skipped.
    return QStringLiteral(
               "SELECT l.entry_type, sum(l.row_count), sum(l.amount_cents), sum(l.gst_hst_cents) "
               "FROM desk.earnings_totals l WHERE %1 GROUP BY 1 HAVING sum(l.row_count) <> 0 ORDER BY 1")
        .arg(where);
}

Result<QList<LedgerTotal>> EarningsRepository::totals(QSqlDatabase &db, const LedgerFilter &filter) {
    QVariantList binds;
    const QString where = whereClause(filter, &binds);
    SqlQuery q(db, totalsSql(where));
    for (const QVariant &v : binds)
        q.bind(v);
    if (!q.exec())
        return q.error();
    QList<LedgerTotal> out;
    while (q.next())
        out << LedgerTotal{fromCode(q.value(0).toString(), EntryType::PlatformFee), q.value(1).toLongLong(),
                           q.value(2).toLongLong(), q.value(3).toLongLong()};
    return out;
}

Result<QList<LedgerRow>> EarningsRepository::eventRows(QSqlDatabase &db, EventType eventType,
                                                       qint64 eventId) {
    SqlQuery q(db, QStringLiteral(
                       "SELECT %1 FROM desk.earnings_ledger l %2 WHERE l.event_type = ? AND l.event_id = ? "
                       "ORDER BY CASE l.party WHEN 'platform' THEN 0 WHEN 'workshop' THEN 1 ELSE 2 END, l.id")
                       .arg(kRowColumns, kRowJoins));
    q.bind(toCode(eventType)).bind(eventId);
    return readRows(q);
}

Result<QList<MonthlyRevenue>> EarningsRepository::platformRevenue(QSqlDatabase &db, QDate from, QDate to) {
    SqlQuery q(
        db,
        QStringLiteral(
            "SELECT l.period, coalesce(sum(l.amount_cents) FILTER (WHERE l.service_tier = 'virtual'), 0), "
            "coalesce(sum(l.amount_cents) FILTER (WHERE l.service_tier = 'physical'), 0) "
            "FROM desk.earnings_ledger l WHERE l.party = 'platform' AND l.period BETWEEN ? AND ? "
            "GROUP BY 1 ORDER BY 1"));
    q.bind(from).bind(to);
    if (!q.exec())
        return q.error();
    QList<MonthlyRevenue> out;
    while (q.next())
        out << MonthlyRevenue{q.value(0).toDate(), q.value(1).toLongLong(), q.value(2).toLongLong()};
    return out;
}

Result<QList<QPair<QDate, qint64>>> EarningsRepository::payeeMonths(QSqlDatabase &db, Party party, qint64 id,
                                                                    QDate lastMonth) {
    const QDate last(lastMonth.year(), lastMonth.month(), 1);
    const QString col =
        party == Party::Workshop ? QStringLiteral("workshop_id") : QStringLiteral("mechanic_id");
    SqlQuery q(
        db,
        QStringLiteral(
            "SELECT g::date, coalesce((SELECT sum(CASE WHEN l.party = 'platform' THEN -l.gst_hst_cents - "
            "l.qst_cents "
            "ELSE l.amount_cents END) FROM desk.earnings_ledger l WHERE l.%1 = ? AND l.period = g::date), 0) "
            "FROM generate_series(?::date - interval '11 months', ?::date, interval '1 month') g ORDER BY 1")
            .arg(col));
    q.bind(id).bind(last).bind(last);
    if (!q.exec())
        return q.error();
    QList<QPair<QDate, qint64>> out;
    while (q.next())
        out.append({q.value(0).toDate(), q.value(1).toLongLong()});
    return out;
}

Result<QList<Payee>> EarningsRepository::payees(QSqlDatabase &db) {
    SqlQuery q(db,
               QStringLiteral(
                   "SELECT 'workshop', id, name FROM desk.organizations "
                   "UNION ALL SELECT 'mechanic', id, display_name FROM desk.mechanics ORDER BY 1 DESC, 3"));
    if (!q.exec())
        return q.error();
    QList<Payee> out;
    while (q.next())
        out << Payee{fromCode(q.value(0).toString(), Party::Mechanic), q.value(1).toLongLong(),
                     q.value(2).toString()};
    return out;
}

Result<QList<QDate>> EarningsRepository::recentMonths(QSqlDatabase &db) {
    SqlQuery q(db, QStringLiteral(
                       "SELECT g::date FROM generate_series(date_trunc('month', current_date), "
                       "date_trunc('month', current_date) - interval '23 months', interval '-1 month') g"));
    if (!q.exec())
        return q.error();
    QList<QDate> out;
    while (q.next())
        out << q.value(0).toDate();
    return out;
}

// ---------------------------------------------------------------------------------------------
// Reconciliation and payouts
// ---------------------------------------------------------------------------------------------

Result<QList<Difference>> EarningsRepository::differences(QSqlDatabase &db, QDate month) {
    SqlQuery q(db, QStringLiteral(
                       "SELECT cause, event_type, event_id, payout_id, expected_cents, actual_cents, detail "
                       "FROM desk.earnings_differences(?::date)"));
    q.bind(QDate(month.year(), month.month(), 1));
    if (!q.exec())
        return q.error();
    QList<Difference> out;
    while (q.next())
        out << Difference{fromCode(q.value(0).toString(), DifferenceCause::MissingLedger),
                          fromCode<EventType>(q.value(1).toString()),
                          q.value(2).toLongLong(),
                          q.value(3).toLongLong(),
                          q.value(4).toLongLong(),
                          q.value(5).toLongLong(),
                          q.value(6).toString()};
    return out;
}

Result<QList<PayoutRow>> EarningsRepository::payouts(QSqlDatabase &db, QDate month) {
    SqlQuery q(db, QStringLiteral("SELECT p.id, p.batch_id, p.party, coalesce(p.workshop_id, p.mechanic_id), "
                                  "coalesce(o.name, m.display_name), p.amount_cents, p.status, p.reference, "
                                  "p.failure_reason, p.version FROM desk.payouts p "
                                  "JOIN desk.payout_batches b ON b.id = p.batch_id "
                                  "LEFT JOIN desk.organizations o ON o.id = p.workshop_id "
                                  "LEFT JOIN desk.mechanics m ON m.id = p.mechanic_id "
                                  "WHERE b.period = ?::date ORDER BY p.status, 5, p.id"));
    q.bind(QDate(month.year(), month.month(), 1));
    if (!q.exec())
        return q.error();
    QList<PayoutRow> out;
    while (q.next())
        out << PayoutRow{q.value(0).toLongLong(),
                         q.value(1).toLongLong(),
                         fromCode(q.value(2).toString(), Party::Mechanic),
                         q.value(3).toLongLong(),
                         q.value(4).toString(),
                         q.value(5).toLongLong(),
                         fromCode(q.value(6).toString(), PayoutStatus::Scheduled),
                         q.value(7).toString(),
                         q.value(8).toString(),
                         q.value(9).toInt()};
    return out;
}

Result<qint64> EarningsRepository::schedulePayouts(QSqlDatabase &db, const RequestKey &key, QDate month,
                                                   const QString &note) {
    SqlQuery q(db, QStringLiteral("SELECT desk.schedule_payouts(?::uuid, ?::date, ?)"));
    q.bind(key.toString())
        .bind(QDate(month.year(), month.month(), 1))
        .bind(note.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : note);
    if (!q.exec() || !q.next())
        return q.error();
    return q.value(0).toLongLong();
}

Result<int> EarningsRepository::markPayoutPaid(QSqlDatabase &db, const RequestKey &key, qint64 payoutId,
                                               int version, const QString &reference) {
    SqlQuery q(db, QStringLiteral("SELECT desk.mark_payout_paid(?::uuid, ?, ?, ?)"));
    q.bind(key.toString()).bind(payoutId).bind(version).bind(reference);
    if (!q.exec() || !q.next())
        return q.error();
    return q.value(0).toInt();
}

Result<int> EarningsRepository::markPayoutFailed(QSqlDatabase &db, const RequestKey &key, qint64 payoutId,
                                                 int version, const QString &reason) {
    SqlQuery q(db, QStringLiteral("SELECT desk.mark_payout_failed(?::uuid, ?, ?, ?)"));
    q.bind(key.toString()).bind(payoutId).bind(version).bind(reason);
    if (!q.exec() || !q.next())
        return q.error();
    return q.value(0).toInt();
}

// ---------------------------------------------------------------------------------------------
// Fee rules and per-partnership earnings
// ---------------------------------------------------------------------------------------------

Result<QList<FeeRuleRow>> EarningsRepository::feeRules(QSqlDatabase &db) {
    SqlQuery q(db,
               QStringLiteral("SELECT r.id, r.name, coalesce(r.description, ''), r.applies_to, "
                              "coalesce(r.workshop_id, 0), coalesce(o.name, ''), r.fee_bp, r.priority, "
                              "r.active, r.effective_from, r.effective_to, coalesce(r.source, ''), "
                              "r.version, coalesce(r.replaces_id, 0), coalesce(r.change_reason, ''), "
                              "r.created_by::text FROM desk.platform_fee_rules r "
                              "LEFT JOIN desk.organizations o ON o.id = r.workshop_id "
                              "ORDER BY r.applies_to, o.name NULLS FIRST, r.effective_from DESC, r.id DESC"));
    if (!q.exec())
        return q.error();
    QList<FeeRuleRow> out;
    while (q.next()) {
        FeeRuleRow r;
        r.id = q.value(0).toLongLong();
        r.name = q.value(1).toString();
        r.description = q.value(2).toString();
        r.kind = fromCode<FeeKind>(q.value(3).toString());
        r.workshopId = q.value(4).toLongLong();
        r.workshopName = q.value(5).toString();
        r.feeBp = q.value(6).toInt();
        r.priority = q.value(7).toInt();
        r.active = q.value(8).toBool();
        r.effectiveFrom = q.value(9).toDate();
        r.effectiveTo = q.value(10).toDate();
        r.source = q.value(11).toString();
        r.version = q.value(12).toInt();
        r.replacesId = q.value(13).toLongLong();
        r.changeReason = q.value(14).toString();
        r.createdBy = q.value(15).toString();
        out << r;
    }
    return out;
}

Result<qint64> EarningsRepository::setFeeRule(QSqlDatabase &db, const RequestKey &key,
                                              const FeeRuleChange &c) {
    SqlQuery q(db, QStringLiteral("SELECT desk.set_fee_rule(?::uuid, ?::bigint, ?, ?::bigint, ?::integer, "
                                  "?::date, ?)"));
    q.bind(key.toString())
        .bind(nullable(c.replacesRuleId))
        .bind(toCode(c.kind))
        .bind(nullable(c.workshopId))
        .bind(c.feeBp)
        .bind(c.effectiveFrom)
        .bind(c.reason);
    if (!q.exec() || !q.next())
        return q.error();
    return q.value(0).toLongLong();
}

Result<QList<WorkshopFee>> EarningsRepository::workshopFees(QSqlDatabase &db,
                                                            const QList<qint64> &workshopIds, QDate date) {
    QStringList ids;
    for (qint64 id : workshopIds)
        ids << QString::number(id);
    const Result<FeeRuleNameFr> nameFr = feeRuleNameFr(db);
    if (!nameFr.ok())
        return nameFr.error();
    SqlQuery q(db,
               QStringLiteral("SELECT o.id, o.name, f.fee_bp, coalesce(f.rule_id, 0), "
                              "coalesce(f.rule_name, ''), f.effective_from, f.effective_to, "
                              "coalesce(f.source, ''), %1 FROM desk.organizations o "
                              "CROSS JOIN LATERAL desk.workshop_platform_fee(o.id, ?::date) f%2 "
                              "WHERE (?::bigint[] IS NULL OR o.id = ANY (?::bigint[])) ORDER BY o.name, o.id")
                   .arg(nameFr->column, nameFr->join));
    const QVariant idArray =
        ids.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(u'{' + ids.join(u',') + u'}');
    q.bind(nullableDate(date)).bind(idArray).bind(idArray);
    if (!q.exec())
        return q.error();
    QList<WorkshopFee> out; // desk.workshop_platform_fee gives one row per workshop
    while (q.next()) {
        out << WorkshopFee{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toInt(),
                           q.value(3).toLongLong(), q.value(4).toString(), q.value(5).toDate(),
                           q.value(6).toDate(),     q.value(7).toString(), q.value(8).toString()};
    }
    return out;
}

Result<EarningsRepository::FeeRuleNameFr> EarningsRepository::feeRuleNameFr(QSqlDatabase &db) {
    SqlQuery q(db, QStringLiteral("SELECT has_table_privilege('desk.platform_fee_rules', 'SELECT')"));
    if (!q.exec())
        return q.error();
    if (q.next() && q.value(0).toBool())
        return FeeRuleNameFr{QStringLiteral("coalesce(fr.name_fr, '')"),
                             QStringLiteral(" LEFT JOIN desk.platform_fee_rules fr ON fr.id = f.rule_id")};
    return FeeRuleNameFr{QStringLiteral("''"), QString()};
}

Result<QList<PartnershipEarningsRow>> EarningsRepository::partnershipEarnings(QSqlDatabase &db, QDate from,
                                                                              QDate to) {
    SqlQuery q(db, QStringLiteral(
                       "SELECT partnership_id, coalesce(workshop_id, 0), coalesce(mechanic_id, 0), "
                       "coalesce(mechanic_name, ''), coalesce(program_name, ''), "
                       "coalesce(program_type, ''), coalesce(agreement_id, 0), jobs, gross_cents, "
                       "platform_fee_cents, workshop_share_cents, mechanic_share_cents, "
                       "charges_cents, balance_cents, "
                       "coalesce((SELECT p.name_fr FROM desk.partnerships x JOIN desk.partnership_programs p "
                       "ON p.id = x.program_id WHERE x.id = e.partnership_id), '') "
                       "FROM desk.partnership_earnings(?::date, ?::date) e "
                       "ORDER BY mechanic_name, program_name, partnership_id"));
    q.bind(QDate(from.year(), from.month(), 1)).bind(QDate(to.year(), to.month(), 1));
    if (!q.exec())
        return q.error();
    QList<PartnershipEarningsRow> out;
    while (q.next()) {
        PartnershipEarningsRow r;
        r.partnershipId = q.value(0).toLongLong();
        r.workshopId = q.value(1).toLongLong();
        r.mechanicId = q.value(2).toLongLong();
        r.mechanicName = q.value(3).toString();
        r.programName = q.value(4).toString();
        r.programType = q.value(5).toString();
        r.agreementId = q.value(6).toLongLong();
        r.jobs = q.value(7).toLongLong();
        r.grossCents = q.value(8).toLongLong();
        r.platformFeeCents = q.value(9).toLongLong();
        r.workshopShareCents = q.value(10).toLongLong();
        r.mechanicShareCents = q.value(11).toLongLong();
        r.chargesCents = q.value(12).toLongLong();
        r.balanceCents = q.value(13).toLongLong();
        r.programNameFr = q.value(14).toString();
        out << r;
    }
    return out;
}

// ---------------------------------------------------------------------------------------------
// Export
// ---------------------------------------------------------------------------------------------

Result<qint64> EarningsRepository::exportCsv(QSqlDatabase &db, const LedgerFilter &filter,
                                             const QString &path) {
    // The filter's values are bound parameters (PgCsv::exportQuery says why this is not COPY).
    QVariantList binds;
    const QString where = whereClause(filter, &binds);
    return PgCsv::exportQuery(
        db,
        QStringLiteral(
            "SELECT l.id, l.event_at, l.period, l.event_type, l.event_id, l.scenario, l.service_tier, "
            "l.entry_type, l.party, l.workshop_id, l.mechanic_id, l.gross_cents, l.amount_cents, "
            "l.gst_hst_cents, l.gst_hst_bp, l.tax_province, l.payout_status, l.payout_reference "
            "FROM desk.earnings_ledger l WHERE %1 ORDER BY l.event_at, l.id")
            .arg(where),
        binds, path);
}

// ---------------------------------------------------------------------------------------------
// Statements
// ---------------------------------------------------------------------------------------------

Result<QList<StatementData>> EarningsRepository::loadStatements(QSqlDatabase &db, QDate monthIn,
                                                                const std::optional<Payee> &only) {
    const QDate month(monthIn.year(), monthIn.month(), 1);
    const QDate yearStart(month.year(), 1, 1);
    // One snapshot for every query below: a posting, a reversal or a payout committed meanwhile is
    // in all of a statement's figures (events, balances, payouts) or in none. Read-only, so it also
    // runs on the reports profile's hot standby. SET cannot be prepared: plain QSqlQuery.
    Transaction tx(db);
    if (!tx.active())
        return tx.error();
    {
        QSqlQuery set(db);
        if (!set.exec(QStringLiteral("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")))
            return SqlQuery::errorFrom(set.lastError(), db);
    }
    // Payee of a ledger row: the workshop or mechanic it names (platform rows: the party charged).
    const QString payeeExpr =
        QStringLiteral("CASE WHEN l.workshop_id IS NOT NULL THEN 'workshop' ELSE 'mechanic' END");
    const QString idExpr = QStringLiteral("coalesce(l.workshop_id, l.mechanic_id)");
    QString onlyClause;
    if (only)
        onlyClause = only->party == Party::Workshop ? QStringLiteral(" AND l.workshop_id = %1").arg(only->id)
                                                    : QStringLiteral(" AND l.mechanic_id = %1").arg(only->id);
    QString onlyPayout;
    if (only)
        onlyPayout = only->party == Party::Workshop ? QStringLiteral(" AND p.workshop_id = %1").arg(only->id)
                                                    : QStringLiteral(" AND p.mechanic_id = %1").arg(only->id);

    QHash<QString, StatementData> byKey;
    QStringList order;
    auto at = [&](const QString &partyCode, qint64 id) -> StatementData & {
        const Party party = fromCode(partyCode, Party::Mechanic);
        const QString key = payeeKey(party, id);
        auto it = byKey.find(key);
        if (it == byKey.end()) {
            StatementData s;
            s.party = party;
            s.payeeId = id;
            s.month = month;
            it = byKey.insert(key, s);
            order << key;
        }
        return *it;
    };

    // 1. Events of the month, one line per payee and event (an event's reversal rows on a line of
    //    their own). A charge event (bay rental, membership) has no gross: its amount is the charge.
    //    What is a charge is said by the event type, so a charge's reversal stays a charge.
    {
        SqlQuery q(
            db,
            QStringLiteral(
                "SELECT %1, %2, l.event_type, l.event_id, min(l.scenario), (min(l.event_at) AT TIME ZONE "
                "'America/Toronto')::date, "
                "CASE WHEN l.event_type IN ('bay_rental', 'membership') THEN 0 "
                "     WHEN l.entry_type = 'reversal' THEN min(l.gross_cents) ELSE max(l.gross_cents) END, "
                "coalesce(sum(l.amount_cents) FILTER (WHERE l.party = 'platform'), 0), "
                "coalesce(sum(l.gst_hst_cents) FILTER (WHERE l.party = 'platform'), 0), "
                "max(l.gst_hst_bp) FILTER (WHERE l.party = 'platform'), "
                "coalesce(sum(l.amount_cents) FILTER (WHERE l.party <> 'platform' AND l.event_type NOT IN "
                "   ('bay_rental', 'membership')), 0), "
                "coalesce(sum(l.amount_cents) FILTER (WHERE l.party <> 'platform' AND l.event_type IN "
                "   ('bay_rental', 'membership')), 0), "
                // where the fee and the share come from (the event's first row of each)
                "min(l.basis) FILTER (WHERE l.party = 'platform'), "
                "coalesce(min(l.rule_id) FILTER (WHERE l.party = 'platform'), 0), "
                "coalesce(min(fr.name) FILTER (WHERE l.party = 'platform'), ''), "
                "coalesce(min(l.agreement_id) FILTER (WHERE l.party = 'platform'), 0), "
                "coalesce(min(l.partnership_id) FILTER (WHERE l.party = 'platform'), 0), "
                "min(l.basis) FILTER (WHERE l.party <> 'platform'), "
                "coalesce(min(l.rule_id) FILTER (WHERE l.party <> 'platform'), 0), "
                "coalesce(min(fr.name) FILTER (WHERE l.party <> 'platform'), ''), "
                "coalesce(min(l.agreement_id) FILTER (WHERE l.party <> 'platform'), 0), "
                "coalesce(min(l.partnership_id) FILTER (WHERE l.party <> 'platform'), 0), "
                "coalesce(sum(l.qst_cents) FILTER (WHERE l.party = 'platform'), 0), "
                "coalesce(min(fr.name_fr) FILTER (WHERE l.party = 'platform'), ''), "
                "coalesce(min(fr.name_fr) FILTER (WHERE l.party <> 'platform'), ''), "
                "l.entry_type = 'reversal' "
                "FROM desk.earnings_ledger l LEFT JOIN desk.platform_fee_rules fr ON fr.id = l.rule_id "
                "WHERE l.period = ?::date %3 "
                "GROUP BY 1, 2, 3, 4, l.entry_type = 'reversal' ORDER BY 1, 2, 6, 3, 4, 26")
                .arg(payeeExpr, idExpr, onlyClause));
        q.bind(month);
        if (!q.exec())
            return q.error();
        while (q.next()) {
            StatementData &s = at(q.value(0).toString(), q.value(1).toLongLong());
            StatementData::Event e;
            e.eventType = fromCode(q.value(2).toString(), EventType::Session);
            e.eventId = q.value(3).toLongLong();
            e.scenario = q.value(4).toString();
            e.date = q.value(5).toDate();
            e.gross = Money::fromCents(q.value(6).toLongLong());
            e.platformFee = Money::fromCents(q.value(7).toLongLong());
            e.gstHst = Money::fromCents(q.value(8).toLongLong());
            e.gstHstBp = q.value(9).isNull() ? -1 : q.value(9).toInt();
            e.share = Money::fromCents(q.value(10).toLongLong());
            e.charges = Money::fromCents(q.value(11).toLongLong());
            auto source = [&q](int at) {
                LedgerSource src;
                src.basis = fromCode<SplitBasis>(q.value(at).toString());
                src.ruleId = q.value(at + 1).toLongLong();
                src.ruleName = q.value(at + 2).toString();
                src.agreementId = q.value(at + 3).toLongLong();
                src.partnershipId = q.value(at + 4).toLongLong();
                return src;
            };
            e.feeSource = source(12);
            e.shareSource = source(17);
            e.qst = Money::fromCents(q.value(22).toLongLong());
            e.feeSource.ruleNameFr = q.value(23).toString();
            e.shareSource.ruleNameFr = q.value(24).toString();
            e.reversal = q.value(25).toBool();
            s.events << e;
        }
    }
    // 1b. What each event was: the session's type or the repair's category, the workshop and the
    //     mechanic involved (rows the caller may not see leave the description short).
    {
        SqlQuery q(
            db,
            QStringLiteral(
                "WITH ev AS (SELECT DISTINCT l.event_type, l.event_id FROM desk.earnings_ledger l "
                "            WHERE l.period = ?::date %1) "
                "SELECT 'session', s.id, s.session_type, w.name, m.display_name FROM desk.sessions s "
                "  JOIN ev ON ev.event_type = 'session' AND ev.event_id = s.id "
                "  LEFT JOIN desk.organizations w ON w.id = s.workshop_id "
                "  LEFT JOIN desk.mechanics m ON m.id = s.mechanic_id "
                "UNION ALL SELECT 'escalation', e.id, e.service_category, w.name, m.display_name "
                "  FROM desk.escalations e JOIN ev ON ev.event_type = 'escalation' AND ev.event_id = e.id "
                "  LEFT JOIN desk.organizations w ON w.id = e.workshop_id "
                "  LEFT JOIN desk.mechanics m ON m.id = e.mechanic_id "
                "UNION ALL SELECT 'bay_rental', c.id, NULL, w.name, m.display_name "
                "  FROM desk.bay_rental_charges c JOIN ev ON ev.event_type = 'bay_rental' AND ev.event_id = "
                "c.id "
                "  LEFT JOIN desk.organizations w ON w.id = c.workshop_id "
                "  LEFT JOIN desk.mechanics m ON m.id = c.mechanic_id "
                "UNION ALL SELECT 'membership', f.id, NULL, w.name, m.display_name "
                "  FROM desk.membership_fees f JOIN ev ON ev.event_type = 'membership' AND ev.event_id = "
                "f.id "
                "  LEFT JOIN desk.organizations w ON w.id = f.workshop_id "
                "  LEFT JOIN desk.mechanics m ON m.id = f.mechanic_id")
                .arg(onlyClause));
        q.bind(month);
        if (!q.exec())
            return q.error();
        struct What {
            QString kind, workshop, mechanic;
        };
        QHash<QString, What> what;
        while (q.next())
            what.insert(q.value(0).toString() + u':' + q.value(1).toString(),
                        What{q.value(2).toString(), q.value(3).toString(), q.value(4).toString()});
        for (StatementData &s : byKey) {
            for (StatementData::Event &e : s.events) {
                const auto it = what.constFind(toCode(e.eventType) + u':' + QString::number(e.eventId));
                if (it == what.constEnd())
                    continue;
                e.kind = it->kind;
                e.workshopName = it->workshop;
                e.mechanicName = it->mechanic;
            }
        }
    }
    // 2. Balances: net before the month (opening), year-to-date sums. Read from the totals rollup
    //    (0028: per month and key, the sums of exactly its ledger rows, under the ledger's row
    //    security), not from every ledger row up to the month: 6.9-8.7 s at 10,000,000 rows.
    {
        SqlQuery q(
            db,
            QStringLiteral(
                "SELECT %1, %2, "
                "coalesce(sum(CASE WHEN l.party = 'platform' THEN -l.gst_hst_cents - l.qst_cents ELSE "
                "l.amount_cents "
                "END) FILTER (WHERE l.period < ?::date), 0), "
                "coalesce(sum(l.gross_cents) FILTER (WHERE l.period >= ?::date AND l.period <= ?::date AND "
                "l.party <> 'platform' "
                "   AND l.entry_type NOT IN ('bay_rental_charge', 'membership_fee')), 0), "
                "coalesce(sum(l.amount_cents) FILTER (WHERE l.period >= ?::date AND l.period <= ?::date AND "
                "l.party = 'platform'), 0), "
                "coalesce(sum(l.gst_hst_cents) FILTER (WHERE l.period >= ?::date AND l.period <= ?::date), "
                "0), "
                "coalesce(sum(l.amount_cents) FILTER (WHERE l.period >= ?::date AND l.period <= ?::date AND "
                "l.party <> 'platform' "
                "   AND l.entry_type NOT IN ('bay_rental_charge', 'membership_fee')), 0), "
                "coalesce(sum(l.amount_cents) FILTER (WHERE l.period >= ?::date AND l.period <= ?::date AND "
                "l.party <> 'platform' "
                "   AND l.entry_type IN ('bay_rental_charge', 'membership_fee')), 0), "
                "coalesce(sum(l.qst_cents) FILTER (WHERE l.period >= ?::date AND l.period <= ?::date), 0) "
                "FROM desk.earnings_totals l WHERE l.period <= ?::date %3 GROUP BY 1, 2")
                .arg(payeeExpr, idExpr, onlyClause));
        q.bind(month);
        for (int i = 0; i < 6; ++i)
            q.bind(yearStart).bind(month);
        q.bind(month);
        if (!q.exec())
            return q.error();
        while (q.next()) {
            const QString key =
                payeeKey(fromCode(q.value(0).toString(), Party::Mechanic), q.value(1).toLongLong());
            if (!byKey.contains(key) && q.value(2).toLongLong() == 0)
                continue; // nothing this month and nothing owed: no statement
            StatementData &s = at(q.value(0).toString(), q.value(1).toLongLong());
            s.openingBalance = Money::fromCents(q.value(2).toLongLong());
            s.yearToDate.gross = Money::fromCents(q.value(3).toLongLong());
            s.yearToDate.platformFee = Money::fromCents(q.value(4).toLongLong());
            s.yearToDate.gstHst = Money::fromCents(q.value(5).toLongLong());
            s.yearToDate.share = Money::fromCents(q.value(6).toLongLong());
            s.yearToDate.charges = Money::fromCents(q.value(7).toLongLong());
            s.yearToDate.qst = Money::fromCents(q.value(8).toLongLong());
            s.yearToDate.net =
                s.yearToDate.share + s.yearToDate.charges - s.yearToDate.gstHst - s.yearToDate.qst;
        }
    }
    // 3. Payouts: paid before the month reduce the opening balance; this month's are listed.
    {
        SqlQuery q(
            db,
            QStringLiteral(
                "SELECT p.party, coalesce(p.workshop_id, p.mechanic_id), p.status, "
                "coalesce(p.reference, ''), p.amount_cents, "
                "(coalesce(p.paid_at, b.created_at) AT TIME ZONE 'America/Toronto')::date, "
                "desk.ledger_period(coalesce(p.paid_at, b.created_at)), p.id, coalesce(p.failure_reason, '') "
                "FROM desk.payouts p JOIN desk.payout_batches b ON b.id = p.batch_id "
                "WHERE desk.ledger_period(coalesce(p.paid_at, b.created_at)) <= ?::date %1 ORDER BY 6, p.id")
                .arg(onlyPayout));
        q.bind(month);
        if (!q.exec())
            return q.error();
        while (q.next()) {
            const QString key =
                payeeKey(fromCode(q.value(0).toString(), Party::Mechanic), q.value(1).toLongLong());
            if (!byKey.contains(key))
                continue;
            StatementData &s = byKey[key];
            const PayoutStatus status = fromCode(q.value(2).toString(), PayoutStatus::Scheduled);
            const Money amount = Money::fromCents(q.value(4).toLongLong());
            const QDate period = q.value(6).toDate();
            if (period < month) {
                if (status == PayoutStatus::Paid)
                    s.openingBalance = s.openingBalance - amount;
                if (status == PayoutStatus::Paid && period >= yearStart)
                    s.yearToDate.paid += amount;
                continue;
            }
            s.payouts << StatementData::Payout{q.value(5).toDate(),   q.value(3).toString(),  status, amount,
                                               q.value(8).toString(), q.value(7).toLongLong()};
            if (status == PayoutStatus::Paid) {
                s.monthTotals.paid += amount;
                s.yearToDate.paid += amount;
            }
        }
    }
    // 4. Names, addresses, languages. A mechanic's address is the one of their tax profile (the
    //    T4A's) when the caller may read it (finance), else the mechanic's city and province with
    //    their workshop's street address, as before.
    {
        bool profiles = false;
        {
            SqlQuery priv(db, QStringLiteral("SELECT has_column_privilege('desk.payee_tax_profiles', "
                                             "'address_line1', 'SELECT')"));
            if (!priv.exec())
                return priv.error();
            profiles = priv.next() && priv.value(0).toBool();
        }
        const QString profileJoin =
            profiles ? QStringLiteral("LEFT JOIN desk.payee_tax_profiles t ON t.mechanic_id = m.id "
                                      "AND t.address_line1 IS NOT NULL AND t.city IS NOT NULL ")
                     : QString();
        const QString profileColumns =
            profiles
                ? QStringLiteral("t.address_line1, t.address_line2, t.city, t.province::text, t.postal_code")
                : QStringLiteral("NULL::text, NULL::text, NULL::text, NULL::text, NULL::text");
        SqlQuery q(db,
                   QStringLiteral(
                       "SELECT 'workshop', o.id, o.name, o.address_line, o.city, o.province, o.postal_code, "
                       "CASE WHEN o.province = 'QC' THEN 'fr' ELSE o.preferred_language END "
                       "FROM desk.organizations o "
                       "UNION ALL SELECT 'mechanic', m.id, m.display_name, "
                       "CASE WHEN a.line1 IS NOT NULL THEN concat_ws(', ', a.line1, a.line2) "
                       "     WHEN p.id IS NOT NULL THEN p.address_line END, "
                       "coalesce(a.city, m.city, p.city), coalesce(a.province, m.province, p.province), "
                       "coalesce(a.postal_code, m.postal_code, p.postal_code), "
                       "CASE WHEN coalesce(a.province, m.province, p.province) = 'QC' THEN 'fr' "
                       "ELSE m.preferred_language END "
                       "FROM desk.mechanics m LEFT JOIN desk.organizations p ON p.id = m.workshop_id %1"
                       "CROSS JOIN LATERAL (SELECT %2) a (line1, line2, city, province, postal_code)")
                       .arg(profileJoin, profileColumns));
        if (!q.exec())
            return q.error();
        while (q.next()) {
            const QString key =
                payeeKey(fromCode(q.value(0).toString(), Party::Mechanic), q.value(1).toLongLong());
            auto it = byKey.find(key);
            if (it == byKey.end())
                continue;
            it->payeeName = q.value(2).toString();
            it->addressLine = q.value(3).toString();
            it->city = q.value(4).toString();
            it->province = q.value(5).toString().trimmed();
            it->postalCode = q.value(6).toString();
            it->language = q.value(7).toString();
        }
    }
    // 5. The platform's sales-tax registrations in force at the month's end.
    QString gstHstRegistration, qstRegistration;
    {
        SqlQuery q(db, QStringLiteral("SELECT r.tax, r.number FROM desk.sales_tax_registrations r "
                                      "WHERE r.effective_from <= ?::date AND (r.effective_to IS NULL OR "
                                      "r.effective_to > ?::date)"));
        const QDate monthEnd = month.addMonths(1).addDays(-1);
        q.bind(monthEnd).bind(monthEnd);
        if (!q.exec())
            return q.error();
        while (q.next())
            (q.value(0).toString() == u"QST" ? qstRegistration : gstHstRegistration) = q.value(1).toString();
    }
    // 6. December: the year's fees against the T4A slip (box 048), from the T4A's own source
    //    (desk.t4a_year_payees, desk.t4a_fee_rows) so the two agree to the cent. Finance only.
    if (month.month() == 12) {
        SqlQuery priv(db,
                      QStringLiteral("SELECT has_function_privilege('desk.t4a_year_payees(integer)', "
                                     "'EXECUTE') AND has_table_privilege('desk.t4a_fee_rows', 'SELECT')"));
        if (!priv.exec())
            return priv.error();
        if (priv.next() && priv.value(0).toBool()) {
            SqlQuery q(
                db,
                QStringLiteral(
                    "SELECT y.payee_party, y.payee_id, y.fees_cents, y.statement_cents, y.unpaid_cents, "
                    "y.prior_paid_cents, y.slip_due, coalesce(x.next_year, 0), coalesce(x.failed, 0) "
                    "FROM desk.t4a_year_payees(?) y "
                    "LEFT JOIN (SELECT f.payee_party, f.payee_id, "
                    "  sum(f.amount_cents) FILTER (WHERE f.paid_at >= desk.tax_year_start(?)) AS next_year, "
                    "  sum(f.amount_cents) FILTER (WHERE f.paid_at IS NULL AND l.payout_status = 'failed') "
                    "    AS failed "
                    "  FROM desk.t4a_fee_rows f JOIN desk.earnings_ledger l ON l.id = f.ledger_id "
                    "  WHERE f.earned_period >= make_date(?, 1, 1) AND f.earned_period < make_date(?, 1, 1) "
                    "  GROUP BY 1, 2) x ON x.payee_party = y.payee_party AND x.payee_id = y.payee_id"));
            const int year = month.year();
            q.bind(year).bind(year + 1).bind(year).bind(year + 1);
            if (!q.exec())
                return q.error();
            while (q.next()) {
                const QString key =
                    payeeKey(fromCode(q.value(0).toString(), Party::Mechanic), q.value(1).toLongLong());
                auto it = byKey.find(key);
                if (it == byKey.end())
                    continue;
                StatementData::TaxYear &t = it->taxYear;
                t.loaded = true;
                t.paid = Money::fromCents(q.value(2).toLongLong());
                t.earned = Money::fromCents(q.value(3).toLongLong());
                t.priorPaid = Money::fromCents(q.value(5).toLongLong());
                t.slipDue = q.value(6).toBool();
                t.paidNextJanuary = Money::fromCents(q.value(7).toLongLong());
                t.failed = Money::fromCents(q.value(8).toLongLong());
                // The rest of what was earned and not paid in the year: pending or scheduled.
                t.unpaid = Money::fromCents(q.value(4).toLongLong()) - t.paidNextJanuary - t.failed;
            }
            for (StatementData &s : byKey)
                s.taxYear.loaded = true; // no row: nothing earned or paid in the year
        }
    }
    QList<StatementData> out;
    out.reserve(order.size());
    for (const QString &key : order) {
        StatementData s = byKey.value(key);
        StatementData::Totals &t = s.monthTotals;
        for (const StatementData::Event &e : s.events) {
            t.gross += e.gross; // every line counts: the columns add up to the totals
            t.platformFee += e.platformFee;
            t.gstHst += e.gstHst;
            t.qst += e.qst;
            t.share += e.share;
            t.charges += e.charges;
        }
        t.net = t.share + t.charges - t.gstHst - t.qst;
        s.gstHstRegistration = gstHstRegistration;
        s.qstRegistration = qstRegistration;
        s.closingBalance = s.openingBalance + t.net - t.paid;
        out << s;
    }
    std::sort(out.begin(), out.end(), [](const StatementData &a, const StatementData &b) {
        if (a.party != b.party)
            return a.party == Party::Workshop; // workshops first
        return a.payeeName.localeAwareCompare(b.payeeName) < 0;
    });
    if (!tx.commit())
        return tx.error();
    return out;
}

} // namespace adesk
