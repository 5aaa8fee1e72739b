// SECURITY DEFINER functions against a hostile login (issue 9, "Privilege escalation"): as a login of
// each group, plant temp tables with triggers, temp views, pg_temp functions and operators under
// every name a definer function could resolve (derived from the catalog: every desk relation and
// function, every pg_temp name a definer body mentions, the temp tables 0005/0006 used, the built-in
// functions the definer bodies call, the operators on the types of desk columns), set a search_path
// with pg_temp first, call every definer function the login may execute, and check that no planted
// code ran (a non-transactional side channel: sequences the plant bumps, which survive the rollback
// of a failed call) and that nothing the plant would do as the owner happened (read a SIN, grant
// itself SELECT on the tax profiles, drop FORCE RLS).
// The locks finance takes (T4A drafts, ledger postings) cannot be taken or held by another login.

#include "models/earnings/earningsrepository.h"
#include "tests/support/testdatabase.h"

#include <QDate>
#include <QTest>

#include <utility>

using namespace adesk;

namespace {

/// Creates the plants in the caller's session (a DO block: everything below runs as the caller).
const char *const kPlantSql = R"SQL(
DO $plant$
DECLARE
    v_rel record;
    v_fn record;
    v_op record;
BEGIN
    PERFORM pg_catalog.set_config('search_path', 'pg_catalog', true);
    -- The side channel: sequences are not rolled back with a failed call.
    CREATE SEQUENCE pg_temp.adesk_plant_hits;
    CREATE SEQUENCE pg_temp.adesk_plant_owner_hits;
    CREATE SEQUENCE pg_temp.adesk_plant_loot MAXVALUE 9999999999;
    GRANT ALL ON SEQUENCE pg_temp.adesk_plant_hits, pg_temp.adesk_plant_owner_hits, pg_temp.adesk_plant_loot
        TO PUBLIC;
    -- What every plant runs: count, and when it runs as someone else (the owner), use the rights.
    CREATE FUNCTION pg_temp.adesk_plant_act() RETURNS integer LANGUAGE plpgsql AS $f$
    BEGIN
        PERFORM pg_catalog.nextval('pg_temp.adesk_plant_hits');
        IF current_user <> session_user THEN
            PERFORM pg_catalog.nextval('pg_temp.adesk_plant_owner_hits');
            BEGIN
                PERFORM pg_catalog.setval('pg_temp.adesk_plant_loot', t.sin::bigint)
                   FROM desk.payee_tax_profiles t WHERE t.sin IS NOT NULL ORDER BY t.id LIMIT 1;
                EXECUTE pg_catalog.format('GRANT SELECT ON desk.payee_tax_profiles TO %I', session_user);
                ALTER TABLE desk.t4a_slips NO FORCE ROW LEVEL SECURITY;
            EXCEPTION WHEN others THEN NULL;
            END;
        END IF;
        RETURN 1;
    END $f$;
    CREATE FUNCTION pg_temp.adesk_plant_trigger() RETURNS trigger LANGUAGE plpgsql AS $f$
    BEGIN
        PERFORM pg_temp.adesk_plant_act();
        IF TG_LEVEL = 'ROW' THEN
            IF TG_OP = 'DELETE' THEN
                RETURN OLD;
            END IF;
            RETURN NEW;
        END IF;
        RETURN NULL;
    END $f$;

