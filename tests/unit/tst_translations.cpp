// Every user-visible string must exist in French (Quebec): the fr_CA catalogue is complete, has no
// stale entries, keeps the %1/%2… placeholders of its sources, and covers every tr() string that
// lupdate finds in app/, views/, models/ and ui/. Adding a tr() string without translating it fails
// this test; fix with `cmake --build build --target update_translations`, then translate the new
// entries of translations/autodoctor-desk_fr_CA.ts (Qt Linguist or a text editor).

#include <QDir>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#ifndef ADESK_SOURCE_DIR
#error "ADESK_SOURCE_DIR must be defined (top-level source directory)"
#endif
#ifndef ADESK_LUPDATE
#define ADESK_LUPDATE "/usr/lib/qt6/bin/lupdate"
#endif

namespace {

struct TsMessage {
    QString context;
    QString source;
    QString comment; ///< disambiguation; part of the key
    QString type;    ///< translation type: "", "unfinished", "vanished", "obsolete"
    bool numerus = false;
    QStringList translations; ///< one entry, or one per plural form

    QString key() const { return context + u'\x1f' + source + u'\x1f' + comment; }
    QString describe() const {
        QString d = QStringLiteral("[%1] \"%2\"").arg(context, source);
        if (!comment.isEmpty())
            d += QStringLiteral(" (%1)").arg(comment);
        return d;
    }
};

struct TsFile {
    QString language;
    QList<TsMessage> messages;
};

bool parseTs(const QString &path, TsFile *out, QString *error) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot open %1: %2").arg(path, f.errorString());
        return false;
    }
    QXmlStreamReader xml(&f);
    QString context;
    TsMessage msg;
    bool inMessage = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == u"TS") {
                out->language = xml.attributes().value(QLatin1StringView("language")).toString();
            } else if (name == u"context") {
                context.clear();
            } else if (name == u"name" && !inMessage) {
                context = xml.readElementText();
            } else if (name == u"message") {
                inMessage = true;
                msg = TsMessage();
                msg.context = context;
                msg.numerus = xml.attributes().value(QLatin1StringView("numerus")) == u"yes";
            } else if (inMessage && name == u"source") {
                msg.source = xml.readElementText();
            } else if (inMessage && name == u"comment") {
                msg.comment = xml.readElementText();
            } else if (inMessage && name == u"translation") {
                msg.type = xml.attributes().value(QLatin1StringView("type")).toString();
                if (!msg.numerus)
                    msg.translations << xml.readElementText();
            } else if (inMessage && name == u"numerusform") {
                msg.translations << xml.readElementText();
            }
        } else if (xml.isEndElement() && xml.name() == u"message") {
            inMessage = false;
            out->messages << msg;
        }
    }
    if (xml.hasError()) {
        *error = QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
        return false;
    }
    return true;
}

/// Placeholders QString::arg() and tr()'s plural handling substitute: %1…%99 (with or without the
/// L of localised numbers, which a translation may add or drop) and %n.
QSet<QString> placeholders(const QString &text) {
    static const QRegularExpression re(QStringLiteral("%L?([1-9][0-9]?|n)"));
    QSet<QString> found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found.insert(u'%' + it.next().captured(1));
    return found;
}

/// Problems of a translation catalogue: entries not translated, empty, stale, or missing a
/// placeholder of their source. One line per problem.
QStringList catalogueProblems(const TsFile &ts) {
    QStringList problems;
    for (const TsMessage &m : ts.messages) {
        if (m.type == u"vanished" || m.type == u"obsolete") {
            problems << QStringLiteral("stale (%1, no longer in the sources): %2").arg(m.type, m.describe());
            continue;
        }
        if (m.type == u"unfinished") {
            problems << QStringLiteral("unfinished: %1").arg(m.describe());
            continue;
        }
        bool anyEmpty = m.translations.isEmpty();
        for (const QString &t : m.translations)
            anyEmpty = anyEmpty || t.trimmed().isEmpty();
        if (anyEmpty) {
            problems << QStringLiteral("empty translation: %1").arg(m.describe());
            continue;
        }
        const QSet<QString> wanted = placeholders(m.source);
        QSet<QString> inSome;
        for (const QString &t : m.translations) {
            const QSet<QString> have = placeholders(t);
            inSome.unite(have);
            for (const QString &p : wanted) {
                // A plural form may spell the number out ("un document"): %n is needed in at least
                // one form only; %1, %2… are needed in every form.
                if (p != u"%n" && !have.contains(p))
                    problems
                        << QStringLiteral("placeholder %1 missing in \"%2\": %3").arg(p, t, m.describe());
            }
            for (const QString &p : have) {
                if (!wanted.contains(p))
                    problems << QStringLiteral("placeholder %1 not in the source, in \"%2\": %3")
                                    .arg(p, t, m.describe());
            }
        }
        if (wanted.contains(QStringLiteral("%n")) && !inSome.contains(QStringLiteral("%n")))
            problems << QStringLiteral("placeholder %n missing in every plural form: %1").arg(m.describe());
    }
    return problems;
}

