// Demo data of the bay booking calendar (issue 3), loaded by seed-demo after the workshops and
// mechanics exist: every workshop gets bays with hourly rates, weekly opening hours, a holiday
// closure and a maintenance block, and about three and a half months of bookings around today in
// every state (completed, no-show and cancelled in the past; checked in today; confirmed,
// requested and cancelled ahead). Deterministic (hashes of bay and date), relative to current_date.
// The database's own rules apply: bookings are built so that they never overlap (fixed windows per
// bay and day, buffer included), lie within the opening hours, avoid the closures and use only
// mechanics desk.mechanic_may_work_at accepts.

#include "models/core/result.h"
#include "models/core/sqlquery.h"

#include <QSqlError>
#include <QSqlQuery>

#include <QSqlDatabase>
#include <QString>

namespace adesk {

namespace {

const char *const kBays = R"SQL(
INSERT INTO desk.bays (workshop_id, name, bay_type, capabilities, buffer_minutes, hourly_rate_cents, sort_order)
SELECT o.id, CASE WHEN o.preferred_language = 'fr' THEN b.name_fr ELSE b.name_en END, b.type, b.caps, b.buffer,
       b.rate + (o.id % 3) * 500, b.ord
  FROM desk.organizations o
 CROSS JOIN (VALUES ('Bay 1 — Lift', 'Baie 1 — Pont élévateur', 'lift', '{lift,diagnostics}'::text[], 15, 4500, 1),
                    ('Bay 2 — Lift', 'Baie 2 — Pont élévateur', 'lift', '{lift,ev_charging}'::text[], 15, 4500, 2),
                    ('Bay 3 — Alignment', 'Baie 3 — Géométrie', 'alignment_rack', '{alignment_rack,lift}'::text[], 15,
                     6000, 3),
                    ('Bay 4 — Diagnostics', 'Baie 4 — Diagnostic', 'diagnostic', '{diagnostics}'::text[], 10, 5500, 4),
                    ('Bay 5 — Tires', 'Baie 5 — Pneus', 'tire', '{tire_changer}'::text[], 10, 3500, 5))
       AS b(name_en, name_fr, type, caps, buffer, rate, ord)
 WHERE o.organization_type = 'workshop' AND (b.ord <= 3 OR b.ord <= 3 + o.id % 3)
 ORDER BY o.id, b.ord
)SQL";

const char *const kHours = R"SQL(
INSERT INTO desk.workshop_hours (workshop_id, weekday, opens_at, closes_at)
SELECT o.id, d, CASE WHEN d = 6 THEN time '08:00' ELSE time '07:30' END,
       CASE WHEN d = 6 THEN time '14:00' ELSE time '18:00' END
  FROM desk.organizations o CROSS JOIN generate_series(1, 6) d
 WHERE o.organization_type = 'workshop' AND (d < 6 OR o.id % 3 <> 0)
)SQL";

// A holiday (the Monday two weeks ahead, whole workshop) and a lift inspection (bay 2, in three
// working days, 13:00–17:00 local).
const char *const kClosures = R"SQL(
INSERT INTO desk.bay_closures (workshop_id, bay_id, kind, span, reason)
SELECT o.id, NULL, 'holiday',
       tstzrange(h::timestamp AT TIME ZONE o.time_zone, (h + 1)::timestamp AT TIME ZONE o.time_zone, '[)'),
       CASE WHEN o.preferred_language = 'fr' THEN 'Congé — atelier fermé' ELSE 'Holiday — shop closed' END
  FROM desk.organizations o,
       LATERAL (SELECT (current_date + 14 - (extract(isodow FROM current_date + 14)::int - 1)) AS h) x
 WHERE o.organization_type = 'workshop'
UNION ALL
SELECT b.workshop_id, b.id, 'maintenance',
       tstzrange((m + time '13:00') AT TIME ZONE o.time_zone, (m + time '17:00') AT TIME ZONE o.time_zone, '[)'),
       CASE WHEN o.preferred_language = 'fr' THEN 'Inspection annuelle du pont' ELSE 'Annual lift inspection' END
  FROM desk.bays b JOIN desk.organizations o ON o.id = b.workshop_id,
       LATERAL (SELECT CASE extract(isodow FROM current_date + 3)::int WHEN 6 THEN current_date + 5
                                                                       WHEN 7 THEN current_date + 4
                                                                       ELSE current_date + 3 END AS m) y
 WHERE b.sort_order = 2
)SQL";

