#pragma once

// Posting the events a test created, through the path the platform uses (issue 12):
// EarningsRepository::recordEach → desk.record_session_earnings / record_escalation_earnings.

#include "models/earnings/earningsrepository.h"
#include "tests/support/testdatabase.h"

#include <QStringList>
#include <QtDebug>

namespace adesk::testing {

/// Completed sessions and escalations not posted yet, in time order (read on the fixture's
/// superuser connection).
inline QList<EventRef> unpostedEvents(TestDatabase &fixture) {
    const TestDatabase::SqlResult r = fixture.run(QStringLiteral(
        "SELECT e.t, e.id FROM (SELECT 'session' AS t, s.id, s.completed_at AS at FROM desk.sessions s "
        "WHERE s.status = 'completed' UNION ALL SELECT 'escalation', x.id, x.completed_at FROM "
        "desk.escalations x) e "
        "WHERE NOT EXISTS (SELECT 1 FROM desk.earnings_ledger l WHERE l.event_type = e.t AND l.event_id = "
        "e.id) "
        "ORDER BY e.at, e.t DESC, e.id"));
    QList<EventRef> out;
    for (const QVariantList &row : r.rows)
        out << EventRef{row[0].toString() == u"session" ? EventType::Session : EventType::Escalation,
                        row[1].toLongLong()};
    return out;
}

/// "session 12: AD003 …" for each refused outcome; empty when every event posted.
inline QString refusals(const QList<PostOutcome> &outcomes) {
    QStringList out;
    for (const PostOutcome &o : outcomes)
        if (!o.ok())
            out << QStringLiteral("%1 %2: %3 %4")
                       .arg(toCode(o.event.eventType))
                       .arg(o.event.eventId)
                       .arg(o.error.sqlState, o.error.serverMessage);
    return out.join(QStringLiteral("; "));
}

/// Ledger rows written by @p outcomes' postings (first postings only).
inline int postedRows(const QList<PostOutcome> &outcomes) {
    int rows = 0;
    for (const PostOutcome &o : outcomes)
        if (o.ok() && !o.posting->already)
            rows += int(o.posting->rows.size());
    return rows;
}

/// Posts every unposted event as @p poster (a finance or platform service login). Returns the
/// refusals (empty when all went through); @p rows receives the ledger rows written.
inline QString postAll(TestDatabase &fixture, QSqlDatabase poster, int *rows = nullptr) {
    const QList<PostOutcome> outcomes = EarningsRepository::recordEach(poster, unpostedEvents(fixture));
    if (rows)
        *rows = postedRows(outcomes);
    return refusals(outcomes);
}

} // namespace adesk::testing