/// Messages lupdate extracted (`extracted`) that the catalogue lacks (stale entries do not count).
QStringList missingFrom(const TsFile &catalogue, const TsFile &extracted) {
    QSet<QString> have;
    for (const TsMessage &m : catalogue.messages) {
        if (m.type != u"vanished" && m.type != u"obsolete")
            have.insert(m.key());
    }
    QStringList missing;
    for (const TsMessage &m : extracted.messages) {
        if (m.type != u"vanished" && m.type != u"obsolete" && !have.contains(m.key()))
            missing << QStringLiteral("not in the catalogue: %1").arg(m.describe());
    }
    return missing;
}

/// Runs lupdate over `inputs` (files or directories, scanned recursively) into a new .ts file.
bool runLupdate(const QStringList &inputs, const QStringList &includeDirs, const QString &tsPath,
                QString *error) {
    QStringList args{
        QStringLiteral("-silent"),      QStringLiteral("-locations"),       QStringLiteral("none"),
        QStringLiteral("-no-obsolete"), QStringLiteral("-target-language"), QStringLiteral("fr_CA")};
    for (const QString &dir : includeDirs)
        args << QStringLiteral("-I") << dir;
    args << inputs << QStringLiteral("-ts") << tsPath;
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral(ADESK_LUPDATE), args);
    if (!p.waitForStarted(10000)) {
        *error = QStringLiteral("cannot start %1: %2").arg(QStringLiteral(ADESK_LUPDATE), p.errorString());
        return false;
    }
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished(5000);
        *error = QStringLiteral(
            "lupdate did not finish within 120 s. Qt 6.4's lupdate hangs on a '/' or '*' inside nested "
            "parentheses among the arguments of QCoreApplication::translate(), e.g. "
            "translate(\"C\", \"%n min\", nullptr, int(secs / 60)): compute the number first or "
            "use static_cast<int>(…). Output so far: ");
        error->append(QString::fromLocal8Bit(p.readAll()));
        return false;
    }
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        *error = QStringLiteral("lupdate failed (exit %1): %2")
                     .arg(p.exitCode())
                     .arg(QString::fromLocal8Bit(p.readAll()));
        return false;
    }
    if (!QFile::exists(tsPath)) {
        *error = QStringLiteral("lupdate wrote no %1").arg(tsPath);
        return false;
    }
    return true;
}

bool writeFile(const QString &path, const QByteArray &content) {
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(content) == content.size();
}

/// The source tree to check: the one this test was built from, or $ADESK_SOURCE_DIR.
QString sourceDir() {
    return qEnvironmentVariable("ADESK_SOURCE_DIR", QStringLiteral(ADESK_SOURCE_DIR));
}

QString frenchCatalogue() {
    return sourceDir() + QStringLiteral("/translations/autodoctor-desk_fr_CA.ts");
}

// A small but complete catalogue: plain, disambiguated, placeholder and plural messages.
const char *const kCompleteFixture = R"(<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_CA">
<context>
    <name>adesk::Fixture</name>
    <message>
        <source>Approve</source>
        <translation>Approuver</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>verb</comment>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %L1 de %L2</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) waiting for %1</source>
        <translation>
            <numerusform>Un document en attente pour %1</numerusform>
            <numerusform>%n documents en attente pour %1</numerusform>
        </translation>
    </message>
</context>
</TS>
)";