// Fixed 150-minute windows per bay and day from opening; a booking takes 60–105 min starting 0–30
// min into its window, plus a 15-minute buffer: never more than the window, so never an overlap.
// A mechanic is in one place at a time (migration 0014): each mechanic books at one workshop only,
// and the bays of a workshop take distinct mechanics in each window (a rotation of its pool; bays
// beyond the pool's size stay free in that window).
const char *const kBookings = R"SQL(
WITH assigned AS (
    SELECT DISTINCT ON (m.id) o.id AS workshop_id, m.id AS mechanic_id,
           desk.mechanic_may_work_at(m.id, o.id)
           AND pg_catalog.cardinality(desk.workshop_problems(o.id, current_date)) = 0 AS eligible
      FROM desk.mechanics m JOIN desk.organizations o
        ON o.organization_type = 'workshop' AND (m.workshop_id = o.id OR desk.mechanic_may_work_at(m.id, o.id))
     ORDER BY m.id, (desk.mechanic_may_work_at(m.id, o.id)
                     AND pg_catalog.cardinality(desk.workshop_problems(o.id, current_date)) = 0) DESC,
              (m.workshop_id = o.id) DESC, o.id),
eligible AS (%POOL%),
ranked_bays AS (
    SELECT b.*, (row_number() OVER (PARTITION BY b.workshop_id ORDER BY b.sort_order, b.id) - 1)::int AS r
      FROM desk.bays b),
slots AS (
    SELECT b.id AS bay_id, b.workshop_id, o.time_zone AS tz, o.preferred_language AS lang, d::date AS day, w,
           abs(hashtext(b.id::text || ':' || d::date::text || ':' || w)) AS hsh,
           (d::date + h.opens_at + make_interval(mins => 150 * w)) AS window_start,
           (d::date + h.closes_at) AS closes,
           e.mechs[1 + (b.r + abs(hashtext(b.workshop_id::text || ':' || d::date::text || ':' || w)))
                       % array_length(e.mechs, 1)] AS mechanic_id
      FROM ranked_bays b
      JOIN desk.organizations o ON o.id = b.workshop_id
      JOIN eligible e ON e.workshop_id = b.workshop_id AND b.r < array_length(e.mechs, 1)
     CROSS JOIN generate_series(current_date - 75, current_date + %LAST_DAY%, interval '1 day') d
      JOIN desk.workshop_hours h ON h.workshop_id = b.workshop_id AND h.weekday = extract(isodow FROM d)
                                AND h.effective_from <= d::date
                                AND (h.effective_until IS NULL OR d::date < h.effective_until)
     CROSS JOIN generate_series(0, 5) w),
planned AS (
    SELECT s.*, (s.window_start + make_interval(mins => 15 * (s.hsh % 3))) AT TIME ZONE s.tz AS starts,
           (s.window_start + make_interval(mins => 15 * (s.hsh % 3) + (ARRAY[60, 90, 105, 75])[1 + (s.hsh / 7) % 4]))
               AT TIME ZONE s.tz AS ends
      FROM slots s
     WHERE s.window_start + interval '150 minutes' <= s.closes
       AND s.hsh % 100 < CASE WHEN s.day < current_date THEN 72 ELSE 55 - 3 * (s.day - current_date) / 5 END)
INSERT INTO desk.bay_bookings (workshop_id, bay_id, mechanic_id, mechanic_name, span, buffer_minutes, status,
                               status_reason, notes, created_at)
