// The T4A return's due date: the last day of February after the tax year, moved to the next
// business day when it falls on a Saturday, a Sunday or a federal public holiday (CRA RC4157;
// Interpretation Act s. 26). T4ARules::filingDueDate and the federal holidays behind it.

#include "models/tax/t4arules.h"

#include <QTest>

using namespace adesk;

class TstT4ADueDate : public QObject {
    Q_OBJECT
private slots:
    void filingDueDate_data() {
        QTest::addColumn<int>("taxYear");
        QTest::addColumn<QDate>("due");
        QTest::newRow("2024: Friday Feb 28") << 2024 << QDate(2025, 2, 28);
        QTest::newRow("2025: Saturday Feb 28 -> Monday Mar 2") << 2025 << QDate(2026, 3, 2);
        QTest::newRow("2026: Sunday Feb 28 -> Monday Mar 1") << 2026 << QDate(2027, 3, 1);
        QTest::newRow("2027: leap year, Tuesday Feb 29") << 2027 << QDate(2028, 2, 29);
        QTest::newRow("2028: Wednesday Feb 28") << 2028 << QDate(2029, 2, 28);
        QTest::newRow("2031: leap year, Sunday Feb 29 -> Monday Mar 1") << 2031 << QDate(2032, 3, 1);
        QTest::newRow("2032: Monday Feb 28") << 2032 << QDate(2033, 2, 28);
        QTest::newRow("2036: Saturday Feb 28 -> Monday Mar 2") << 2036 << QDate(2037, 3, 2);
    }
    void filingDueDate() {
        QFETCH(int, taxYear);
        QFETCH(QDate, due);
        QCOMPARE(T4ARules::filingDueDate(taxYear), due);
        QVERIFY(T4ARules::filingDueDate(taxYear) >= T4ARules::filingDeadline(taxYear));
        QVERIFY(T4ARules::filingDueDate(taxYear).dayOfWeek() <= Qt::Friday);
    }

    void deadlineIsLastDayOfFebruary() {
        QCOMPARE(T4ARules::filingDeadline(2025), QDate(2026, 2, 28));
        QCOMPARE(T4ARules::filingDeadline(2027), QDate(2028, 2, 29));
        QCOMPARE(T4ARules::filingDeadline(2099), QDate(2100, 2, 28)); // 2100 is not a leap year
    }

    void federalHolidays() {
        QVERIFY(T4ARules::isFederalHoliday(QDate(2026, 1, 1)));
        QVERIFY(T4ARules::isFederalHoliday(QDate(2026, 4, 3)));  // Good Friday
        QVERIFY(T4ARules::isFederalHoliday(QDate(2026, 4, 6)));  // Easter Monday
        QVERIFY(T4ARules::isFederalHoliday(QDate(2026, 5, 18))); // Victoria Day
        QVERIFY(!T4ARules::isFederalHoliday(QDate(2026, 5, 25)));
        QVERIFY(T4ARules::isFederalHoliday(QDate(2026, 9, 7)));   // Labour Day
        QVERIFY(T4ARules::isFederalHoliday(QDate(2026, 9, 30)));  // Truth and Reconciliation
        QVERIFY(!T4ARules::isFederalHoliday(QDate(2020, 9, 30))); // before the day existed
        QVERIFY(T4ARules::isFederalHoliday(QDate(2026, 10, 12))); // Thanksgiving
        QVERIFY(T4ARules::isFederalHoliday(QDate(2029, 7, 2)));   // Canada Day on a Sunday
        QVERIFY(T4ARules::isFederalHoliday(QDate(2029, 11, 12))); // Remembrance Day on a Sunday
        QVERIFY(!T4ARules::isFederalHoliday(QDate(2026, 2, 16))); // Family Day is provincial
        QVERIFY(!T4ARules::isFederalHoliday(QDate(2026, 6, 24))); // so is the Fête nationale
        QVERIFY(!T4ARules::isFederalHoliday(QDate(2026, 3, 2)));
    }

    void nextBusinessDay() {
        QCOMPARE(T4ARules::nextBusinessDay(QDate(2026, 3, 2)), QDate(2026, 3, 2));  // a Monday
        QCOMPARE(T4ARules::nextBusinessDay(QDate(2026, 4, 3)), QDate(2026, 4, 7));  // Easter
        QCOMPARE(T4ARules::nextBusinessDay(QDate(2029, 6, 30)), QDate(2029, 7, 3)); // Sat, Sun, Mon
        QCOMPARE(T4ARules::nextBusinessDay(QDate(2026, 12, 25)), QDate(2026, 12, 28));
    }
};

QTEST_GUILESS_MAIN(TstT4ADueDate)
#include "tst_t4aduedate.moc"