    -- Relations: temp tables (with row, statement and TRUNCATE triggers) under the names definer code
    -- created temp tables with; temp views (reading one runs the plant, writing fires an INSTEAD OF
    -- trigger) under every other name.
    FOR v_rel IN
        SELECT DISTINCT ON (s.name) s.name, s.layout
          FROM (VALUES ('adesk_due', '(ledger_id bigint, payee_party text, payee_id bigint, net bigint)', 0),
                       ('adesk_t4a_due', '(payee_party text, payee_id bigint, fees bigint)', 0),
                       ('new_rows', '(id bigint)', 0), ('old_rows', '(id bigint)', 0)
                UNION ALL
                SELECT m[1], '(adesk_plant integer)', 1
                  FROM pg_catalog.pg_proc p, pg_catalog.regexp_matches(p.prosrc, 'pg_temp\.(\w+)', 'gi') AS m
                 WHERE p.pronamespace = 'desk'::pg_catalog.regnamespace
                UNION ALL
                SELECT c.relname::text, NULL, 2 FROM pg_catalog.pg_class c
                 WHERE c.relnamespace = 'desk'::pg_catalog.regnamespace
                UNION ALL
                SELECT p.proname::text, NULL, 2 FROM pg_catalog.pg_proc p
                 WHERE p.pronamespace = 'desk'::pg_catalog.regnamespace) AS s(name, layout, rank)
         ORDER BY s.name, s.rank
    LOOP
        CONTINUE WHEN v_rel.name LIKE 'adesk_plant%';
        IF v_rel.layout IS NULL THEN
            EXECUTE pg_catalog.format('CREATE TEMP VIEW %I AS SELECT pg_temp.adesk_plant_act() AS adesk_plant',
                                      v_rel.name);
            EXECUTE pg_catalog.format('CREATE TRIGGER adesk_plant INSTEAD OF INSERT OR UPDATE OR DELETE ON pg_temp.%I '
                                      'FOR EACH ROW EXECUTE FUNCTION pg_temp.adesk_plant_trigger()', v_rel.name);
        ELSE
            EXECUTE pg_catalog.format('CREATE TEMP TABLE %I %s', v_rel.name, v_rel.layout);
            EXECUTE pg_catalog.format('CREATE TRIGGER adesk_plant_before BEFORE INSERT OR UPDATE OR DELETE ON pg_temp.%I '
                                      'FOR EACH ROW EXECUTE FUNCTION pg_temp.adesk_plant_trigger()', v_rel.name);
            EXECUTE pg_catalog.format('CREATE TRIGGER adesk_plant_after AFTER INSERT OR UPDATE OR DELETE ON pg_temp.%I '
                                      'FOR EACH ROW EXECUTE FUNCTION pg_temp.adesk_plant_trigger()', v_rel.name);
            EXECUTE pg_catalog.format('CREATE TRIGGER adesk_plant_statement BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE '
                                      'ON pg_temp.%I FOR EACH STATEMENT EXECUTE FUNCTION pg_temp.adesk_plant_trigger()',
                                      v_rel.name);
        END IF;
        EXECUTE pg_catalog.format('GRANT ALL ON pg_temp.%I TO PUBLIC', v_rel.name);
    END LOOP;

    -- Functions: every desk function's name and arguments, and every built-in the definer bodies call.
    FOR v_fn IN
        SELECT p.proname, pg_catalog.pg_get_function_arguments(p.oid) AS args,
               pg_catalog.pg_get_function_result(p.oid) AS res,
               p.proretset OR coalesce('o' = ANY (p.proargmodes) OR 't' = ANY (p.proargmodes), false) AS bare
          FROM pg_catalog.pg_proc p
         WHERE p.prokind = 'f'
           AND (p.pronamespace = 'desk'::pg_catalog.regnamespace
                OR (p.pronamespace = 'pg_catalog'::pg_catalog.regnamespace
                    AND p.proname IN (SELECT pg_catalog.lower(m[1])
                                        FROM pg_catalog.pg_proc d,
                                             pg_catalog.regexp_matches(d.prosrc, '([a-z_][a-z0-9_]*)\s*\(', 'gi') AS m
                                       WHERE d.pronamespace = 'desk'::pg_catalog.regnamespace AND d.prosecdef)
                    AND NOT EXISTS (SELECT 1 FROM pg_catalog.unnest(p.proargtypes::oid[] || p.prorettype) AS t(typ)
                                      JOIN pg_catalog.pg_type y ON y.oid = t.typ WHERE y.typtype = 'p')))
    LOOP
        BEGIN
            EXECUTE pg_catalog.format('CREATE FUNCTION pg_temp.%I(%s) RETURNS %s LANGUAGE plpgsql AS %L',
                                      v_fn.proname, v_fn.args, v_fn.res,
                                      'BEGIN PERFORM pg_temp.adesk_plant_act(); RETURN'
                                      || CASE WHEN v_fn.bare THEN '' ELSE ' NULL' END || '; END');
        EXCEPTION WHEN others THEN NULL; -- a name and signature planted already
        END;
    END LOOP;

