// The dashboard's Matching tab (issue 16): each month's top-match rate and average score count
// only where the month has them. A month whose acceptances have no recorded offer answers NULL
// (-1 in KpiMonth); it used to be weighted in and showed "-1.0" as the average score.
#include "views/matching/matchingkpiview.h"

#include <QApplication>
#include <QLabel>
#include <QLocale>
#include <QtTest>

using namespace adesk;

namespace {
matching::KpiMonth month(int m, int requests, int accepted, double top, double score, double fallback) {
    matching::KpiMonth k;
    k.month = QDate(2026, m, 1);
    k.requests = requests;
    k.accepted = accepted;
    k.acceptancePct = requests ? 100.0 * accepted / requests : -1;
    k.topMatchPct = top;
    k.averageScore = score;
    k.fallbackPct = fallback;
    k.medianAcceptSeconds = accepted ? 60 : -1;
    k.p90AcceptSeconds = accepted ? 120 : -1;
    return k;
}

QStringList labelTexts(const QWidget &w) {
    QStringList out;
    for (const QLabel *l : w.findChildren<QLabel *>())
        out << l->text();
    return out;
}
} // namespace

class TestMatchingKpiView : public QObject {
    Q_OBJECT
private slots:
    void monthsWithoutAFigureWeighNothing() {
        MatchingKpiView view;
        // July: 10 accepted, none with an offer (no top-match rate, no score); August: 4 accepted,
        // 75 % by the top match, average score 130.
        view.setMonths({month(7, 12, 10, -1, -1, 0), month(8, 5, 4, 75.0, 130.0, 20.0)});
        const QLocale locale;
        const QStringList texts = labelTexts(view);
        QVERIFY2(texts.contains(locale.toString(75.0, 'f', 1) + QStringLiteral(" %")),
                 qPrintable(texts.join('|')));
        QVERIFY2(texts.contains(locale.toString(130.0, 'f', 1)), qPrintable(texts.join('|')));
        for (const QString &t : texts)
            QVERIFY2(!t.startsWith(u'-') && !t.startsWith(QChar(0x2212)), qPrintable(t));
        // Fallbacks: 1 of 17 requests (August's 20 % of 5).
        QVERIFY2(texts.contains(locale.toString(100.0 * 1 / 17, 'f', 1) + QStringLiteral(" %")),
                 qPrintable(texts.join('|')));
    }

    void noMonthWithTheFigureShowsADash() {
        MatchingKpiView view;
        view.setMonths({month(7, 12, 10, -1, -1, 0)});
        const QStringList texts = labelTexts(view);
        QCOMPARE(texts.count(QStringLiteral("–")), 2); // top match and average score
        for (const QString &t : texts)
            QVERIFY2(!t.startsWith(u'-'), qPrintable(t));
    }
};

QTEST_MAIN(TestMatchingKpiView)
#include "tst_matchingkpiview.moc"
