// Wall-clock times of a workshop's zone → instants (models/common/localtime.h): both transitions of
// America/Toronto (spring forward: a nonexistent hour; fall back: an ambiguous hour) and
// America/Regina, which keeps CST all year.

#include "models/common/localtime.h"

#include <QTest>

using namespace adesk;

class TstLocalTime : public QObject {
    Q_OBJECT

private slots:
    void torontoSpringForwardGapIsRefused();
    void torontoSpringForwardEdges();
    void torontoFallBackIsAmbiguous();
    void torontoFallBackEdges();
    void torontoDayLengths();
    void reginaHasNoTransitions_data();
    void reginaHasNoTransitions();
    void localDateAndMinutes();

private:
    static QDateTime utc(const char *iso) {
        return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toUTC();
    }
    const QTimeZone m_toronto{"America/Toronto"};
    const QTimeZone m_regina{"America/Regina"};
};

void TstLocalTime::torontoSpringForwardGapIsRefused() {
    QVERIFY(m_toronto.isValid());
    // 2025-03-09: 02:00 EST becomes 03:00 EDT; 02:00–02:59 never shows on the clock.
    for (QTime t : {QTime(2, 0), QTime(2, 30), QTime(2, 59)}) {
        const auto r = LocalTime::resolve(QDate(2025, 3, 9), t, m_toronto);
        QCOMPARE(r.kind, LocalTime::Kind::Nonexistent);
        QVERIFY(r.candidates.isEmpty());
        const QString why = LocalTime::explanation(r, QDate(2025, 3, 9), t, m_toronto);
        QVERIFY2(why.contains(u"does not exist") && why.contains(u"America/Toronto"), qPrintable(why));
    }
}

void TstLocalTime::torontoSpringForwardEdges() {
    auto r = LocalTime::resolve(QDate(2025, 3, 9), QTime(1, 59), m_toronto);
    QCOMPARE(r.kind, LocalTime::Kind::Unique);
    QCOMPARE(r.first(), utc("2025-03-09T06:59:00Z")); // EST, UTC−5
    r = LocalTime::resolve(QDate(2025, 3, 9), QTime(3, 0), m_toronto);
    QCOMPARE(r.kind, LocalTime::Kind::Unique);
    QCOMPARE(r.first(), utc("2025-03-09T07:00:00Z")); // EDT, UTC−4: one minute after 01:59 EST
}

void TstLocalTime::torontoFallBackIsAmbiguous() {
    // 2025-11-02: 02:00 EDT becomes 01:00 EST; 01:00–01:59 happens twice.
    const auto r = LocalTime::resolve(QDate(2025, 11, 2), QTime(1, 30), m_toronto);
    QCOMPARE(r.kind, LocalTime::Kind::Ambiguous);
    QCOMPARE(r.candidates.size(), 2);
    QCOMPARE(r.candidates.at(0), utc("2025-11-02T05:30:00Z")); // EDT first
    QCOMPARE(r.candidates.at(1), utc("2025-11-02T06:30:00Z")); // then EST
    const QString why = LocalTime::explanation(r, QDate(2025, 11, 2), QTime(1, 30), m_toronto);
    QVERIFY2(why.contains(u"twice") && why.contains(u"EDT") && why.contains(u"EST"), qPrintable(why));
    QVERIFY(LocalTime::candidateLabel(r.candidates.at(0), m_toronto).contains(u"04:00"));
    QVERIFY(LocalTime::candidateLabel(r.candidates.at(1), m_toronto).contains(u"05:00"));
}

void TstLocalTime::torontoFallBackEdges() {
    auto r = LocalTime::resolve(QDate(2025, 11, 2), QTime(0, 59), m_toronto);
    QCOMPARE(r.kind, LocalTime::Kind::Unique);
    QCOMPARE(r.first(), utc("2025-11-02T04:59:00Z"));
    r = LocalTime::resolve(QDate(2025, 11, 2), QTime(2, 0), m_toronto);
    QCOMPARE(r.kind, LocalTime::Kind::Unique);
    QCOMPARE(r.first(), utc("2025-11-02T07:00:00Z"));
    r = LocalTime::resolve(QDate(2025, 11, 2), QTime(1, 0), m_toronto);
    QCOMPARE(r.kind, LocalTime::Kind::Ambiguous);
}

void TstLocalTime::torontoDayLengths() {
    auto hours = [this](QDate d) {
        return LocalTime::startOfDay(d, m_toronto).secsTo(LocalTime::startOfDay(d.addDays(1), m_toronto)) /
               3600;
    };
    QCOMPARE(hours(QDate(2025, 3, 9)), 23);
    QCOMPARE(hours(QDate(2025, 11, 2)), 25);
    QCOMPARE(hours(QDate(2025, 7, 15)), 24);
    QCOMPARE(LocalTime::startOfDay(QDate(2025, 11, 2), m_toronto), utc("2025-11-02T04:00:00Z"));
    QCOMPARE(LocalTime::weekStart(QDate(2025, 11, 2)), QDate(2025, 10, 27)); // Sunday → Monday before
}

void TstLocalTime::reginaHasNoTransitions_data() {
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QTime>("time");
    QTest::newRow("toronto-spring-gap") << QDate(2025, 3, 9) << QTime(2, 30);
    QTest::newRow("toronto-fall-overlap") << QDate(2025, 11, 2) << QTime(1, 30);
    QTest::newRow("summer") << QDate(2025, 7, 1) << QTime(12, 0);
    QTest::newRow("winter") << QDate(2025, 1, 15) << QTime(0, 0);
}

void TstLocalTime::reginaHasNoTransitions() {
    QFETCH(QDate, date);
    QFETCH(QTime, time);
    QVERIFY(m_regina.isValid());
    const auto r = LocalTime::resolve(date, time, m_regina);
    QCOMPARE(r.kind, LocalTime::Kind::Unique);
    QCOMPARE(r.first(), QDateTime(date, time, Qt::UTC).addSecs(6 * 3600)); // CST, UTC−6, all year
    QCOMPARE(LocalTime::startOfDay(date, m_regina).secsTo(LocalTime::startOfDay(date.addDays(1), m_regina)),
             86400);
}

void TstLocalTime::localDateAndMinutes() {
    // 03:30 UTC on 10 March is still 9 March, 23:30 in Toronto (EDT).
    const QDateTime t = utc("2025-03-10T03:30:00Z");
    QCOMPARE(LocalTime::localDate(t, m_toronto), QDate(2025, 3, 9));
    QCOMPARE(LocalTime::localMinutes(t, m_toronto), 23 * 60 + 30);
    QCOMPARE(LocalTime::localDate(t, m_regina), QDate(2025, 3, 9));
    QCOMPARE(LocalTime::localMinutes(t, m_regina), 21 * 60 + 30);
}

QTEST_GUILESS_MAIN(TstLocalTime)
#include "tst_localtime.moc"
