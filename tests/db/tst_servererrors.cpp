// Server errors in the interface's language (issue 18): every message format the desk's SQL functions
// raise (RAISE EXCEPTION in every migration, and in the functions of a migrated database as
// pg_proc holds them) has an entry in the ServerErrors catalogue with a finished French
// translation; and real refusals, raised as the role that gets them, read in French with their
// values and without the server's English text.

#include "models/core/dberror.h"
#include "models/core/servererrors.h"
#include "tests/support/testdatabase.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QTest>
#include <QTranslator>

using namespace adesk;
using namespace Qt::StringLiterals;

namespace {

struct Raise {
    QString format;
    QString sqlState;
    QString where;
    QString key() const { return sqlState + u' ' + format; }
};

/// The RAISE EXCEPTION statements of PL/pgSQL text: the literal format (quotes unescaped) and the
/// ERRCODE of its USING clause (P0001, RAISE's default, when it names none).
QList<Raise> raisesIn(const QString &sql, const QString &where) {
    static const QRegularExpression raise(QStringLiteral("RAISE\\s+EXCEPTION\\s+'((?:[^']|'')*)'(.*?);"),
                                          QRegularExpression::DotMatchesEverythingOption |
                                              QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression errcode(QStringLiteral("ERRCODE\\s*=\\s*'([^']*)'"),
                                            QRegularExpression::CaseInsensitiveOption);
    QList<Raise> out;
    for (auto it = raise.globalMatch(sql); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QRegularExpressionMatch code = errcode.match(m.captured(2));
        out.append({m.captured(1).replace(QStringLiteral("''"), QStringLiteral("'")),
                    code.hasMatch() ? code.captured(1) : QStringLiteral("P0001"), where});
    }
    return out;
}

QSet<QString> catalogueKeys() {
    QSet<QString> keys;
    for (const ServerErrors::Entry &e : ServerErrors::entries())
        keys.insert(QString::fromLatin1(e.sqlState) + u' ' + QString::fromUtf8(e.format));
    return keys;
}

/// Formats that RAISE but have no catalogue entry, one line each.
QStringList missing(const QList<Raise> &raises) {
    const QSet<QString> keys = catalogueKeys();
    QStringList out;
    for (const Raise &r : raises) {
        if (!keys.contains(r.key()))
            out << QStringLiteral("%1: [%2] \"%3\"").arg(r.where, r.sqlState, r.format);
    }
    out.removeDuplicates();
    return out;
}

QList<Raise> migrationRaises() {
    QList<Raise> all;
    const QDir dir(QStringLiteral(":/migrations"));
    for (const QString &name : dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name)) {
        QFile f(dir.filePath(name));
        if (f.open(QIODevice::ReadOnly))
            all += raisesIn(QString::fromUtf8(f.readAll()), name);
    }
    return all;
}

} // namespace

class TstServerErrors : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void everyMigrationFormatIsCatalogued();
    void everyFunctionFormatIsCatalogued();
    void catalogueHasNoStrayOrShadowedEntry();
    void everySentenceIsTranslatedInFrench();
    void unknownMessagesKeepTheFallback();
    void bookingClashReadsInFrench();
    void forbiddenCallReadsInFrench();
    void badSinReadsInFrench();

private:
    /// Checks that @p e is catalogued as @p code and that its French message is @p french, with no
    /// English word of the server's text.
    void checkFrench(const DbError &e, const QString &code, const QString &french);

    TestDatabase m_db;
    QTranslator m_french;
    qint64 m_shop = 0, m_bay = 0, m_mechA = 0, m_mechB = 0, m_otherShop = 0, m_otherBay = 0;
};

