// Demo earnings (issue 5, issue 12): two years of sessions and escalations for the demo workshops
// and mechanics (app/demodata.h), partnership jobs under the signed demo agreements
// (demo_partnerships.cpp) while they are in force, and monthly payouts with a few failures left to
// reconcile. The ledger is produced ONLY by the posting path the platform uses:
// desk.record_session_earnings / record_escalation_earnings for every completed event and
// desk.run_partnership_charges for every ended month (bay rental from the partners' bookings,
// demo_bays.cpp; membership fees from the agreements). The seeder writes events, never ledger rows
// or charges, and the events it writes are compliant (a workshop visit has a workshop that allows
// physical repairs and a mechanic allowed physical work there: its employee, or its partner under a
// signed agreement in force on the day; otherwise the consultation is virtual), so every posting
// goes through.
//
// seedEarningsDemo runs inside seed-demo's transaction as the superuser (SET LOCAL ROLE adesk_owner),
// deterministic (fixed-seed generator, ordered queries), dates relative to today in America/Toronto.

#include "models/core/sqlquery.h"

#include <QDate>
#include <QHash>
#include <QSqlDatabase>
#include <QStringList>

namespace adesk {

namespace {

class Rng {
public:
    explicit Rng(quint64 seed)
        : m_state(seed) {}
    quint64 next() {
        quint64 z = (m_state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    int range(int lo, int hi) { return lo + int(next() % quint64(hi - lo + 1)); } // inclusive

private:
    quint64 m_state;
};

struct DemoMechanic {
    qint64 id;
    qint64 workshopId;
    QString tier;
    bool physical; ///< may do physical work (can_perform_physical_work, not expired)
};

/// A partnership whose jobs the ledger may take: signed by both sides, not pending, at a workshop
/// that allows physical repairs, with a partner allowed physical work; jobs on [from, to].
struct DemoPartnership {
    qint64 id;
    qint64 workshopId;
    qint64 mechanicId;
    QString programType;
    QDate from;
    QDate to;
    QStringList categories; ///< its labour rates' service categories valid on to (quoted repairs)
};

bool exec(QSqlDatabase &db, const QString &sql, QString *error) {
    SqlQuery q(db, sql);
    if (q.exec())
        return true;
    if (error)
        *error = q.error().serverMessage;
    return false;
}

/// Flushes rows of one INSERT in chunks.
class Inserter {
public:
    Inserter(QSqlDatabase &db, QString head)
        : m_db(db)
        , m_head(std::move(head)) {}
    bool add(const QString &row, QString *error) {
        m_rows << row;
        return m_rows.size() < 500 || flush(error);
    }
    bool flush(QString *error) {
        if (m_rows.isEmpty())
            return true;
        const bool ok = exec(m_db, m_head + m_rows.join(u','), error);
        m_rows.clear();
        return ok;
    }

private:
    QSqlDatabase &m_db;
    QString m_head;
    QStringList m_rows;
};

QString at(const QDate &day, int minute) {
    return QStringLiteral("'%1 %2:%3:00 America/Toronto'::timestamptz")
        .arg(day.toString(Qt::ISODate))
        .arg(minute / 60, 2, 10, QLatin1Char('0'))
        .arg(minute % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

bool seedEarningsDemo(QSqlDatabase &db, QString *error); // wired into seed-demo by app/demoseeder.cpp

bool seedEarningsDemo(QSqlDatabase &db, QString *error) {
    auto failed = [&](const SqlQuery &q) {
        *error = q.error().serverMessage;
        return false;
    };
    // The platform's day (America/Toronto, as the times below): the server's current_date is the
    // session zone's, a day ahead of Toronto in the evening when that zone is UTC.
    SqlQuery today(db, QStringLiteral("SELECT (now() AT TIME ZONE 'America/Toronto')::date"));
    if (!today.exec() || !today.next())
        return failed(today);
    const QDate now = today.value(0).toDate();
    // Events end by yesterday: an escalation completed later than now is not completed yet.
    const QDate lastDay = now.addDays(-1);
    const QDate firstMonth = QDate(now.year(), now.month(), 1).addMonths(-23);

    QList<qint64> workshops;   // every workshop (referrals)
    QList<qint64> repairShops; // those that allow physical repairs (visits, escalations)
    {
        SqlQuery q(db,
                   QStringLiteral("SELECT id, allows_physical_repairs FROM desk.organizations ORDER BY id"));
        if (!q.exec())
            return failed(q);
        while (q.next()) {
            workshops << q.value(0).toLongLong();
            if (q.value(1).toBool())
                repairShops << q.value(0).toLongLong();
        }
    }
    QList<DemoMechanic> mechanics;
    {
        SqlQuery q(db, QStringLiteral("SELECT id, coalesce(workshop_id, 0), service_tier, "
                                      "can_perform_physical_work AND compliance_status <> 'expired' "
                                      "FROM desk.mechanics ORDER BY id LIMIT 60"));
        if (!q.exec())
            return failed(q);
        while (q.next())
            mechanics << DemoMechanic{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                                      q.value(3).toBool()};
    }
    if (workshops.size() < 4 || repairShops.isEmpty() || mechanics.isEmpty()) {
        *error = QStringLiteral("seedEarningsDemo needs the demo workshops and mechanics");
        return false;
    }
    QList<DemoPartnership> partnerships;
    {
        SqlQuery q(db,
                   QStringLiteral(
                       "SELECT p.id, p.workshop_id, p.mechanic_id, a.terms->>'program_type', "
                       "greatest(p.contract_start_date, a.effective_date), "
                       "least(coalesce(p.contract_end_date, 'infinity'), coalesce(a.end_date, 'infinity'), "
                       "?::date), "
                       "coalesce((SELECT string_agg(r.service_category, ',' ORDER BY r.service_category) "
                       "FROM desk.partnership_labour_rates r WHERE r.partnership_id = p.id "
                       "AND r.mechanic_commission_bp IS NOT NULL), '') "
                       "FROM desk.partnerships p JOIN desk.partnership_agreements a ON a.id = p.agreement_id "
                       "JOIN desk.mechanics m ON m.id = p.mechanic_id JOIN desk.organizations o ON o.id = "
                       "p.workshop_id "
                       "WHERE p.status <> 'pending' AND a.workshop_accepted_at IS NOT NULL "
                       "AND a.mechanic_accepted_at IS NOT NULL AND o.allows_physical_repairs "
                       "AND m.can_perform_physical_work AND m.compliance_status <> 'expired' ORDER BY p.id"));
        q.bind(lastDay);
        if (!q.exec())
            return failed(q);
        while (q.next()) {
            DemoPartnership p{q.value(0).toLongLong(),
                              q.value(1).toLongLong(),
                              q.value(2).toLongLong(),
                              q.value(3).toString(),
                              q.value(4).toDate(),
                              q.value(5).toDate(),
                              {}};
            const QString categories = q.value(6).toString();
            if (!categories.isEmpty())
                p.categories = categories.split(u',');
            if (p.from <= p.to)
                partnerships << p;
        }
    }

    Rng rng(0xad0c5ULL);
    Inserter sessions(
        db, QStringLiteral("INSERT INTO desk.sessions (session_type, price_cents, mechanic_id, workshop_id, "
                           "referring_workshop_id, partnership_id, program_type, completed_at) VALUES "));
    Inserter escalations(
        db, QStringLiteral("INSERT INTO desk.escalations (mechanic_id, workshop_id, partnership_id, "
                           "repair_amount_cents, service_category, completed_at) VALUES "));
    const char *virtualTypes[] = {"chat", "video", "upgraded_from_chat"};

    for (QDate month = firstMonth; month <= now; month = month.addMonths(1)) {
        const int days = month.daysInMonth();
        auto day = [&]() -> QDate {
            const QDate d = month.addDays(rng.range(0, days - 1));
            return d > lastDay ? lastDay : d;
        };
        auto minute = [&] { return rng.range(8 * 60, 20 * 60); };
        for (const DemoMechanic &m : mechanics) {
            if (!m.workshopId) {
                // Independent, mostly virtual: chat and video consultations ($15–$60).
                for (int i = rng.range(5, 11); i > 0; --i)
                    if (!sessions.add(QStringLiteral("('%1', %2, %3, NULL, NULL, NULL, NULL, %4)")
                                          .arg(QLatin1String(virtualTypes[rng.range(0, 2)]))
                                          .arg(rng.range(3, 12) * 500)
                                          .arg(m.id)
                                          .arg(at(day(), minute())),
                                      error))
                        return false;
                // Escalations to a repair shop ($300–$2,500): the referral fee.
                for (int i = rng.range(0, 2); i > 0; --i)
                    if (!escalations.add(QStringLiteral("(%1, %2, NULL, %3, NULL, %4)")
                                             .arg(m.id)
                                             .arg(repairShops[rng.range(0, int(repairShops.size()) - 1)])
                                             .arg(rng.range(6, 50) * 5000)
                                             .arg(at(day(), minute())),
                                         error))
                        return false;
            } else {
                // Workshop mechanics: visits paid to the workshop (a mechanic not allowed physical work,
                // or a workshop without repairs, consults by video instead); 1 in 6 referred by another
                // workshop (cross-workshop).
                const bool visits = m.physical && repairShops.contains(m.workshopId);
                for (int i = rng.range(3, 7); i > 0; --i) {
                    const bool referred = rng.range(0, 5) == 0;
                    qint64 referring = 0;
                    if (referred) {
                        referring = workshops[rng.range(0, int(workshops.size()) - 1)];
                        if (referring == m.workshopId)
                            referring = 0;
                    }
                    const bool visit = rng.range(0, 3) != 0 && visits;
                    // A licensed mobile mechanic also works on their own (no workshop: independent).
                    const bool own =
                        visit && !referring && m.tier == u"licensed_mobile" && rng.range(0, 3) == 0;
                    if (!sessions.add(
                            QStringLiteral("('%1', %2, %3, %4, %5, NULL, NULL, %6)")
                                .arg(visit ? QStringLiteral("workshop_visit") : QStringLiteral("video"))
                                .arg(rng.range(8, 120) * 500)
                                .arg(m.id)
                                .arg(own ? QStringLiteral("NULL") : QString::number(m.workshopId))
                                .arg(visit && referring ? QString::number(referring) : QStringLiteral("NULL"))
                                .arg(at(day(), minute())),
                            error))
                        return false;
                }
            }
        }
    }
    // Partnership jobs, only on days their signed agreement is in force: about two a week, and for a
    // partner with labour rates a repair quoted under the partnership now and then (the commission).
    for (const DemoPartnership &p : partnerships) {
        for (QDate d = p.from; d <= p.to; d = d.addDays(1)) {
            if (rng.range(0, 6) < 2) {
                if (!sessions.add(QStringLiteral("('workshop_visit', %1, %2, %3, NULL, %4, '%5', %6)")
                                      .arg(rng.range(50, 200) * 500)
                                      .arg(p.mechanicId)
                                      .arg(p.workshopId)
                                      .arg(p.id)
                                      .arg(p.programType)
                                      .arg(at(d, rng.range(8 * 60, 17 * 60))),
                                  error))
                    return false;
            }
            if (!p.categories.isEmpty() && rng.range(0, 13) == 0) {
                if (!escalations.add(QStringLiteral("(%1, %2, %3, %4, '%5', %6)")
                                         .arg(p.mechanicId)
                                         .arg(p.workshopId)
                                         .arg(p.id)
                                         .arg(rng.range(8, 60) * 2500)
                                         .arg(p.categories[rng.range(0, int(p.categories.size()) - 1)])
                                         .arg(at(d, rng.range(9 * 60, 17 * 60))),
                                     error))
                    return false;
            }
        }
    }
    if (!sessions.flush(error) || !escalations.flush(error))
        return false;

    // The ledger, by the posting path only: every completed event in time order, then every ended
    // month's partnership charges. A refusal here is a demo event breaking a rule: seed-demo fails
    // with the database's message naming it.
    {
        SqlQuery post(
            db, QStringLiteral("SELECT count(CASE e.t WHEN 'session' THEN desk.record_session_earnings(e.id) "
                               "ELSE desk.record_escalation_earnings(e.id) END) "
                               "FROM (SELECT 'session' AS t, id, completed_at AS at FROM desk.sessions WHERE "
                               "status = 'completed' "
                               "UNION ALL SELECT 'escalation', id, completed_at FROM desk.escalations "
                               "ORDER BY at, t DESC, id) e"));
        if (!post.exec())
            return failed(post);
    }
    for (QDate month = firstMonth; month < QDate(now.year(), now.month(), 1); month = month.addMonths(1)) {
        SqlQuery charges(db, QStringLiteral("SELECT count(*) FROM desk.run_partnership_charges(?::date)"));
        charges.bind(month);
        if (!charges.exec())
            return failed(charges);
    }

    // Payouts for every closed month: scheduled on the 5th of the next month, paid, except a few
    // failures; failed rows go into the next month's batch, and the last two months' failures stay
    // open for finance to reconcile.
    int serial = 0;
    for (QDate month = firstMonth; month < QDate(now.year(), now.month(), 1); month = month.addMonths(1)) {
        SqlQuery batch(db, QStringLiteral("SELECT desk.schedule_payouts(?::date, 'demo')"));
        batch.bind(month);
        if (!batch.exec() || !batch.next()) {
            *error = batch.error().serverMessage;
            return false;
        }
        const qint64 batchId = batch.value(0).toLongLong();
        const QDate payDay = month.addMonths(1).addDays(4);
        if (!exec(db,
                  QStringLiteral("UPDATE desk.payout_batches SET created_at = %1 WHERE id = %2")
                      .arg(at(payDay, 9 * 60))
                      .arg(batchId),
                  error))
            return false;
        // Every payout of the batch marked through the functions finance uses, in id order, in one
        // statement: the n-th payout of the whole run (serial) fails when n % 41 == 7.
        SqlQuery mark(db, QStringLiteral(
                              "SELECT count(CASE WHEN p.fails "
                              "THEN desk.mark_payout_failed(p.id, p.version, CASE WHEN p.serial % 2 = 1 "
                              "THEN 'Bank account closed' ELSE 'Invalid transit number' END) "
                              "ELSE desk.mark_payout_paid(p.id, p.version, 'EFT-' || ? || '-' || p.id) END), "
                              "max(p.serial) "
                              "FROM (SELECT id, version, serial, serial % 41 = 7 AS fails "
                              "FROM (SELECT id, version, ? + row_number() OVER (ORDER BY id) AS serial "
                              "FROM desk.payouts WHERE batch_id = ?) n ORDER BY id) p"));
        mark.bind(month.toString(QStringLiteral("yyyyMM"))).bind(serial).bind(batchId);
        if (!mark.exec() || !mark.next()) {
            *error = mark.error().serverMessage;
            return false;
        }
        if (!mark.value(1).isNull())
            serial = mark.value(1).toInt();
        if (!exec(
                db,
                QStringLiteral("UPDATE desk.payouts SET paid_at = %1 WHERE batch_id = %2 AND status = 'paid'")
                    .arg(at(payDay, 14 * 60))
                    .arg(batchId),
                error))
            return false;
    }
    return true;
}

} // namespace adesk