    -- Operators: every built-in operator on the types of desk columns.
    FOR v_op IN
        SELECT o.oid, o.oprname, o.oprleft, o.oprright, o.oprresult FROM pg_catalog.pg_operator o
         WHERE o.oprnamespace = 'pg_catalog'::pg_catalog.regnamespace AND o.oprright <> 0
           AND o.oprright IN (SELECT a.atttypid FROM pg_catalog.pg_attribute a
                                JOIN pg_catalog.pg_class c ON c.oid = a.attrelid
                               WHERE c.relnamespace = 'desk'::pg_catalog.regnamespace AND a.attnum > 0)
           AND (o.oprleft = 0 OR o.oprleft IN (SELECT a.atttypid FROM pg_catalog.pg_attribute a
                                                 JOIN pg_catalog.pg_class c ON c.oid = a.attrelid
                                                WHERE c.relnamespace = 'desk'::pg_catalog.regnamespace
                                                  AND a.attnum > 0))
           AND (SELECT y.typtype FROM pg_catalog.pg_type y WHERE y.oid = o.oprresult) <> 'p'
    LOOP
        BEGIN
            EXECUTE pg_catalog.format('CREATE FUNCTION pg_temp.adesk_plant_op_%s(%s) RETURNS %s LANGUAGE plpgsql AS %L',
                v_op.oid,
                CASE WHEN v_op.oprleft = 0 THEN pg_catalog.format_type(v_op.oprright, NULL)
                     ELSE pg_catalog.format_type(v_op.oprleft, NULL) || ', ' || pg_catalog.format_type(v_op.oprright, NULL) END,
                pg_catalog.format_type(v_op.oprresult, NULL),
                'BEGIN PERFORM pg_temp.adesk_plant_act(); RETURN NULL; END');
            EXECUTE pg_catalog.format('CREATE OPERATOR pg_temp.%s (%s RIGHTARG = %s, FUNCTION = pg_temp.adesk_plant_op_%s)',
                v_op.oprname,
                CASE WHEN v_op.oprleft = 0 THEN '' ELSE 'LEFTARG = ' || pg_catalog.format_type(v_op.oprleft, NULL) || ', ' END,
                pg_catalog.format_type(v_op.oprright, NULL), v_op.oid);
        EXCEPTION WHEN others THEN NULL;
        END;
    END LOOP;
END
$plant$
)SQL";

/// A sequence's count: 0 when nextval was never called.
const char *const kCountSql = "SELECT CASE WHEN is_called THEN last_value ELSE 0 END FROM pg_temp.%1";

} // namespace

class TstDefinerPlants : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void definerFunctionsArePinned();
    void lockTablesAreOwnerOnly();
    void advisoryLocksDoNotBlockFinance();
    void plantsNeverRunAsOwner_data();
    void plantsNeverRunAsOwner();

private:
    QSqlDatabase conn(const QString &who) { return QSqlDatabase::database(who, false); }
    /// A plausible SQL literal for argument @p name of type @p type.
    QString argument(const QString &name, const QString &type) const;

    TestDatabase m_db;
    QHash<QString, QString> m_roles; ///< connection name -> login
    qint64 m_workshop = 0, m_mechanic = 0, m_bay = 0, m_independent = 0, m_profile = 0, m_session = 0,
           m_pendingSession = 0, m_payout = 0, m_verification = 0;
    int m_year = 0;
    QDate m_period;
    QString m_sin = QStringLiteral("046454286");
};