void TstServerErrors::initTestCase() {
    QVERIFY(m_french.load(QStringLiteral(":/i18n/autodoctor-desk_fr_CA.qm")));
    ADESK_START_TEST_DATABASE(m_db);
    m_shop = m_db.insertWorkshop(QStringLiteral("Garage Lavoie"), QStringLiteral("QC"), QStringLiteral("fr"));
    m_mechA = m_db.insertMechanic(QStringLiteral("Alice Vérifiée"), m_shop);
    m_mechB = m_db.insertMechanic(QStringLiteral("Benoît Vérifié"), m_shop);
    QVERIFY(m_shop && m_mechA && m_mechB);
    QVERIFY(m_db.exec(QStringLiteral("UPDATE desk.mechanics SET service_tier = 'workshop_affiliated', "
                                     "workshop_verified = true, can_perform_physical_work = true, "
                                     "compliance_status = 'approved' WHERE id IN (?, ?)"),
                      {m_mechA, m_mechB}));
    m_bay = m_db.scalar(QStringLiteral("INSERT INTO desk.bays (workshop_id, name, hourly_rate_cents) "
                                       "VALUES (?, 'Pont 1', 6000) RETURNING id"),
                        {m_shop})
                .toLongLong();
    QVERIFY(m_bay);
    m_otherShop =
        m_db.insertWorkshop(QStringLiteral("Garage Ailleurs"), QStringLiteral("QC"), QStringLiteral("fr"));
    m_otherBay = m_db.scalar(QStringLiteral("INSERT INTO desk.bays (workshop_id, name, hourly_rate_cents) "
                                            "VALUES (?, 'Pont A', 6000) RETURNING id"),
                             {m_otherShop})
                     .toLongLong();
    QVERIFY(m_otherShop && m_otherBay);
    QVERIFY(m_db.exec(QStringLiteral("INSERT INTO desk.workshop_hours SELECT ?, d, '07:00', '19:00' "
                                     "FROM generate_series(1, 7) d"),
                      {m_shop}));
    QVERIFY(m_db.connectAs(QStringLiteral("owner"), QStringLiteral("adesk_workshop_owner"),
                           QStringLiteral("Owner"), {m_shop}));
    QVERIFY(m_db.connectAs(QStringLiteral("finance"), QStringLiteral("adesk_finance"),
                           QStringLiteral("Finance")));
    QCoreApplication::installTranslator(&m_french);
}

void TstServerErrors::cleanupTestCase() {
    QCoreApplication::removeTranslator(&m_french);
    TestDatabase::closeConnection(QStringLiteral("owner"));
    TestDatabase::closeConnection(QStringLiteral("finance"));
}

void TstServerErrors::everyMigrationFormatIsCatalogued() {
    const QList<Raise> raises = migrationRaises();
    QVERIFY2(raises.size() > 200, qPrintable(QString::number(raises.size())));
    const QStringList problems = missing(raises);
    QVERIFY2(problems.isEmpty(), qPrintable(u"not in ServerErrors:\n"_s + problems.join(u'\n')));
}

void TstServerErrors::everyFunctionFormatIsCatalogued() {
    // The functions as they stand after the last migration: what a current server can raise.
    const auto fns = m_db.run(QStringLiteral(
        "SELECT p.oid::regprocedure::text, p.prosrc FROM pg_proc p "
        "JOIN pg_namespace n ON n.oid = p.pronamespace JOIN pg_language l ON l.oid = p.prolang "
        "WHERE l.lanname = 'plpgsql' AND n.nspname NOT IN ('pg_catalog', 'information_schema')"));
    ADESK_VERIFY_SQL(fns);
    QList<Raise> raises;
    for (const QVariantList &row : fns.rows)
        raises += raisesIn(row.at(1).toString(), row.at(0).toString());
    QVERIFY2(raises.size() > 100, qPrintable(QString::number(raises.size())));
    const QStringList problems = missing(raises);
    QVERIFY2(problems.isEmpty(), qPrintable(u"not in ServerErrors:\n"_s + problems.join(u'\n')));
}

