// Demo earnings (issue 5): two years of sessions, escalations, bay rentals and memberships for the
// demo workshops and mechanics (app/demodata.h), their ledger computed by THE split engine through
// EarningsRepository::postEvents, and monthly payouts with a few failures left to reconcile.
//
// seedEarningsDemo runs inside seed-demo's transaction as the superuser (SET LOCAL ROLE adesk_owner),
// deterministic (fixed-seed generator), dates relative to the server's current_date.

#include "models/core/sqlquery.h"
#include "models/earnings/earningsrepository.h"

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
    SqlQuery today(db, QStringLiteral("SELECT current_date"));
    if (!today.exec() || !today.next()) {
        *error = today.error().serverMessage;
        return false;
    }
    const QDate now = today.value(0).toDate();
    const QDate firstMonth = QDate(now.year(), now.month(), 1).addMonths(-23);

    QList<qint64> workshops;
    {
        SqlQuery q(db, QStringLiteral("SELECT id FROM desk.organizations ORDER BY id"));
        if (!q.exec()) {
            *error = q.error().serverMessage;
            return false;
        }
        while (q.next())
            workshops << q.value(0).toLongLong();
    }
    QList<DemoMechanic> mechanics;
    {
        SqlQuery q(db, QStringLiteral("SELECT id, coalesce(workshop_id, 0), service_tier FROM desk.mechanics "
                                      "ORDER BY id LIMIT 60"));
        if (!q.exec()) {
            *error = q.error().serverMessage;
            return false;
        }
        while (q.next())
            mechanics << DemoMechanic{q.value(0).toLongLong(), q.value(1).toLongLong(),
                                      q.value(2).toString()};
    }
    if (workshops.size() < 4 || mechanics.isEmpty()) {
        *error = QStringLiteral("seedEarningsDemo needs the demo workshops and mechanics");
        return false;
    }
    QList<DemoMechanic> independents;
    for (const DemoMechanic &m : mechanics)
        if (!m.workshopId)
            independents << m;

    Rng rng(0xad0c5ULL);
    Inserter sessions(
        db, QStringLiteral("INSERT INTO desk.sessions (session_type, price_cents, mechanic_id, workshop_id, "
                           "referring_workshop_id, partnership_id, program_type, program_workshop_share_bp, "
                           "completed_at) VALUES "));
    Inserter escalations(
        db, QStringLiteral("INSERT INTO desk.escalations (mechanic_id, workshop_id, partnership_id, "
                           "repair_amount_cents, completed_at) VALUES "));
    Inserter rentals(
        db, QStringLiteral("INSERT INTO desk.bay_rental_charges (booking_id, partnership_id, mechanic_id, "
                           "workshop_id, amount_cents, charged_at) VALUES "));
    Inserter memberships(
        db, QStringLiteral("INSERT INTO desk.membership_fees (partnership_id, mechanic_id, workshop_id, "
                           "period, amount_cents, charged_at) VALUES "));
    const QString null = QStringLiteral("NULL");
    const char *virtualTypes[] = {"chat", "video", "upgraded_from_chat"};
    // Partnership programs (ids as 0004 would give them; no FK): a bay rental at the first workshop,
    // a revenue share (10 %) at the fourth, a membership ($299/month + 5 %) at the second.
    const qint64 bayProgram = 9001, shareProgram = 9002, memberProgram = 9003;
    const DemoMechanic *bayMechanic = independents.value(0).id ? &independents[0] : nullptr;
    const DemoMechanic *shareMechanic = independents.size() > 2 ? &independents[2] : nullptr;
    const DemoMechanic *memberMechanic = independents.size() > 1 ? &independents[1] : nullptr;
    qint64 booking = 70000;

    for (QDate month = firstMonth; month <= now; month = month.addMonths(1)) {
        const int days = month.daysInMonth();
        auto day = [&]() -> QDate {
            QDate d = month.addDays(rng.range(0, days - 1));
            return d > now ? now : d;
        };
        auto minute = [&] { return rng.range(8 * 60, 20 * 60); };
        for (const DemoMechanic &m : mechanics) {
            if (!m.workshopId) {
                // Independent, virtual only: chat and video consultations ($15–$60).
                for (int i = rng.range(5, 11); i > 0; --i)
                    if (!sessions.add(QStringLiteral("('%1', %2, %3, NULL, NULL, NULL, NULL, NULL, %4)")
                                          .arg(QLatin1String(virtualTypes[rng.range(0, 2)]))
                                          .arg(rng.range(3, 12) * 500)
                                          .arg(m.id)
                                          .arg(at(day(), minute())),
                                      error))
                        return false;
                // Escalations to a workshop ($300–$2,500), some quoted under a partnership.
                for (int i = rng.range(0, 2); i > 0; --i)
                    if (!escalations.add(QStringLiteral("(%1, %2, %3, %4, %5)")
                                             .arg(m.id)
                                             .arg(workshops[rng.range(0, int(workshops.size()) - 1)])
                                             .arg(rng.range(0, 4) == 0 ? QStringLiteral("9100") : null)
                                             .arg(rng.range(6, 50) * 5000)
                                             .arg(at(day(), minute())),
                                         error))
                        return false;
            } else {
                // Workshop mechanics: visits and video calls paid to the workshop; 1 in 6 referred by
                // another workshop (cross-workshop).
                for (int i = rng.range(3, 7); i > 0; --i) {
                    const bool referred = rng.range(0, 5) == 0;
                    qint64 referring = 0;
                    if (referred) {
                        referring = workshops[rng.range(0, int(workshops.size()) - 1)];
                        if (referring == m.workshopId)
                            referring = 0;
                    }
                    if (!sessions.add(
                            QStringLiteral(
                                "('%1', %2, %3, %4, NULL, NULL, NULL, %5)") // %4 = workshop, referrer
                                .arg(rng.range(0, 3) ? QStringLiteral("workshop_visit")
                                                     : QStringLiteral("video"))
                                .arg(rng.range(8, 120) * 500)
                                .arg(m.id)
                                .arg(referring ? QStringLiteral("%1, %2").arg(m.workshopId).arg(referring)
                                               : QStringLiteral("%1, NULL").arg(m.workshopId))
                                .arg(at(day(), minute())),
                            error))
                        return false;
                }
            }
        }
        // Partnership programs.
        if (bayMechanic) {
            for (int i = 0; i < 4; ++i) {
                const QDate d = day();
                if (!rentals.add(QStringLiteral("(%1, %2, %3, %4, 12000, %5)")
                                     .arg(++booking)
                                     .arg(bayProgram)
                                     .arg(bayMechanic->id)
                                     .arg(workshops[0])
                                     .arg(at(d, 7 * 60)),
                                 error) ||
                    !sessions.add(
                        QStringLiteral("('workshop_visit', %1, %2, %3, NULL, %4, 'bay_rental', NULL, %5)")
                            .arg(rng.range(50, 140) * 500)
                            .arg(bayMechanic->id)
                            .arg(workshops[0])
                            .arg(bayProgram)
                            .arg(at(d, 16 * 60)),
                        error))
                    return false;
            }
        }
        if (shareMechanic)
            for (int i = rng.range(2, 5); i > 0; --i)
                if (!sessions.add(
                        QStringLiteral("('workshop_visit', %1, %2, %3, NULL, %4, 'revenue_share', 1000, %5)")
                            .arg(rng.range(60, 200) * 500)
                            .arg(shareMechanic->id)
                            .arg(workshops[3])
                            .arg(shareProgram)
                            .arg(at(day(), minute())),
                        error))
                    return false;
        if (memberMechanic) {
            if (!memberships.add(QStringLiteral("(%1, %2, %3, '%4', 29900, %5)")
                                     .arg(memberProgram)
                                     .arg(memberMechanic->id)
                                     .arg(workshops[1])
                                     .arg(month.toString(Qt::ISODate))
                                     .arg(at(month, 9 * 60)),
                                 error))
                return false;
            for (int i = rng.range(2, 5); i > 0; --i)
                if (!sessions.add(
                        QStringLiteral("('workshop_visit', %1, %2, %3, NULL, %4, 'membership', 500, %5)")
                            .arg(rng.range(60, 200) * 500)
                            .arg(memberMechanic->id)
                            .arg(workshops[1])
                            .arg(memberProgram)
                            .arg(at(day(), minute())),
                        error))
                    return false;
        }
    }
    if (!sessions.flush(error) || !escalations.flush(error) || !rentals.flush(error) ||
        !memberships.flush(error))
        return false;

    // The ledger: THE split engine, one code path, inside seed-demo's transaction.
    auto posted = EarningsRepository::postPending(db, false);
    if (!posted.ok()) {
        *error = posted.error().serverMessage;
        return false;
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
        SqlQuery list(db,
                      QStringLiteral("SELECT id, version FROM desk.payouts WHERE batch_id = ? ORDER BY id"));
        list.bind(batchId);
        if (!list.exec()) {
            *error = list.error().serverMessage;
            return false;
        }
        QList<QPair<qint64, int>> payouts;
        while (list.next())
            payouts.append({list.value(0).toLongLong(), list.value(1).toInt()});
        for (const auto &p : payouts) {
            ++serial;
            const bool fails = serial % 41 == 7;
            SqlQuery mark(db, fails ? QStringLiteral("SELECT desk.mark_payout_failed(?, ?, ?)")
                                    : QStringLiteral("SELECT desk.mark_payout_paid(?, ?, ?)"));
            mark.bind(p.first).bind(p.second).bind(
                fails
                    ? (serial % 2 ? QStringLiteral("Bank account closed")
                                  : QStringLiteral("Invalid transit number"))
                    : QStringLiteral("EFT-%1-%2").arg(month.toString(QStringLiteral("yyyyMM"))).arg(p.first));
            if (!mark.exec()) {
                *error = mark.error().serverMessage;
                return false;
            }
        }
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