void TstDefinerPlants::initTestCase() {
    ADESK_START_TEST_DATABASE(m_db);
    m_workshop = m_db.insertWorkshop(QStringLiteral("Atelier Plant"), QStringLiteral("ON"));
    m_mechanic = m_db.insertMechanic(QStringLiteral("Workshop Mechanic"), m_workshop);
    m_independent = m_db.insertMechanic(QStringLiteral("Independent Mechanic"));
    m_verification =
        m_db.insertVerification(QStringLiteral("mechanic"), m_mechanic, QStringLiteral("certification"));
    QVERIFY(m_workshop && m_mechanic && m_independent && m_verification);
    // A bay open around the clock, and an approved mechanic of the workshop, so that bookings go through.
    m_bay = m_db.scalar(QStringLiteral(
                            "INSERT INTO desk.bays (workshop_id, name) VALUES (?, 'Bay 1') RETURNING id"),
                        {m_workshop})
                .toLongLong();
    QVERIFY(m_bay);
    QVERIFY(m_db.exec(
        QStringLiteral("INSERT INTO desk.workshop_hours (workshop_id, weekday, opens_at, closes_at) "
                       "SELECT ?, d, '00:00', '23:59' FROM generate_series(1, 7) d"),
        {m_workshop}));
    QVERIFY(m_db.exec(QStringLiteral("UPDATE desk.mechanics SET compliance_status = 'approved' WHERE id = ?"),
                      {m_mechanic}));
    // A payee whose SIN is what a plant running as the owner would steal.
    m_profile =
        m_db.scalar(QStringLiteral("INSERT INTO desk.payee_tax_profiles (payee_party, mechanic_id, "
                                   "recipient_kind, surname, given_name, sin, address_line1, city, "
                                   "province, postal_code) VALUES ('mechanic', ?, 'individual', "
                                   "'Mechanic', 'Indy', ?, '1 King St W', 'Toronto', 'ON', 'M5H 1A1') "
                                   "RETURNING id"),
                    {m_independent, m_sin})
            .toLongLong();
    QVERIFY(m_profile);

    m_roles = {{QStringLiteral("admin"), m_db.roleName(QStringLiteral("adm"))},
               {QStringLiteral("finance"), m_db.roleName(QStringLiteral("fin"))},
               {QStringLiteral("finance2"), m_db.roleName(QStringLiteral("fin2"))},
               {QStringLiteral("owner"), m_db.roleName(QStringLiteral("own"))}};
    QVERIFY(m_db.createLogin(m_roles[QStringLiteral("admin")], QStringLiteral("adesk_platform_admin"),
                             QStringLiteral("Admin")));
    QVERIFY(m_db.createLogin(m_roles[QStringLiteral("finance")], QStringLiteral("adesk_finance"),
                             QStringLiteral("Finance")));
    QVERIFY(m_db.createLogin(m_roles[QStringLiteral("finance2")], QStringLiteral("adesk_finance"),
                             QStringLiteral("Finance Two")));
    QVERIFY(m_db.createLogin(m_roles[QStringLiteral("owner")], QStringLiteral("adesk_workshop_owner"),
                             QStringLiteral("Owner"), {m_workshop}));
    for (auto it = m_roles.cbegin(); it != m_roles.cend(); ++it)
        QVERIFY2(TestDatabase::openConnection(m_db.login(it.value()), it.key()).isOpen(),
                 qPrintable(it.key()));

    // Last month: a video session of the independent mechanic, posted, paid out (a T4A payee this
    // year: $510 of fees), and one more session left for the lock test.
    m_year = m_db.scalar(QStringLiteral("SELECT extract(year FROM now())::int")).toInt();
    m_period = m_db.scalar(QStringLiteral("SELECT (date_trunc('month', now()) - interval '1 month')::date"))
                   .toDate();
    const QString lastMonth =
        QStringLiteral("(date_trunc('month', now()) - interval '1 month' + interval '9 days 12 hours')");
    m_session =
        m_db.scalar(QStringLiteral("INSERT INTO desk.sessions (session_type, price_cents, mechanic_id, "
                                   "completed_at) VALUES ('video', 60000, ?, %1) RETURNING id")
                        .arg(lastMonth),
                    {m_independent})
            .toLongLong();
    QSqlDatabase fin = conn(QStringLiteral("finance"));
    const Result<Posting> posted = EarningsRepository::recordEarnings(fin, EventType::Session, m_session);
    QVERIFY2(posted.ok(), qPrintable(posted.error().serverMessage));
    const Result<qint64> batch = EarningsRepository::schedulePayouts(fin, RequestKey::create(), m_period);
    QVERIFY2(batch.ok(), qPrintable(batch.error().serverMessage));
    m_payout =
        m_db.scalar(QStringLiteral("SELECT id FROM desk.payouts WHERE mechanic_id = ?"), {m_independent})
            .toLongLong();
    QVERIFY(m_payout);
    QVERIFY(EarningsRepository::markPayoutPaid(fin, RequestKey::create(), m_payout, 1,
                                               QStringLiteral("EFT-PLANT"))
                .ok());
    m_pendingSession = m_db.scalar(QStringLiteral("INSERT INTO desk.sessions (session_type, price_cents, "
                                                  "mechanic_id, completed_at) VALUES ('chat', 2000, ?, %1) "
                                                  "RETURNING id")
                                       .arg(lastMonth),
                                   {m_independent})
                           .toLongLong();
    QVERIFY(m_pendingSession);
}