void TstServerErrors::catalogueHasNoStrayOrShadowedEntry() {
    QSet<QString> raised;
    for (const Raise &r : migrationRaises())
        raised.insert(r.key());
    QSet<QString> codes;
    QStringList problems;
    for (const ServerErrors::Entry &e : ServerErrors::entries()) {
        const QString format = QString::fromUtf8(e.format);
        const QString key = QString::fromLatin1(e.sqlState) + u' ' + format;
        if (!raised.contains(key))
            problems << u"raised by no migration: "_s + key;
        if (codes.contains(QString::fromLatin1(e.code)))
            problems << u"code used twice: "_s + QString::fromLatin1(e.code);
        codes.insert(QString::fromLatin1(e.code));
        // A message made from the format with distinct values matches this entry, values included.
        QStringList values;
        QString message;
        for (qsizetype i = 0; i < format.size(); ++i) {
            if (format.at(i) == u'%' && i + 1 < format.size() && format.at(i + 1) == u'%') {
                message += u'%';
                ++i;
            } else if (format.at(i) == u'%') {
                values << QStringLiteral("<v%1>").arg(values.size() + 1);
                message += values.last();
            } else {
                message += format.at(i);
            }
        }
        const ServerErrors::Match m = ServerErrors::match(QString::fromLatin1(e.sqlState), message);
        if (!m || m.entry != &e || m.args != values)
            problems << u"does not match its own message: "_s + key;
        const int placeholders = int(QString::fromUtf8(e.sentence).count(QRegularExpression(u"%[1-9]"_s)));
        if (placeholders != values.size())
            problems << QStringLiteral("sentence has %1 placeholders, format %2: %3")
                            .arg(placeholders)
                            .arg(values.size())
                            .arg(key);
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TstServerErrors::everySentenceIsTranslatedInFrench() {
    QStringList problems;
    for (const ServerErrors::Entry &e : ServerErrors::entries()) {
        const QString fr = m_french.translate("ServerError", e.sentence);
        if (fr.isEmpty() || fr == QString::fromUtf8(e.sentence))
            problems << QString::fromLatin1(e.code) + u": "_s + QString::fromUtf8(e.sentence);
    }
    QVERIFY2(problems.isEmpty(), qPrintable(u"no French for:\n"_s + problems.join(u'\n')));
}

void TstServerErrors::unknownMessagesKeepTheFallback() {
    const DbError e = DbError::fromSqlState(u"22023"_s, u"something no function says"_s);
    QVERIFY(e.code.isEmpty());
    QCOMPARE(e.serverText(), u"something no function says"_s);
    QCOMPARE(e.userMessage(),
             u"La base de données a refusé cette opération\u00a0: something no function says"_s);
    // The same words with another SQLSTATE are another message.
    QVERIFY(DbError::fromSqlState(u"P0002"_s, u"the SIN is not valid (9 digits with a check digit)"_s)
                .code.isEmpty());
    // A value that looks like a placeholder stays as it is.
    QCOMPARE(ServerErrors::substitute(u"%1 et %2"_s, {u"%2"_s, u"b"_s}), u"%2 et b"_s);
}

void TstServerErrors::checkFrench(const DbError &e, const QString &code, const QString &french) {
    QVERIFY2(e.isError(), "no error");
    QCOMPARE(e.code, code);
    const QString shown = e.userMessage();
    QCOMPARE(shown, french);
    static const QRegularExpression word(u"[A-Za-z]{4,}"_s);
    // No English word of the server's format shows through (values are the data's own words).
    for (auto it = word.globalMatch(QString::fromUtf8(ServerErrors::byCode(code)->format)); it.hasNext();) {
        const QString w = it.next().captured(0);
        QVERIFY2(!shown.contains(QRegularExpression(u"\\b"_s + w + u"\\b"_s)),
                 qPrintable(u"English \""_s + w + u"\" in: "_s + shown));
    }
}

void TstServerErrors::bookingClashReadsInFrench() {
    const QString sql = QStringLiteral("SELECT desk.create_booking(?, ?, ?::timestamp AT TIME ZONE "
                                       "'America/Toronto', ?::timestamp AT TIME ZONE 'America/Toronto', 0, "
                                       "'confirmed')");
    // Alice is booked in another workshop (which the owner may not see) at 14:00.
    ADESK_VERIFY_SQL(m_db.run(u"BEGIN"_s));
    ADESK_VERIFY_SQL(m_db.run(u"ALTER TABLE desk.bay_bookings DISABLE TRIGGER bay_bookings_check"_s));
    const auto elsewhere =
        m_db.run(u"INSERT INTO desk.bay_bookings (workshop_id, bay_id, mechanic_id, span) VALUES (?, ?, ?, "
                 "tstzrange('2030-03-04 14:00-05', '2030-03-04 15:00-05'))"_s,
                 {m_otherShop, m_otherBay, m_mechA});
    ADESK_VERIFY_SQL(m_db.run(u"ALTER TABLE desk.bay_bookings ENABLE TRIGGER bay_bookings_check"_s));
    ADESK_VERIFY_SQL(m_db.run(u"COMMIT"_s));
    ADESK_VERIFY_SQL(elsewhere);
    const auto clash = TestDatabase::run(QSqlDatabase::database(u"owner"_s, false), sql,
                                         {m_bay, m_mechA, u"2030-03-04T14:30"_s, u"2030-03-04T15:30"_s});
    QVERIFY(!clash.ok);
    checkFrench(clash.error, u"already_booked_elsewhere_time"_s,
                u"Alice Vérifiée est déjà réservé ailleurs à ce moment."_s);

    // Two bookings of one bay: the sentence is French; its value is the server's own description of
    // the other booking (desk.describe_booking, English words and dates: see the report).
    const auto first = TestDatabase::run(QSqlDatabase::database(u"owner"_s, false), sql,
                                         {m_bay, m_mechA, u"2030-03-04T09:00"_s, u"2030-03-04T10:00"_s});
    ADESK_VERIFY_SQL(first);
    const auto bay = TestDatabase::run(QSqlDatabase::database(u"owner"_s, false), sql,
                                       {m_bay, m_mechB, u"2030-03-04T09:30"_s, u"2030-03-04T10:30"_s});
    QVERIFY(!bay.ok);
    QCOMPARE(bay.error.code, u"bay_already_taken"_s);
    QCOMPARE(bay.error.args.size(), 1);
    QVERIFY2(bay.error.args.first().startsWith(u"booking "_s + first.scalar().toString()),
             qPrintable(bay.error.args.first()));
    QCOMPARE(bay.error.userMessage(), u"La baie est déjà prise par "_s + bay.error.args.first() + u'.');
}

void TstServerErrors::forbiddenCallReadsInFrench() {
    // An owner runs the compliance expiry sweep: the GRANTs refuse it before any function body runs,
    // with PostgreSQL's own message (not a catalogued RAISE): the generic French sentence, no English.
    const auto r =
        TestDatabase::run(QSqlDatabase::database(u"owner"_s, false), u"SELECT desk.expire_sweep()"_s);
    QVERIFY(!r.ok);
    QCOMPARE(r.error.sqlState, u"42501"_s);
    QVERIFY(r.error.code.isEmpty());
    QCOMPARE(r.error.userMessage(), u"Votre compte n’est pas autorisé à effectuer cette action."_s);
    // A function's own refusal (a definer function checks the caller) has its catalogued sentence.
    const DbError own = DbError::fromSqlState(u"42501"_s, u"only finance may see a SIN or BN"_s);
    checkFrench(own, u"only_finance_may_see_sin"_s, u"Seules les finances peuvent voir un NAS ou un NE."_s);
}

void TstServerErrors::badSinReadsInFrench() {
    const auto r = TestDatabase::run(
        QSqlDatabase::database(u"finance"_s, false),
        u"SELECT desk.save_tax_profile('mechanic', ?, 0, 'individual', 'Crosses', 'Carol', NULL, NULL, NULL, "
        "'046454287', NULL, '2 Rue Principale', NULL, 'Montréal', 'QC', 'H2X 1Y4', 'fr', true)"_s,
        {m_mechA});
    QVERIFY(!r.ok);
    checkFrench(r.error, u"sin_not_valid_9_digits"_s,
                u"Le NAS n’est pas valide (9 chiffres avec un chiffre de contrôle)."_s);
}

QTEST_GUILESS_MAIN(TstServerErrors)
#include "tst_servererrors.moc"
