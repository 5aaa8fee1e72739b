// The workshop setup dialog's models (issue 14) under QAbstractItemModelTester: bays with their
// equipment and service dates, opening hours grouped into periods (split shifts, a scheduled
// change), closures ahead with the bay's name; the shift parser and the "bookings in the way" DETAIL.

#include "models/bays/workshopsetup.h"
#include "models/bays/workshopsetupmodels.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QTest>

using namespace adesk;

namespace {
const QDate kToday(2030, 1, 7); // a Monday

WorkshopSetup sample() {
    WorkshopSetup s;
    s.workshopId = 5;
    s.workshopName = QStringLiteral("Setup Garage");
    s.zone = QTimeZone("America/Toronto");
    s.today = kToday;
    s.hoursVersion = 3;
    BaySetup a;
    a.id = 11;
    a.version = 2;
    a.name = QStringLiteral("Lift A");
    a.capabilities = {BayCapability::Lift, BayCapability::Diagnostics};
    a.bufferMinutes = 20;
    a.hourlyRateCents = 6000;
    a.sortOrder = 1;
    BaySetup b;
    b.id = 12;
    b.name = QStringLiteral("Paint");
    b.type = BayType::Paint;
    b.outOfServiceFrom = kToday.addDays(14);
    s.bays = {a, b};
    // Monday: 08–12 and 13–17 since always; from the 21st, 07–15 only. Tuesday: 09–18.
    s.hours = {{1, 1, {QTime(8, 0), QTime(12, 0)}, {}, kToday.addDays(14)},
               {2, 1, {QTime(13, 0), QTime(17, 0)}, {}, kToday.addDays(14)},
               {3, 1, {QTime(7, 0), QTime(15, 0)}, kToday.addDays(14), {}},
               {4, 2, {QTime(9, 0), QTime(18, 0)}, {}, {}}};
    ClosureSetup c;
    c.id = 21;
    c.version = 1;
    c.bayId = 11;
    c.kind = ClosureKind::Maintenance;
    c.start = QDateTime(kToday.addDays(2), QTime(8, 0), s.zone).toUTC();
    c.end = QDateTime(kToday.addDays(2), QTime(12, 0), s.zone).toUTC();
    c.reason = QStringLiteral("Hoist inspection");
    ClosureSetup d = c;
    d.id = 22;
    d.bayId = 0;
    d.kind = ClosureKind::Holiday;
    d.reason = QStringLiteral("Family Day");
    s.closures = {c, d};
    return s;
}
} // namespace