SELECT p.workshop_id, p.bay_id, p.mechanic_id,
       (SELECT display_name FROM desk.mechanics WHERE id = p.mechanic_id),
       tstzrange(p.starts, p.ends, '[)'),
       15,
       CASE WHEN p.day < current_date THEN
                CASE WHEN p.hsh % 20 = 0 THEN 'no_show' WHEN p.hsh % 10 = 1 THEN 'cancelled' ELSE 'completed' END
            WHEN p.day = current_date THEN
                CASE WHEN p.ends <= now() THEN 'completed' WHEN p.starts <= now() THEN 'checked_in' ELSE 'confirmed' END
            ELSE CASE WHEN p.hsh % 10 = 1 THEN 'cancelled' WHEN p.hsh % 4 = 0 THEN 'requested' ELSE 'confirmed' END
       END,
       CASE WHEN p.hsh % 10 = 1 AND p.day <> current_date THEN
                CASE WHEN p.lang = 'fr' THEN 'Annulé par le mécanicien' ELSE 'Cancelled by the mechanic' END END,
       CASE WHEN p.lang = 'fr'
            THEN (ARRAY['Plaquettes et disques de frein', 'Vidange et inspection', 'Géométrie des roues',
                        'Diagnostic témoin moteur', 'Pose des pneus d''hiver', 'Bruit de suspension',
                        'Remplacement de la batterie', 'Inspection avant achat'])[1 + (p.hsh / 11) % 8]
            ELSE (ARRAY['Brake pads and rotors', 'Oil change and inspection', 'Wheel alignment',
                        'Check-engine light diagnosis', 'Winter tire swap', 'Suspension noise',
                        'Battery replacement', 'Pre-purchase inspection'])[1 + (p.hsh / 11) % 8]
       END,
       least(now(), p.starts - make_interval(days => 2 + (p.hsh % 12)::int))
  FROM planned p
 WHERE NOT EXISTS (SELECT 1 FROM desk.bay_closures c
                    WHERE c.workshop_id = p.workshop_id AND (c.bay_id IS NULL OR c.bay_id = p.bay_id)
                      AND c.span && tstzrange(p.starts, p.ends, '[)'))
   AND %ROW_RULE%
 ORDER BY p.starts, p.bay_id
)SQL";

} // namespace

/// Seeds the bay calendar's demo data; runs inside seed-demo's transaction (as adesk_owner or the
/// superuser), after the workshops and mechanics. False with @p error set when a statement fails.
bool seedBaysDemo(QSqlDatabase &db, QString *error); // wired into seed-demo by the lead

bool seedBaysDemo(QSqlDatabase &db, QString *error) {
    const QString bookings = QString::fromUtf8(kBookings);
    // Bookings of the mechanics the database accepts (desk.mechanic_may_work_at), ahead and past.
    const QString eligible =
        QString(bookings)
            .replace(QStringLiteral("%POOL%"),
                     QStringLiteral(
                         "SELECT a.workshop_id, array_agg(a.mechanic_id ORDER BY a.mechanic_id) AS mechs "
                         "FROM assigned a WHERE a.eligible GROUP BY a.workshop_id"))
            .replace(QStringLiteral("%LAST_DAY%"), QStringLiteral("35"))
            // The rules on the booking's own date: a partner's contract, the workshop's licence and
            // insurance (migration 0014).
            .replace(
                QStringLiteral("%ROW_RULE%"),
                QStringLiteral("desk.mechanic_may_work_on(p.mechanic_id, p.workshop_id, p.day) AND "
                               "pg_catalog.cardinality(desk.workshop_problems(p.workshop_id, p.day)) = 0"));
    // Workshops none of whose mechanics is verified yet in the demo (their documents are still in
    // review) get history only: past bookings of their own mechanics from before the compliance
    // rules, imported as history with the rule trigger off (the exclusion constraint stays on). No
    // live booking of theirs is ever created, so the calendar never shows one the rules refuse.
    const QString history =
        QString(bookings)
            .replace(QStringLiteral("%POOL%"),
                     QStringLiteral(
                         "SELECT a.workshop_id, array_agg(a.mechanic_id ORDER BY a.mechanic_id) AS mechs "
                         "FROM assigned a WHERE NOT a.eligible AND NOT EXISTS (SELECT 1 FROM assigned e "
                         "WHERE e.eligible AND e.workshop_id = a.workshop_id) GROUP BY a.workshop_id"))
            .replace(QStringLiteral("%LAST_DAY%"), QStringLiteral("-1"))
            .replace(QStringLiteral("%ROW_RULE%"), QStringLiteral("true"));
    const QStringList statements = {
        QString::fromUtf8(kBays),
        QString::fromUtf8(kHours),
        QString::fromUtf8(kClosures),
        eligible,
        QStringLiteral("ALTER TABLE desk.bay_bookings DISABLE TRIGGER bay_bookings_check"),
        history,
        QStringLiteral("ALTER TABLE desk.bay_bookings ENABLE TRIGGER bay_bookings_check")};
    for (const QString &sql : statements) {
        // Sent unprepared: PostgreSQL cannot PREPARE utility statements such as ALTER TABLE.
        QSqlQuery q(db);
        if (!q.exec(sql)) {
            const DbError e = SqlQuery::errorFrom(q.lastError(), db);
            if (error)
                *error = QStringLiteral("bays demo: %1 (%2)").arg(e.serverMessage, e.sqlState);
            return false;
        }
    }
    return true;
}

} // namespace adesk