void TstDefinerPlants::cleanupTestCase() {
    for (auto it = m_roles.cbegin(); it != m_roles.cend(); ++it)
        TestDatabase::closeConnection(it.key());
}

// The rule, checked on the catalog so that it holds for every definer function added later: one
// pinned search_path, pg_catalog first and pg_temp last, and no temp objects, dynamic SQL or
// advisory locks in the body. Trigger functions run as the owner when a definer function writes.
void TstDefinerPlants::definerFunctionsArePinned() {
    const auto unpinned = m_db.run(QStringLiteral(
        "SELECT p.oid::regprocedure::text FROM pg_proc p WHERE p.pronamespace = 'desk'::regnamespace "
        "AND (p.prosecdef OR p.prorettype = 'trigger'::regtype) "
        "AND NOT coalesce('search_path=pg_catalog, desk, pg_temp' = ANY (p.proconfig), false) ORDER BY 1"));
    ADESK_VERIFY_SQL(unpinned);
    QStringList names;
    for (const QVariant &v : unpinned.column())
        names << v.toString();
    QVERIFY2(names.isEmpty(), qPrintable(QStringLiteral("search_path not pinned: ") + names.join(u", ")));

    // EXECUTE of a constant query string with USING (verification_search: a custom plan for the
    // pattern) carries no caller text into the SQL; any other EXECUTE is dynamic SQL.
    const auto unsafe = m_db.run(QString::fromUtf8(R"SQL(
        SELECT p.oid::regprocedure::text FROM pg_proc p
         WHERE p.pronamespace = 'desk'::regnamespace AND p.prosecdef
           AND (p.prosrc ~* $re$(pg_temp\.|\mtemp(orary)?\s+(table|view|sequence)|pg_advisory)$re$
                OR regexp_replace(p.prosrc, $re$\mexecute\s+'([^']|'')*'\s*(using\M|;)$re$, '', 'gi')
                   ~* $re$\mexecute\M$re$)
         ORDER BY 1)SQL"));
    ADESK_VERIFY_SQL(unsafe);
    names.clear();
    for (const QVariant &v : unsafe.column())
        names << v.toString();
    QVERIFY2(names.isEmpty(),
             qPrintable(QStringLiteral("temp objects, EXECUTE or advisory locks in: ") + names.join(u", ")));
}

// The rows finance's functions lock are the owner's: no login can read, write or lock them.
void TstDefinerPlants::lockTablesAreOwnerOnly() {
    for (const char *who : {"admin", "finance", "owner"}) {
        QSqlDatabase c = conn(QString::fromLatin1(who));
        for (const char *table : {"desk.work_locks", "desk.ledger_postings"}) {
            const QString t = QString::fromLatin1(table);
            for (const QString &sql :
                 {QStringLiteral("SELECT 1 FROM %1 FOR UPDATE").arg(t),
                  QStringLiteral("SELECT 1 FROM %1 FOR KEY SHARE").arg(t),
                  QStringLiteral("INSERT INTO %1 DEFAULT VALUES").arg(t), QStringLiteral("BEGIN"),
                  QStringLiteral("LOCK TABLE %1 IN ACCESS SHARE MODE").arg(t), QStringLiteral("ROLLBACK")}) {
                const auto r = TestDatabase::run(c, sql);
                if (sql == u"BEGIN" || sql == u"ROLLBACK")
                    continue;
                QVERIFY2(!r.ok,
                         qPrintable(QStringLiteral("%1: %2 succeeded").arg(QString::fromLatin1(who), sql)));
                QCOMPARE(r.sqlState(), QStringLiteral("42501"));
            }
        }
    }
}

