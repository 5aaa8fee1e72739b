// plpgsql_check (Debian postgresql-15-plpgsql-check) over every PL/pgSQL function of schema desk in a
// freshly migrated database (issue 18): trigger functions are checked once per relation that fires
// them (plpgsql_check resolves NEW and OLD against that relation), every other function on its own.
// Any finding of level "error" fails the test. Warnings (other, extra, performance and security
// warnings) are printed for the reader and do not fail it: they are advice (an unused parameter
// kept for a stable signature, a cast the planner folds), not faults.

#include "tests/support/testdatabase.h"

#include <QTest>

using namespace adesk;

class TstPlpgsqlCheck : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void everyFunctionIsChecked();
    void noErrors();

private:
    struct Target {
        QString function; ///< regprocedure text
        QString relation; ///< regclass text of a relation whose trigger fires it; empty otherwise
        bool trigger = false;
        QString oldTable; ///< the trigger's transition tables (REFERENCING OLD/NEW TABLE AS …)
        QString newTable;
    };
    struct Finding {
        QString where;
        QString level;
        QString text;
    };

    TestDatabase m_db;
    QList<Target> m_targets;
    QStringList m_unattachedTriggers;
    QList<Finding> m_findings;
};

void TstPlpgsqlCheck::initTestCase() {
    ADESK_START_TEST_DATABASE(m_db);
    // In a schema of its own: the fixture's connection may have desk first in its search_path.
    ADESK_VERIFY_SQL(m_db.run(QStringLiteral("CREATE SCHEMA adesk_check")));
    const auto ext = m_db.run(QStringLiteral("CREATE EXTENSION plpgsql_check SCHEMA adesk_check"));
    if (!ext.ok) {
        const QString why = QStringLiteral("plpgsql_check is not installed (Debian package "
                                           "postgresql-15-plpgsql-check): ") +
                            ext.describe();
        if (TestDatabase::requiredByCi())
            QFAIL(qPrintable(why));
        QSKIP(qPrintable(why));
    }

    // Every PL/pgSQL function of desk; a trigger function once per relation whose triggers fire it,
    // with the transition tables those triggers declare (one trigger for INSERT with NEW TABLE, one
    // for DELETE with OLD TABLE: the function's branches on TG_OP use both).
    const auto fns = m_db.run(QStringLiteral(R"SQL(
        SELECT p.oid::regprocedure::text, p.prorettype = 'pg_catalog.trigger'::pg_catalog.regtype,
               COALESCE(t.tgrelid::regclass::text, ''), t.tgoldtable, t.tgnewtable
          FROM pg_catalog.pg_proc p
          JOIN pg_catalog.pg_language l ON l.oid = p.prolang
          LEFT JOIN LATERAL (SELECT g.tgrelid, max(g.tgoldtable) AS tgoldtable,
                                    max(g.tgnewtable) AS tgnewtable FROM pg_catalog.pg_trigger g
                              WHERE g.tgfoid = p.oid GROUP BY g.tgrelid) t ON p.prorettype = 'pg_catalog.trigger'::pg_catalog.regtype
         WHERE p.pronamespace = 'desk'::regnamespace AND l.lanname = 'plpgsql'
         ORDER BY 1, 3, 4, 5)SQL"));
    ADESK_VERIFY_SQL(fns);
    for (const QVariantList &row : fns.rows) {
        Target t{row.at(0).toString(), row.at(2).toString(), row.at(1).toBool(), row.at(3).toString(),
                 row.at(4).toString()};
        if (t.trigger && t.relation.isEmpty())
            m_unattachedTriggers << t.function;
        else
            m_targets << t;
    }
    QVERIFY2(m_targets.size() > 50, qPrintable(QStringLiteral("only %1 PL/pgSQL functions in desk: did the "
                                                              "migrations run?")
                                                   .arg(m_targets.size())));

    for (const Target &t : std::as_const(m_targets)) {
        const auto r = m_db.run(
            QStringLiteral(R"SQL(
            SELECT level, COALESCE(lineno::text, '?'), sqlstate, message,
                   COALESCE(detail, ''), COALESCE(hint, ''), COALESCE(statement, '')
              FROM adesk_check.plpgsql_check_function_tb(?::regprocedure, ?::regclass,
                       oldtable => NULLIF(?, '')::name, newtable => NULLIF(?, '')::name,
                       fatal_errors => false, other_warnings => true, performance_warnings => true,
                       extra_warnings => true, security_warnings => true))SQL"),
            {t.function, t.relation.isEmpty() ? QStringLiteral("0") : t.relation, t.oldTable, t.newTable});
        QVERIFY2(r.ok, qPrintable(t.function + QStringLiteral(": ") + r.describe()));
        for (const QVariantList &f : r.rows) {
            QString text =
                QStringLiteral("line %1 (%2) %3: %4")
                    .arg(f.at(1).toString(), f.at(6).toString(), f.at(2).toString(), f.at(3).toString());
            if (!f.at(4).toString().isEmpty())
                text += QStringLiteral(" — ") + f.at(4).toString();
            if (!f.at(5).toString().isEmpty())
                text += QStringLiteral(" (hint: ") + f.at(5).toString() + QLatin1Char(')');
            const QString where =
                t.relation.isEmpty() ? t.function : t.function + QStringLiteral(" on ") + t.relation;
            m_findings.append({where, f.at(0).toString(), text});
        }
    }
}

void TstPlpgsqlCheck::everyFunctionIsChecked() {
    // A trigger function that no trigger uses cannot be checked (NEW and OLD have no type): there is
    // none today; one would be dead code or a trigger a migration forgot.
    QVERIFY2(m_unattachedTriggers.isEmpty(),
             qPrintable(QStringLiteral("trigger functions attached to no relation: ") +
                        m_unattachedTriggers.join(QStringLiteral(", "))));
    qInfo().noquote() << "plpgsql_check ran over" << m_targets.size() << "function/relation pairs";
}

void TstPlpgsqlCheck::noErrors() {
    QStringList errors;
    int warnings = 0;
    for (const Finding &f : std::as_const(m_findings)) {
        if (f.level == QLatin1String("error")) {
            errors << f.where + QStringLiteral(": ") + f.text;
        } else {
            ++warnings;
            qInfo().noquote() << "plpgsql_check" << f.level << "in" << f.where << "—" << f.text;
        }
    }
    qInfo().noquote() << "plpgsql_check:" << errors.size() << "error(s)," << warnings << "warning(s)";
    QVERIFY2(errors.isEmpty(),
             qPrintable(QStringLiteral("plpgsql_check errors:\n  ") + errors.join(QStringLiteral("\n  "))));
}

QTEST_GUILESS_MAIN(TstPlpgsqlCheck)
#include "tst_plpgsqlcheck.moc"
