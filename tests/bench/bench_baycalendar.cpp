// Benchmark of the bay calendar (issue 3): a workshop with 40 bays and 5,000 bookings in the
// visible week (seeded with COPY through libpq). Prints `name: value unit` lines:
//   baycal_week_load_bare_sql_ms   the calendar's bookings query through libpq (owner login, RLS on)
//   baycal_week_load_model_ms      BookingModel::load of that week: calendar + bookings on a worker,
//                                  converted and reset on the GUI thread (what the pane waits for)
//   baycal_week_load_ratio         model / bare
//   baycal_frame_paint_ms          one frame of the week grid (1600 × 1000, 40 lanes × 7 days)
//   baycal_move_ms                 move one booking, round trip through desk.move_booking (locks,
//                                  version check, hours, closures, eligibility, exclusion constraint)
//   baycal_move_bare_sql_ms        the same UPDATE-through-function via libpq, for comparison
//   baycal_live_update_ms          a booking inserted elsewhere until the model holds it (NOTIFY
//                                  desk_bookings, listener, fetch on a worker); anchor:
//   baycal_live_update_insert_bare_sql_ms  the INSERT alone through libpq
// Targets: load < 100 ms and ≤ 3× bare; frame < 16 ms. Run under pg_virtualenv -t.

#include "models/bays/bookingmodel.h"
#include "models/bays/bookingrepository.h"
#include "models/core/dbexecutor.h"
#include "models/core/notificationlistener.h"
#include "tests/support/testdatabase.h"
#include "views/bays/timegridwidget.h"
#include "views/common/deskstyle.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QPainter>
#include <QSignalSpy>
#include <QTest>

#include <libpq-fe.h>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace adesk;

namespace {

void line(const char *name, double value, const char *unit) {
    std::printf("%s: %.2f %s\n", name, value, unit);
    std::fflush(stdout);
}

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v.empty() ? -1 : v[v.size() / 2];
}

PGconn *connect(const ConnectionSettings &s) {
    QString ci = s.conninfo;
    if (!s.password.isEmpty())
        ci += QStringLiteral(" password='%1'").arg(s.password);
    PGconn *c = PQconnectdb(ci.toUtf8().constData());
    if (PQstatus(c) != CONNECTION_OK) {
        std::fprintf(stderr, "libpq: %s\n", PQerrorMessage(c));
        return nullptr;
    }
    return c;
}

bool execOk(PGconn *c, const char *sql) {
    PGresult *r = PQexec(c, sql);
    const bool ok = PQresultStatus(r) == PGRES_COMMAND_OK || PQresultStatus(r) == PGRES_TUPLES_OK;
    if (!ok)
        std::fprintf(stderr, "%s\n%s\n", PQresultErrorMessage(r), sql);
    PQclear(r);
    return ok;
}

/// The repository's query with positional $n parameters for libpq.
QByteArray withDollars(QString sql) {
    int n = 0;
    QString out;
    for (QChar ch : sql)
        out += ch == u'?' ? QStringLiteral("$%1").arg(++n) : QString(ch);
    return out.toUtf8();
}

} // namespace

