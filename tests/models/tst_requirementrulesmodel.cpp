// The requirements matrix model (issue 15, migration 0020) under QAbstractItemModelTester, filled
// from a real PostgreSQL through RequirementRepository: filters by province (a rule for every
// province shows under each) and path, the rules in effect on a date, which rules may still be
// ended; and the approval effect sentences built from the server's codes.

#include "models/compliance/requirementrepository.h"
#include "models/compliance/requirementrulesmodel.h"
#include "tests/support/testdatabase.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace adesk;

class TstRequirementRulesModel : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { ADESK_START_TEST_DATABASE(m_db); }

    void filtersTheSeededMatrix() {
        QSqlDatabase db = m_db.connection();
        const auto rules = RequirementRepository::rules(db, QDate::currentDate());
        QVERIFY2(rules.ok(), qPrintable(rules.error().serverMessage));
        const auto floor = RequirementRepository::editFloor(db);
        QVERIFY(floor.ok() && floor->isValid());

        RequirementRulesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRules(*rules, *floor);
        QCOMPARE(model.rowCount(), int(rules->size()));
        QCOMPARE(model.columnCount(), int(RequirementRulesModel::ColumnCount));

        // Workshops in Ontario: five (MVIS included); in British Columbia: four.
        model.setFilter(u"ON"_qs, RequirementPath::Workshop);
        QCOMPARE(model.rowCount(), 5);
        QStringList docs;
        for (int r = 0; r < model.rowCount(); ++r)
            docs << model.index(r, RequirementRulesModel::Document).data().toString();
        QVERIFY2(docs.contains(u"MVIS licence"_qs), qPrintable(docs.join(u", ")));
        model.setFilter(u"BC"_qs, RequirementPath::Workshop);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.index(0, RequirementRulesModel::Province).data().toString(), u"Every province"_qs);
        // The independent path: certification and insurance, open-ended, may be ended.
        model.setFilter(QString(), RequirementPath::Independent);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, RequirementRulesModel::Until).data().toString(), u"Open"_qs);
        QVERIFY(model.index(0, 0).data(RequirementRulesModel::EndableRole).toBool());
        QVERIFY(model.ruleAt(0) && model.ruleAt(0)->path == RequirementPath::Independent);
        QVERIFY(!model.ruleAt(5));
        model.setFilter(QString(), std::nullopt);
        QCOMPARE(model.rowCount(), int(rules->size()));
        QCOMPARE(model.headerData(RequirementRulesModel::Path, Qt::Horizontal).toString(), u"Who"_qs);
    }

    void datesChooseTheRules() {
        QSqlDatabase db = m_db.connection();
        QVERIFY(m_db.exec(
            u"INSERT INTO desk.requirement_rules (entity_type, path, verification_type, effective_from, "
            "effective_to) VALUES ('workshop', 'workshop', 'ownership', '2025-01-01', '2025-06-01')"_qs));
        const auto before = RequirementRepository::rules(db, QDate(2025, 3, 1));
        const auto after = RequirementRepository::rules(db, QDate(2025, 6, 1));
        const auto every = RequirementRepository::rules(db, QDate());
        QVERIFY(before.ok() && after.ok() && every.ok());
        QCOMPARE(before->size(), after->size() + 1);
        QCOMPARE(every->size(), before->size());
        RequirementRulesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRules(*every, QDate(2026, 1, 1));
        model.setFilter(QString(), RequirementPath::Workshop);
        bool sawEnded = false;
        for (int r = 0; r < model.rowCount(); ++r) {
            if (model.ruleAt(r)->type == verification::Type::Ownership) {
                sawEnded = true;
                // Ended before the edit floor: cannot be ended again.
                QVERIFY(!model.index(r, 0).data(RequirementRulesModel::EndableRole).toBool());
                QVERIFY(!model.index(r, RequirementRulesModel::Until).data().toString().isEmpty());
            }
        }
        QVERIFY(sawEnded);
        QVERIFY(m_db.exec(u"DELETE FROM desk.requirement_rules WHERE verification_type = 'ownership'"_qs));
    }

    void approvalEffectSentences() {
        const auto e = [](const char *json) { return ApprovalEffect::fromJson(QByteArray(json)); };
        QCOMPARE(approvalEffectSentence(
                     e(R"({"code":"completes","entity_type":"mechanic","tier":"workshop_affiliated"})")),
                 u"Approving completes the requirements: the mechanic becomes workshop-affiliated."_qs);
        QVERIFY(approvalEffectSentence(e(R"({"code":"completes","tier":"independent"})"))
                    .contains(u"partnership"));
        const QString missing = approvalEffectSentence(
            e(R"({"code":"still_missing","count":2,"types":["employment","insurance"]})"));
        QVERIFY2(missing.startsWith(u"Approving leaves 2 item"_qs) &&
                     missing.endsWith(u"missing: employment, insurance."_qs),
                 qPrintable(missing));
        QCOMPARE(approvalEffectSentence(e(R"({"code":"renews"})")),
                 u"Approving renews a document already approved."_qs);
        QVERIFY(!approvalEffectSentence(e(R"({"code":"not_required"})")).isEmpty());
        QVERIFY(!approvalEffectSentence(e(R"({"code":"decided","status":"approved"})")).isEmpty());
        QVERIFY(approvalEffectSentence(e("{}")).isEmpty());
        ChecklistItem soon;
        soon.state = ChecklistState::Expiring;
        soon.daysLeft = 12;
        QVERIFY2(checklistStateText(soon).startsWith(u"Expiring in 12 day"_qs),
                 qPrintable(checklistStateText(soon)));
        soon.state = ChecklistState::Missing;
        QCOMPARE(checklistStateText(soon), u"Missing"_qs);
    }

private:
    TestDatabase m_db;
};

QTEST_GUILESS_MAIN(TstRequirementRulesModel)
#include "tst_requirementrulesmodel.moc"