// The same catalogue with one problem per message.
const char *const kBrokenFixture = R"(<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_CA">
<context>
    <name>adesk::Fixture</name>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <comment>verb</comment>
        <translation></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) waiting for %1</source>
        <translation>
            <numerusform>Un document en attente</numerusform>
            <numerusform>Des documents en attente pour %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Reject</source>
        <translation type="vanished">Refuser</translation>
    </message>
</context>
</TS>
)";

// A source file with the strings of kCompleteFixture, for the lupdate round trip.
const char *const kFixtureSource = R"(#include <QObject>
namespace adesk {
class Fixture : public QObject
{
    Q_OBJECT
public:
    static QStringList texts(int n)
    {
        return {tr("Approve"), tr("Open", "verb"), tr("Page %1 of %2").arg(1).arg(n),
                tr("%n document(s) waiting for %1", nullptr, n).arg(QString())};
    }
};
} // namespace adesk
)";

} // namespace

class TstTranslations : public QObject {
    Q_OBJECT

private slots:
    void completeFixturePasses();
    void brokenFixtureIsReported();
    void lupdateFindsUntranslatedSourceStrings();
    void frenchCatalogueIsComplete();
    void everySourceStringHasFrench();
    void englishPluralsAreComplete();
};

void TstTranslations::completeFixturePasses() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("fixture_fr_CA.ts"));
    QVERIFY(writeFile(path, kCompleteFixture));
    TsFile ts;
    QString error;
    QVERIFY2(parseTs(path, &ts, &error), qPrintable(error));
    QCOMPARE(ts.language, QStringLiteral("fr_CA"));
    QCOMPARE(ts.messages.size(), 4);
    QCOMPARE(ts.messages.at(1).comment, QStringLiteral("verb"));
    QCOMPARE(ts.messages.at(3).translations.size(), 2);
    const QStringList problems = catalogueProblems(ts);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TstTranslations::brokenFixtureIsReported() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("broken_fr_CA.ts"));
    QVERIFY(writeFile(path, kBrokenFixture));
    TsFile ts;
    QString error;
    QVERIFY2(parseTs(path, &ts, &error), qPrintable(error));
    const QString report = catalogueProblems(ts).join(u'\n');
    QVERIFY2(report.contains(u"unfinished: [adesk::Fixture] \"Approve\""), qPrintable(report));
    QVERIFY2(report.contains(u"empty translation: [adesk::Fixture] \"Open\" (verb)"), qPrintable(report));
    QVERIFY2(report.contains(u"placeholder %2 missing in \"Page %1\""), qPrintable(report));
    QVERIFY2(report.contains(u"placeholder %1 missing in \"Un document en attente\""), qPrintable(report));
    QVERIFY2(report.contains(u"placeholder %n missing in every plural form"), qPrintable(report));
    QVERIFY2(report.contains(u"stale (vanished, no longer in the sources): [adesk::Fixture] \"Reject\""),
             qPrintable(report));
}

void TstTranslations::lupdateFindsUntranslatedSourceStrings() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("src")));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("src/fixture.cpp")), kFixtureSource));
    const QString extractedPath = dir.filePath(QStringLiteral("extracted_fr_CA.ts"));
    QString error;
    QVERIFY2(runLupdate({dir.filePath(QStringLiteral("src"))}, {}, extractedPath, &error), qPrintable(error));
    TsFile extracted;
    QVERIFY2(parseTs(extractedPath, &extracted, &error), qPrintable(error));
    QCOMPARE(extracted.messages.size(), 4);

    // The complete catalogue covers every extracted string…
    const QString completePath = dir.filePath(QStringLiteral("complete_fr_CA.ts"));
    QVERIFY(writeFile(completePath, kCompleteFixture));
    TsFile complete;
    QVERIFY2(parseTs(completePath, &complete, &error), qPrintable(error));
    QStringList missing = missingFrom(complete, extracted);
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u'\n')));

    // …and a new tr() string without a translation is reported.
    QByteArray grown(kFixtureSource);
    grown.replace("tr(\"Approve\")", "tr(\"Approve\"), tr(\"Request more information\")");
    QVERIFY(writeFile(dir.filePath(QStringLiteral("src/fixture.cpp")), grown));
    QVERIFY(QFile::remove(extractedPath));
    QVERIFY2(runLupdate({dir.filePath(QStringLiteral("src"))}, {}, extractedPath, &error), qPrintable(error));
    extracted = TsFile();
    QVERIFY2(parseTs(extractedPath, &extracted, &error), qPrintable(error));
    missing = missingFrom(complete, extracted);
    QCOMPARE(missing, QStringList{QStringLiteral(
                          "not in the catalogue: [adesk::Fixture] \"Request more information\"")});
}