// 0005/0006 took pg_advisory_xact_lock(hashtext('t4a_slips'), year) and
// pg_advisory_xact_lock(hashtext(event_type), event_id): any login could hold them and block finance.
// Another login holds both now; finance's calls, on a second connection with a statement timeout,
// complete.
void TstDefinerPlants::advisoryLocksDoNotBlockFinance() {
    QSqlDatabase owner = conn(QStringLiteral("owner")), admin = conn(QStringLiteral("admin"));
    struct Release {
        QSqlDatabase a, b;
        ~Release() {
            TestDatabase::run(a, QStringLiteral("SELECT pg_advisory_unlock_all()"));
            TestDatabase::run(b, QStringLiteral("SELECT pg_advisory_unlock_all()"));
        }
    } release{owner, admin};
    ADESK_VERIFY_SQL(TestDatabase::run(
        owner, QStringLiteral("SELECT pg_advisory_lock(hashtext('t4a_slips'), ?)"), {m_year}));
    ADESK_VERIFY_SQL(
        TestDatabase::run(admin, QStringLiteral("SELECT pg_advisory_lock(hashtext('session'), ?::integer)"),
                          {m_pendingSession}));
    QSqlDatabase fin = conn(QStringLiteral("finance2"));
    ADESK_VERIFY_SQL(TestDatabase::run(fin, QStringLiteral("SET statement_timeout = '5s'")));
    const auto slips = TestDatabase::run(fin, QStringLiteral("SELECT desk.generate_t4a_slips(?)"), {m_year});
    QVERIFY2(slips.ok,
             qPrintable(QStringLiteral("generate_t4a_slips while another login holds the old advisory "
                                       "lock: ") +
                        slips.describe()));
    QCOMPARE(slips.scalar().toInt(), 1); // the independent mechanic's $510
    const Result<Posting> posted =
        EarningsRepository::recordEarnings(fin, EventType::Session, m_pendingSession);
    QVERIFY2(posted.ok(),
             qPrintable(QStringLiteral("record_session_earnings while another login holds the old advisory "
                                       "lock: ") +
                        posted.error().sqlState + u' ' + posted.error().serverMessage));
    ADESK_VERIFY_SQL(TestDatabase::run(fin, QStringLiteral("RESET statement_timeout")));
}

QString TstDefinerPlants::argument(const QString &name, const QString &type) const {
    const QString n = name.toLower();
    auto literal = [&](const QString &value) {
        QString v = value;
        v.replace(u'\'', QStringLiteral("''"));
        return QStringLiteral("'%1'::%2").arg(v, type);
    };
    if (type == u"bigint") {
        const QList<std::pair<const char *, qint64>> ids = {
            {"workshop", m_workshop}, {"mechanic", m_mechanic}, {"bay", m_bay},
            {"payee", m_independent}, {"payout", m_payout},     {"profile", m_profile},
            {"event", m_session},     {"p_id", m_verification}, {"cents", 1000}};
        for (const auto &[key, id] : ids)
            if (n.contains(QLatin1String(key)))
                return literal(QString::number(id));
        return literal(QStringLiteral("1"));
    }
    if (type == u"integer") {
        if (n.contains(u"year"))
            return literal(QString::number(m_year));
        if (n.contains(u"seconds"))
            return literal(QStringLiteral("60"));
        if (n.contains(u"minutes"))
            return literal(QStringLiteral("0"));
        if (n.endsWith(u"_bp"))
            return literal(QStringLiteral("1000"));
        return literal(QStringLiteral("1")); // versions
    }
    if (type == u"text") {
        const QList<std::pair<const char *, const char *>> texts = {
            {"event_type", "session"}, {"party", "mechanic"}, {"kind", "individual"},
            {"scenario", "virtual"},   {"tier", "virtual"},   {"status", "confirmed"},
            {"decision", "approve"},   {"action", "pause"},   {"side", "mechanic"},
            {"province", "ON"},        {"postal", "M5H 1A1"}, {"p_sin", "046454286"},
            {"language", "en"},        {"surname", "Test"},   {"file_name", "a.pdf"},
            {"reference", "REF-1"},    {"sbmt_ref", "R1"},    {"pattern", "a"},
            {"terms", "net 30"}};
        for (const auto &[key, value] : texts)
            if (n.contains(QLatin1String(key)))
                return literal(QString::fromLatin1(value));
        return literal(QStringLiteral("plant test"));
    }
    if (type == u"date")
        return literal((n.contains(u"period") ? m_period : QDate::currentDate()).toString(Qt::ISODate));
    if (type == u"timestamp with time zone") // tomorrow 10:00-11:00 in the workshop's zone
        return QStringLiteral(
                   "((current_date + 1 + time '10:00') AT TIME ZONE 'America/Toronto' + interval '%1')")
            .arg(n.contains(u"end") ? QStringLiteral("1 hour") : QStringLiteral("0"));
    if (type == u"tstzrange")
        return QStringLiteral("tstzrange(now(), now() + interval '1 hour')");
    if (type == u"jsonb")
        return n.contains(u"rows") ? QStringLiteral("'[]'::jsonb") : QStringLiteral("'{}'::jsonb");
    if (type == u"boolean")
        return QStringLiteral("false");
    if (type == u"bytea")
        return QStringLiteral("'\\x255044462d'::bytea");
    if (type == u"text[]")
        return QStringLiteral("ARRAY['draft', 'final']");
    return QStringLiteral("NULL::") + type;
}

