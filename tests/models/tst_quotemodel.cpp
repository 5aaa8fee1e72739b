// The leads' and quotes' item models (issue 16) under QAbstractItemModelTester: rows, columns,
// roles, resets; the month-to-date text and why a quote waits.
#include "models/quotes/leadmodel.h"
#include "models/quotes/quotemodel.h"

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>
#include <QTest>
#include <QTimeZone>

using namespace adesk;

class TstQuoteModel : public QObject {
    Q_OBJECT

private slots:
    void leads() {
        LeadModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(LeadModel::SortRole);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        LeadRow a;
        a.id = 7;
        a.workshopName = u"Danforth Auto Care"_qs;
        a.mechanicName = u"Nadia Haddad"_qs;
        a.vehicle = u"2017 Honda Civic"_qs;
        a.concern = u"Grinding when braking"_qs;
        a.createdAt = QDateTime(QDate(2026, 11, 28), QTime(15, 0), QTimeZone::utc());
        LeadRow b = a;
        b.id = 8;
        b.vehicle = u"2014 Ford F-150"_qs;
        b.status = LeadStatus::Lost;
        b.lostReason = u"Went to the dealer"_qs;
        b.createdAt = a.createdAt.addDays(1);
        model.setRows({a, b});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(LeadModel::ColumnCount));
        QCOMPARE(model.index(0, LeadModel::Vehicle).data().toString(), u"2017 Honda Civic"_qs);
        QCOMPARE(model.index(0, LeadModel::StatusColumn).data().toString(), u"New"_qs);
        QCOMPARE(model.index(1, LeadModel::StatusColumn).data().toString(), u"Lost: Went to the dealer"_qs);
        QCOMPARE(model.index(1, 0).data(LeadModel::StatusRole).toString(), u"lost"_qs);
        QCOMPARE(model.index(0, 0).data(LeadModel::OpenRole).toBool(), true);
        QCOMPARE(model.index(1, 0).data(LeadModel::OpenRole).toBool(), false);
        QCOMPARE(model.index(1, 0).data(LeadModel::IdRole).toLongLong(), 8);
        proxy.sort(LeadModel::Received, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, 0).data(LeadModel::IdRole).toLongLong(), 8);
        proxy.sort(LeadModel::Vehicle, Qt::AscendingOrder);
        QCOMPARE(proxy.index(0, LeadModel::Vehicle).data().toString(), u"2014 Ford F-150"_qs);
        model.setRows({});
        QCOMPARE(proxy.rowCount(), 0);
    }

    void quotes() {
        QuoteModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QuoteRow q;
        q.id = 2;
        q.workshopName = u"Danforth Auto Care"_qs;
        q.mechanicName = u"Nadia Haddad"_qs;
        q.quoteDate = QDate(2026, 12, 3);
        q.totalCents = 238470;
        q.monthBeforeCents = 42650;
        q.monthNowCents = 281120;
        q.limitCents = 250000;
        q.overLimit = true;
        q.lines = {{1, false, u"SB-5521 Serpentine belt"_qs, QString(), 6, 0, 5995, 35970},
                   {2, true, u"Labour: engine"_qs, u"engine"_qs, 0, 900, 13500, 202500}};
        QuoteRow r = q;
        r.id = 3;
        r.overLimit = false;
        r.approvalRequired = true;
        model.setRows({q, r});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(QuoteModel::ColumnCount));
        QCOMPARE(model.index(0, QuoteModel::Total).data().toString(), u"$2,384.70"_qs);
        QCOMPARE(model.index(0, QuoteModel::Month).data().toString(), u"$2,811.20 of $2,500.00"_qs);
        QCOMPARE(model.index(0, QuoteModel::Why).data().toString(), u"Over the monthly limit"_qs);
        QCOMPARE(model.index(1, QuoteModel::Why).data().toString(), u"Approval required"_qs);
        QCOMPARE(model.index(0, 0).data(QuoteModel::OverLimitRole).toBool(), true);
        QCOMPARE(model.rowAt(0)->lines.size(), 2);
        QVERIFY(!model.rowAt(2));
    }
};

QTEST_GUILESS_MAIN(TstQuoteModel)
#include "tst_quotemodel.moc"