void TstTranslations::frenchCatalogueIsComplete() {
    TsFile ts;
    QString error;
    QVERIFY2(parseTs(frenchCatalogue(), &ts, &error), qPrintable(error));
    QCOMPARE(ts.language, QStringLiteral("fr_CA"));
    const QStringList problems = catalogueProblems(ts);
    if (!problems.isEmpty()) {
        QFAIL(qPrintable(QStringLiteral("%1 problem(s) in %2 (update it with `cmake --build build --target "
                                        "update_translations`, then translate):\n%3")
                             .arg(problems.size())
                             .arg(frenchCatalogue(), problems.join(u'\n'))));
    }
}

void TstTranslations::everySourceStringHasFrench() {
    // Same inputs and include paths as the update_translations target (app/CMakeLists.txt).
    const QDir src(sourceDir());
    QStringList inputs;
    for (const QString &d :
         {QStringLiteral("app"), QStringLiteral("views"), QStringLiteral("models"), QStringLiteral("ui")}) {
        if (src.exists(d))
            inputs << src.filePath(d);
    }
    const QStringList includes{src.path()}; // includes are written from the repository root
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString extractedPath = dir.filePath(QStringLiteral("sources_fr_CA.ts"));
    QString error;
    QVERIFY2(runLupdate(inputs, includes, extractedPath, &error), qPrintable(error));
    TsFile extracted;
    QVERIFY2(parseTs(extractedPath, &extracted, &error), qPrintable(error));
    // The sources have user-visible strings (at least the language names of Translator): finding
    // none means lupdate did not look where it should.
    QVERIFY2(!extracted.messages.isEmpty(), "lupdate found no tr() string in app/ views/ models/ ui/");

    TsFile catalogue;
    QVERIFY2(parseTs(frenchCatalogue(), &catalogue, &error), qPrintable(error));
    const QStringList missing = missingFrom(catalogue, extracted);
    if (!missing.isEmpty()) {
        QFAIL(qPrintable(QStringLiteral("%1 of %2 source string(s) have no French translation in %3 "
                                        "(update it with `cmake --build build --target "
                                        "update_translations`, then translate):\n%4")
                             .arg(missing.size())
                             .arg(extracted.messages.size())
                             .arg(frenchCatalogue(), missing.join(u'\n'))));
    }
}

// English is the source language, but a plural ("%n recipient(s)") shows its "(s)" unless the
// English catalogue gives both forms: every numerus message has them, with %n where the source has it
// (a spin box suffix such as " day(s)" has none: the number is the spin box's).
void TstTranslations::englishPluralsAreComplete() {
    TsFile ts;
    QString error;
    QVERIFY2(parseTs(sourceDir() + QStringLiteral("/translations/autodoctor-desk_en.ts"), &ts, &error),
             qPrintable(error));
    QStringList problems;
    int plurals = 0;
    for (const TsMessage &m : std::as_const(ts.messages)) {
        if (!m.numerus || m.type == u"vanished" || m.type == u"obsolete")
            continue;
        ++plurals;
        bool ok = m.type != u"unfinished" && m.translations.size() == 2;
        for (const QString &t : m.translations)
            ok = ok && !t.isEmpty() &&
                 t.contains(QStringLiteral("%n")) == m.source.contains(QStringLiteral("%n"));
        if (!ok)
            problems << m.describe();
    }
    QVERIFY2(plurals > 0, "no plural message in the English catalogue");
    QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("English plural forms missing (give both forms in "
                                                           "translations/autodoctor-desk_en.ts):\n") +
                                            problems.join(u'\n')));
}

QTEST_GUILESS_MAIN(TstTranslations)
#include "tst_translations.moc"