int main(int argc, char *argv[]) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    // The app's style (DeskStyle over the platform's), unless ADESK_BENCH_PLAIN_STYLE is set: Qt's
    // own, the anchor of DeskStyle's figures.
    if (qEnvironmentVariableIsEmpty("ADESK_BENCH_PLAIN_STYLE"))
        adesk::DeskStyle::install();
    TestDatabase db;
    if (db.start() != TestDatabase::Status::Ready) {
        std::fprintf(stderr, "no test database (run under pg_virtualenv): %s\n",
                     qPrintable(db.errorString()));
        return 1;
    }
    const qint64 shop = db.insertWorkshop(QStringLiteral("Bench Garage"), QStringLiteral("ON"));
    // One mechanic per bay: a mechanic is in one booking at a time (migration 0014).
    QList<qint64> mechs;
    for (int m = 0; m < 40; ++m)
        mechs << db.insertPhysicalMechanic(QStringLiteral("Benny Bench %1").arg(m + 1), shop,
                                           QStringLiteral("workshop_affiliated"));
    db.exec(QStringLiteral("INSERT INTO desk.bays (workshop_id, name, hourly_rate_cents, sort_order) "
                           "SELECT ?, 'Bay ' || g, 5000, g FROM generate_series(1, 40) g"),
            {shop});
    db.exec(QStringLiteral(
                "INSERT INTO desk.workshop_hours SELECT ?, d, '04:00', '23:00' FROM generate_series(1, 7) d"),
            {shop});
    const QVariantList bayIds =
        db.run(QStringLiteral("SELECT id FROM desk.bays WHERE workshop_id = ? ORDER BY sort_order"), {shop})
            .column();
    const QString owner = db.roleName(QStringLiteral("bench_owner"));
    db.createLogin(owner, QStringLiteral("adesk_workshop_owner"), QStringLiteral("Bench Owner"), {shop});

    // 5,000 bookings in the week of Monday 2030-01-07 (America/Toronto): 45 min + 15 min buffer in
    // hourly slots from 04:00; r → bay r % 40, day (r / 40) % 7, slot r / 280 (slots 0–17 used).
    const QDate monday(2030, 1, 7);
    const QTimeZone zone("America/Toronto");
    constexpr int kBookings = 5000;
    PGconn *su = connect(db.superuser());
    if (!su)
        return 1;
    QElapsedTimer seed;
    seed.start();
    PGresult *copy =
        PQexec(su, "COPY desk.bay_bookings (workshop_id, bay_id, mechanic_id, span, buffer_minutes, "
                   "status, notes) FROM STDIN");
    if (PQresultStatus(copy) != PGRES_COPY_IN) {
        std::fprintf(stderr, "COPY failed to start: %s\n", PQresultErrorMessage(copy));
        return 1;
    }
    PQclear(copy);
    QByteArray buf;
    const char *statuses[] = {"confirmed", "confirmed", "requested", "checked_in", "completed"};
    for (int r = 0; r < kBookings; ++r) {
        const QDateTime start =
            QDateTime(monday.addDays((r / 40) % 7), QTime(4, 0), zone).addSecs(qint64(r / 280) * 3600);
        const QDateTime end = start.addSecs(45 * 60);
        buf += QStringLiteral("%1\t%2\t%3\t[\"%4\",\"%5\")\t15\t%6\tJob %7\n")
                   .arg(shop)
                   .arg(bayIds.at(r % 40).toLongLong())
                   .arg(mechs.at(r % 40))
                   .arg(start.toUTC().toString(Qt::ISODate), end.toUTC().toString(Qt::ISODate),
                        QLatin1String(statuses[r % 5]))
                   .arg(r)
                   .toUtf8();
    }
    if (PQputCopyData(su, buf.constData(), int(buf.size())) != 1 || PQputCopyEnd(su, nullptr) != 1)
        return 1;
    PGresult *cr = PQgetResult(su);
    if (PQresultStatus(cr) != PGRES_COMMAND_OK) {
        std::fprintf(stderr, "COPY failed: %s\n", PQresultErrorMessage(cr));
        return 1;
    }
    PQclear(cr);
    execOk(su, "VACUUM (ANALYZE) desk.bay_bookings");
    std::printf("# seeded %d bookings on 40 bays with COPY in %.0f ms\n", kBookings,
                seed.nsecsElapsed() / 1e6);

    const QDateTime from = QDateTime(monday, QTime(0, 0), zone).toUTC();
    const QDateTime to = QDateTime(monday.addDays(7), QTime(0, 0), zone).toUTC();
    const ConnectionSettings login = db.login(owner);

    // Bare SQL through libpq as the owner.
    PGconn *bare = connect(login);
    if (!bare)
        return 1;
    const QByteArray sql = withDollars(BookingRepository::bookingsSql());
    const QByteArray p1 = QByteArray::number(shop);
    const QByteArray p2 = QByteArray::number(double(from.toSecsSinceEpoch()), 'f', 0);
    const QByteArray p3 = QByteArray::number(double(to.toSecsSinceEpoch()), 'f', 0);
    const char *params[] = {p1.constData(), p2.constData(), p3.constData()};
    std::vector<double> bareMs;
    int bareRows = 0;
    for (int i = 0; i < 21; ++i) {
        QElapsedTimer t;
        t.start();
        PGresult *r = PQexecParams(bare, sql.constData(), 3, nullptr, params, nullptr, nullptr, 0);
        // Touch every value, as a client would.
        qint64 sum = 0;
        for (int row = 0; row < PQntuples(r); ++row)
            for (int col = 0; col < PQnfields(r); ++col)
                sum += PQgetlength(r, row, col);
        bareRows = PQntuples(r);
        PQclear(r);
        bareMs.push_back(t.nsecsElapsed() / 1e6);
        Q_UNUSED(sum)
    }
    std::printf("# bare query returned %d rows\n", bareRows);

    // The model, through the executor, as the pane loads it.
    DbExecutor exec(login, 2);
    BookingModel model(&exec);
    std::vector<double> loadMs;
    for (int i = 0; i < 21; ++i) {
        QSignalSpy loaded(&model, &BookingModel::loaded);
        QElapsedTimer t;
        t.start();
        model.load(shop, from, to);
        if (!loaded.wait(20000)) {
            std::fprintf(stderr, "model load timed out\n");
            return 1;
        }
        loadMs.push_back(t.nsecsElapsed() / 1e6);
    }
    std::printf("# model holds %d bookings, %d bays\n", model.rowCount(), int(model.calendar().bays.size()));
    const double bareMedian = median(bareMs);
    const double loadMedian = median(loadMs);
    line("baycal_week_load_bare_sql_ms", bareMedian, "ms");
    line("baycal_week_load_model_ms", loadMedian, "ms");
    line("baycal_week_load_ratio", loadMedian / bareMedian, "x");

    // One frame of the week grid.
    TimeGridWidget grid;
    grid.resize(1600, 1000);
    grid.setModel(&model);
    grid.setRange(monday, 7);
    grid.setNow(QDateTime(monday.addDays(2), QTime(12, 0), zone).toUTC());
    QImage image(grid.size(), QImage::Format_ARGB32_Premultiplied);
    std::vector<double> frameMs;
    for (int i = 0; i < 41; ++i) {
        QElapsedTimer t;
        t.start();
        grid.render(&image);
        frameMs.push_back(t.nsecsElapsed() / 1e6);
    }
    line("baycal_frame_paint_ms", median(frameMs), "ms");
    if (!qEnvironmentVariableIsEmpty("ADESK_GRAB_DIR"))
        image.save(qEnvironmentVariable("ADESK_GRAB_DIR") + QStringLiteral("/bench-week.png"));

    // Move a booking (slot 0 of bay 1, Monday) to the free 18th slot and back, through the executor.
    const Booking first = model.bookings().first();
    const QDateTime freeStart =
        QDateTime(monday.addDays(LocalTime::localDate(first.start, zone).dayOfWeek() - 1), QTime(4, 0), zone)
            .addSecs(18 * 3600);
    std::vector<double> moveMs;
    int version = first.version;
    for (int i = 0; i < 40; ++i) {
        const bool away = i % 2 == 0;
        const QDateTime s = away ? freeStart : first.start;
        const RequestKey key = RequestKey::create();
        QElapsedTimer t;
        t.start();
        const Result<int> r = exec.run<int>([&](QSqlDatabase &d) {
                                      return BookingRepository::move(d, key, first.id, version, first.bayId,
                                                                     s, s.addSecs(45 * 60));
                                  })
                                  .result();
        moveMs.push_back(t.nsecsElapsed() / 1e6);
        if (!r) {
            std::fprintf(stderr, "move failed: %s\n", qPrintable(r.error().serverMessage));
            return 1;
        }
        version = r.value();
    }
    line("baycal_move_ms", median(moveMs), "ms");
    // The same through bare libpq.
    std::vector<double> bareMove;
    for (int i = 0; i < 40; ++i) {
        const bool away = i % 2 == 0;
        const QDateTime s = away ? freeStart : first.start;
        const QByteArray q =
            QStringLiteral("SELECT desk.move_booking(%1, %2, %3, to_timestamp(%4), to_timestamp(%5))")
                .arg(first.id)
                .arg(version)
                .arg(first.bayId)
                .arg(s.toSecsSinceEpoch())
                .arg(s.addSecs(45 * 60).toSecsSinceEpoch())
                .toUtf8();
        QElapsedTimer t;
        t.start();
        PGresult *r = PQexec(bare, q.constData());
        bareMove.push_back(t.nsecsElapsed() / 1e6);
        if (PQresultStatus(r) != PGRES_TUPLES_OK) {
            std::fprintf(stderr, "bare move failed: %s\n", PQresultErrorMessage(r));
            return 1;
        }
        version = QByteArray(PQgetvalue(r, 0, 0)).toInt();
        PQclear(r);
    }
    line("baycal_move_bare_sql_ms", median(bareMove), "ms");

    // A booking made elsewhere (the web platform) reaching the calendar: INSERT through libpq as
    // superuser → NOTIFY desk_bookings → listener → BookingModel fetches it, on the visible week.
    NotificationListener listener(login, {QStringLiteral("desk_bookings")});
    QObject::connect(&listener, &NotificationListener::notified, &model,
                     [&model](const QString &, const QString &payload) { model.applyNotification(payload); });
    listener.start();
    for (int i = 0; i < 200 && !listener.isConnected(); ++i)
        QTest::qWait(50);
    const QDateTime liveStart = QDateTime(monday.addDays(1), QTime(4, 0), zone).addSecs(18 * 3600);
    const QByteArray insert =
        QStringLiteral("INSERT INTO desk.bay_bookings (workshop_id, bay_id, mechanic_id, span) VALUES "
                       "(%1, %2, %3, tstzrange(to_timestamp(%4), to_timestamp(%5))) RETURNING id")
            .arg(shop)
            .arg(bayIds.at(5).toLongLong())
            .arg(mechs.at(5))
            .arg(liveStart.toSecsSinceEpoch())
            .arg(liveStart.addSecs(45 * 60).toSecsSinceEpoch())
            .toUtf8();
    std::vector<double> liveMs;
    std::vector<double> insertMs;
    for (int i = 0; i < 11; ++i) {
        QElapsedTimer t;
        t.start();
        PGresult *r = PQexec(su, insert.constData());
        insertMs.push_back(t.nsecsElapsed() / 1e6);
        if (PQresultStatus(r) != PGRES_TUPLES_OK) {
            std::fprintf(stderr, "live insert failed: %s\n", PQresultErrorMessage(r));
            return 1;
        }
        const qint64 id = QByteArray(PQgetvalue(r, 0, 0)).toLongLong();
        PQclear(r);
        while (!model.booking(id) && t.elapsed() < 20000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        if (!model.booking(id)) {
            std::fprintf(stderr, "the calendar never showed booking %lld\n", static_cast<long long>(id));
            return 1;
        }
        liveMs.push_back(t.nsecsElapsed() / 1e6);
        execOk(su,
               QByteArray("DELETE FROM desk.bay_bookings WHERE id = " + QByteArray::number(id)).constData());
        while (model.booking(id) && t.elapsed() < 40000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    listener.stop();
    line("baycal_live_update_ms", median(liveMs), "ms");
    line("baycal_live_update_insert_bare_sql_ms", median(insertMs), "ms");
    std::printf("# targets: load < 100 ms and <= 3x bare (%s), frame < 16 ms (%s)\n",
                loadMedian < 100 && loadMedian <= 3 * bareMedian ? "met" : "MISSED",
                median(frameMs) < 16 ? "met" : "MISSED");
    PQfinish(bare);
    PQfinish(su);
    return 0;
}