class TstWorkshopSetupModels : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::Canada)); }

    void baysUnderTester() {
        BaySetupModel m;
        QAbstractItemModelTester t(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.setSetup(sample());
        QCOMPARE(m.rowCount(), 2);
        QCOMPARE(m.index(0, BaySetupModel::CapabilitiesColumn).data().toString(),
                 QStringLiteral("Lift, Diagnostics"));
        QCOMPARE(m.index(0, BaySetupModel::BufferColumn).data().toString(), QStringLiteral("20 min"));
        QVERIFY(m.index(0, BaySetupModel::RateColumn).data().toString().contains(u"60.00"));
        QCOMPARE(m.index(0, BaySetupModel::ServiceColumn).data().toString(), QStringLiteral("In service"));
        QCOMPARE(m.index(1, BaySetupModel::TypeColumn).data().toString(), QStringLiteral("Paint"));
        QVERIFY(
            m.index(1, BaySetupModel::ServiceColumn).data().toString().startsWith(u"Out of service from"));
        QCOMPARE(m.index(1, 0).data(BaySetupModel::InServiceRole).toBool(), true); // not yet
        QCOMPARE(m.rowOf(12), 1);
        WorkshopSetup s = sample();
        s.bays[1].outOfServiceFrom = kToday;
        s.bays[1].active = false;
        m.setSetup(s);
        QCOMPARE(m.index(1, 0).data(BaySetupModel::InServiceRole).toBool(), false);
        QVERIFY(
            m.index(1, BaySetupModel::ServiceColumn).data().toString().startsWith(u"Out of service since"));
    }

    void hoursUnderTester() {
        OpeningHoursModel m;
        QAbstractItemModelTester t(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.setSetup(sample());
        // Monday: two periods; Tuesday one; Wednesday to Sunday closed: 2 + 1 + 5 rows.
        QCOMPARE(m.rowCount(), 8);
        QCOMPARE(m.index(0, OpeningHoursModel::DayColumn).data().toString(), QStringLiteral("Monday"));
        QCOMPARE(m.index(0, 0).data(OpeningHoursModel::ShiftsTextRole).toString(),
                 QStringLiteral("08:00–12:00, 13:00–17:00"));
        QCOMPARE(m.index(0, OpeningHoursModel::FromColumn).data().toString(), QStringLiteral("Now"));
        QCOMPARE(m.index(0, OpeningHoursModel::UntilColumn).data().toString(),
                 QLocale().toString(kToday.addDays(13), QLocale::ShortFormat));
        QCOMPARE(m.index(1, 0).data(OpeningHoursModel::EffectiveFromRole).toDate(), kToday.addDays(14));
        QCOMPARE(m.index(1, 0).data(OpeningHoursModel::ShiftsTextRole).toString(),
                 QStringLiteral("07:00–15:00"));
        QCOMPARE(m.index(2, OpeningHoursModel::DayColumn).data().toString(), QStringLiteral("Tuesday"));
        QCOMPARE(m.index(3, OpeningHoursModel::ShiftsColumn).data().toString(), QStringLiteral("Closed"));
        // A weekday that closes from a date (its last row ends) shows a closed period after it.
        const QList<OpeningHoursModel::Period> p =
            OpeningHoursModel::periodsOf({{1, 3, {QTime(8, 0), QTime(16, 0)}, {}, kToday.addDays(7)}});
        QCOMPARE(p.size(), 7 + 1);
        QCOMPARE(p.at(2).weekday, 3);
        QCOMPARE(p.at(3).weekday, 3);
        QCOMPARE(p.at(3).from, kToday.addDays(7));
        QVERIFY(p.at(3).shifts.isEmpty());
    }

    void closuresUnderTester() {
        ClosureSetupModel m;
        QAbstractItemModelTester t(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.setSetup(sample());
        QCOMPARE(m.rowCount(), 2);
        QCOMPARE(m.index(0, ClosureSetupModel::KindColumn).data().toString(), QStringLiteral("Maintenance"));
        QCOMPARE(m.index(0, ClosureSetupModel::WhereColumn).data().toString(), QStringLiteral("Lift A"));
        QCOMPARE(m.index(1, ClosureSetupModel::WhereColumn).data().toString(),
                 QStringLiteral("Whole workshop"));
        QVERIFY(m.index(0, ClosureSetupModel::StartColumn).data().toString().contains(u"8:00"));
        QCOMPARE(m.index(1, 0).data(ClosureSetupModel::IdRole).toLongLong(), 22);
        m.setSetup(WorkshopSetup());
        QCOMPARE(m.rowCount(), 0);
    }

    void shiftsParse() {
        const auto split = workshopsetup::parseShifts(QStringLiteral("13:00-17:00, 8:00–12:00"));
        QVERIFY(split);
        QCOMPARE(split->size(), 2);
        QCOMPARE(split->at(0), (Shift{QTime(8, 0), QTime(12, 0)}));
        QCOMPARE(workshopsetup::formatShifts(*split), QStringLiteral("08:00–12:00, 13:00–17:00"));
        QCOMPARE(workshopsetup::shiftsJson(*split),
                 QByteArray(R"([{"closes":"12:00","opens":"08:00"},{"closes":"17:00","opens":"13:00"}])"));
        QVERIFY(workshopsetup::parseShifts(QStringLiteral("closed"))->isEmpty());
        QVERIFY(workshopsetup::parseShifts(QString())->isEmpty());
        QVERIFY(workshopsetup::parseShifts(QStringLiteral("8h00 à 12h00"))); // as a francophone types it
        QCOMPARE(workshopsetup::parseShifts(QStringLiteral("07 h 30–18 h 00"))->value(0).opens, QTime(7, 30));
        QVERIFY(!workshopsetup::parseShifts(QStringLiteral("08:00-12:00, 11:00-15:00"))); // overlap
        QVERIFY(!workshopsetup::parseShifts(QStringLiteral("12:00-08:00")));
        QVERIFY(!workshopsetup::parseShifts(QStringLiteral("morning")));
    }

    void capabilitiesAndDetail() {
        QCOMPARE(workshopsetup::capabilitiesLiteral({BayCapability::Lift, BayCapability::EvCharging}),
                 QStringLiteral("{lift,ev_charging}"));
        QCOMPARE(workshopsetup::capabilitiesFromLiteral(QStringLiteral("{paint_booth,lift,unknown}")),
                 (QList<BayCapability>{BayCapability::Lift, BayCapability::PaintBooth}));
        DbError e = DbError::fromSqlState(QStringLiteral("23514"), QStringLiteral("3 bookings in the way"),
                                          QStringLiteral("bookings=12,13,14"));
        QCOMPARE(workshopsetup::bookingsInTheWay(e), (QList<qint64>{12, 13, 14}));
        e.detail = QStringLiteral("clashing_booking=3");
        QVERIFY(workshopsetup::bookingsInTheWay(e).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TstWorkshopSetupModels)
#include "tst_workshopsetupmodels.moc"