void TstDefinerPlants::plantsNeverRunAsOwner_data() {
    QTest::addColumn<QString>("who");
    QTest::newRow("adesk_platform_admin") << QStringLiteral("admin");
    QTest::newRow("adesk_finance") << QStringLiteral("finance");
    QTest::newRow("adesk_workshop_owner") << QStringLiteral("owner");
}

void TstDefinerPlants::plantsNeverRunAsOwner() {
    QFETCH(QString, who);
    // A session of its own: temp objects belong to one session.
    const QString name = QStringLiteral("plant_") + who;
    struct Closer {
        QString name;
        ~Closer() { TestDatabase::closeConnection(name); }
    } closer{name};
    QSqlDatabase c = TestDatabase::openConnection(m_db.login(m_roles[who]), name);
    QVERIFY2(c.isOpen(), qPrintable(name));

    // Every definer function this login may execute, with its input arguments.
    const auto functions = TestDatabase::run(
        c,
        QStringLiteral(
            "SELECT p.proname, "
            "  (SELECT string_agg(coalesce(p.proargnames[t.i], ''), '|' ORDER BY t.i) "
            "     FROM unnest(coalesce(p.proallargtypes, p.proargtypes::oid[])) WITH ORDINALITY AS t(typ, i) "
            "    WHERE coalesce(p.proargmodes[t.i], 'i') IN ('i', 'b', 'v')), "
            "  (SELECT string_agg(format_type(t.typ, NULL), '|' ORDER BY t.i) "
            "     FROM unnest(coalesce(p.proallargtypes, p.proargtypes::oid[])) WITH ORDINALITY AS t(typ, i) "
            "    WHERE coalesce(p.proargmodes[t.i], 'i') IN ('i', 'b', 'v')) "
            "  FROM pg_proc p WHERE p.pronamespace = 'desk'::regnamespace AND p.prosecdef AND p.prokind = "
            "'f' "
            "   AND p.prorettype <> 'trigger'::regtype AND has_function_privilege(p.oid, 'EXECUTE') "
            " ORDER BY p.proname, p.oid"));
    ADESK_VERIFY_SQL(functions);
    QVERIFY(functions.rows.size() >= 5);

    // The plants, then a search_path with pg_temp first.
    const auto planted = TestDatabase::run(c, QString::fromUtf8(kPlantSql));
    ADESK_VERIFY_SQL(planted);
    const auto counts = TestDatabase::run(
        c, QStringLiteral("SELECT (SELECT count(*) FROM pg_class WHERE relnamespace = pg_my_temp_schema()), "
                          "(SELECT count(*) FROM pg_proc WHERE pronamespace = pg_my_temp_schema()), "
                          "(SELECT count(*) FROM pg_operator WHERE oprnamespace = pg_my_temp_schema()), "
                          "(SELECT count(*) FROM pg_trigger t JOIN pg_class r ON r.oid = t.tgrelid "
                          "  WHERE r.relnamespace = pg_my_temp_schema())"));
    ADESK_VERIFY_SQL(counts);
    const qint64 deskFunctions =
        m_db.scalar(QStringLiteral("SELECT count(*) FROM pg_proc WHERE pronamespace = 'desk'::regnamespace"))
            .toLongLong();
    const QVariantList n = counts.rows.value(0);
    qInfo().noquote() << who << "planted" << n.value(0).toLongLong() << "relations,"
                      << n.value(1).toLongLong() << "functions," << n.value(2).toLongLong() << "operators,"
                      << n.value(3).toLongLong() << "triggers; calls" << functions.rows.size()
                      << "definer functions";
    QVERIFY(n.value(0).toLongLong() >= 50); // desk names and the temp tables' own objects
    QVERIFY(n.value(1).toLongLong() > deskFunctions);
    QVERIFY(n.value(2).toLongLong() >= 50);
    QVERIFY(n.value(3).toLongLong() >= 50);
    ADESK_VERIFY_SQL(
        TestDatabase::run(c, QStringLiteral("SET search_path = pg_temp, desk, public, pg_catalog")));
    ADESK_VERIFY_SQL(TestDatabase::run(c, QStringLiteral("SET statement_timeout = '20s'")));
    const QString forcedSql =
        QStringLiteral("SELECT relforcerowsecurity FROM pg_class WHERE oid = 'desk.t4a_slips'::regclass");
    const bool forced = m_db.scalar(forcedSql).toBool();

    auto count = [&](const char *sequence) {
        return TestDatabase::run(c, QString::fromLatin1(kCountSql).arg(QString::fromLatin1(sequence)))
            .scalar()
            .toLongLong();
    };
    QStringList ranAsOwner;
    QStringList ranAtAll;
    qint64 owner = 0, hits = 0;
    int succeeded = 0;
    QStringList refused;
    for (const QVariantList &f : functions.rows) {
        const QString fn = f.value(0).toString();
        const QStringList names = f.value(1).toString().split(u'|', Qt::KeepEmptyParts);
        const QStringList types = f.value(2).toString().split(u'|', Qt::SkipEmptyParts);
        QStringList args;
        for (int i = 0; i < types.size(); ++i)
            args << argument(names.value(i), types[i]);
        const QString sql =
            QStringLiteral("SELECT * FROM desk.\"%1\"(%2)").arg(fn, args.join(QStringLiteral(", ")));
        const auto r = TestDatabase::run(c, sql);
        if (r.ok)
            ++succeeded;
        else
            refused << QStringLiteral("%1 %2").arg(fn, r.sqlState());
        if (!r.ok && r.sqlState() == u"57014")
            QFAIL(qPrintable(sql + QStringLiteral(" timed out")));
        const qint64 o = count("adesk_plant_owner_hits"), h = count("adesk_plant_hits");
        if (o > owner)
            ranAsOwner << QStringLiteral("%1 (%2 times)").arg(fn).arg(o - owner);
        if (h > hits)
            ranAtAll << fn;
        owner = o;
        hits = h;
    }
    qInfo().noquote() << who << ":" << succeeded << "of" << functions.rows.size()
                      << "calls succeeded; refused:" << refused.join(u", ");

    // What a plant running as the owner would have done.
    QStringList achieved;
    if (const qint64 loot = count("adesk_plant_loot"); loot > 0)
        achieved << QStringLiteral("read the SIN %1").arg(loot, 9, 10, QLatin1Char('0'));
    if (TestDatabase::run(
            c, QStringLiteral("SELECT has_column_privilege('desk.payee_tax_profiles', 'sin', 'SELECT')"))
            .scalar()
            .toBool())
        achieved << QStringLiteral("granted itself SELECT on every SIN");
    if (forced && !m_db.scalar(forcedSql).toBool())
        achieved << QStringLiteral("dropped FORCE ROW LEVEL SECURITY on desk.t4a_slips");
    QVERIFY2(ranAsOwner.isEmpty() && ranAtAll.isEmpty() && achieved.isEmpty(),
             qPrintable(QStringLiteral("%1: planted code ran as the owner in %2; ran at all in %3; it %4")
                            .arg(who, ranAsOwner.join(u", "), ranAtAll.join(u", "), achieved.join(u"; "))));
}

QTEST_GUILESS_MAIN(TstDefinerPlants)
#include "tst_definer_plants.moc"
