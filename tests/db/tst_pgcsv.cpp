// CSV through PostgreSQL (issue 18, "Libraries instead of hand-written code"), as a workshop owner's
// login: the export binds its values (a filter value holding '?', quotes, a comma and a line break
// selects what it should and the file reads back to the same values), the import reads with COPY
// (quoted line breaks, a 10 MB file whole, Windows-1252 and UTF-8 with a byte-order mark, a bad
// record reported with its line and nothing read).

#include "models/core/pgcsv.h"
#include "models/partnerships/partscsv.h"
#include "tests/support/testdatabase.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace adesk;

class TstPgCsv : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void exportBindsTheValues();
    void importReadsQuotedLineBreaks();
    void importReadsA10MegabyteFileWhole();
    void importReadsWindows1252AndUtf8WithBom();
    void importReportsTheBadLineAndReadsNothing();
    void partsCatalogueFromAFile();

private:
    QSqlDatabase owner() const { return QSqlDatabase::database(QStringLiteral("owner"), false); }
    QString write(const QString &name, const QByteArray &bytes) {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            qWarning("cannot write %s", qPrintable(path));
        return path;
    }
    bool stagingGone() {
        return TestDatabase::run(owner(),
                                 QStringLiteral("SELECT to_regclass('pg_temp.adesk_csv_staging') IS NULL"))
            .scalar()
            .toBool();
    }

    TestDatabase m_db;
    QTemporaryDir m_dir;
    QSqlDatabase m_owner;
};

void TstPgCsv::initTestCase() {
    ADESK_START_TEST_DATABASE(m_db);
    QVERIFY(m_dir.isValid());
    const qint64 workshop = m_db.insertWorkshop(QStringLiteral("Garage Alpha"));
    QVERIFY(m_db.connectAs(QStringLiteral("owner"), QStringLiteral("adesk_workshop_owner"),
                           QStringLiteral("Olivia Owner"), {workshop}));
    m_owner = owner();
}

void TstPgCsv::exportBindsTheValues() {
    const QString filter = QStringLiteral("what? it's \"x\", then\na new line");
    const QStringList values = {QStringLiteral("a?b"),
                                QStringLiteral("it's"),
                                QStringLiteral("say \"hi\""),
                                QStringLiteral("x,y"),
                                QStringLiteral("line 1\nline 2\r\nline 3"),
                                QStringLiteral(""),
                                QStringLiteral("?"),
                                QStringLiteral("Pièce à l'unité")};
    QStringList rows;
    QVariantList binds;
    for (int i = 0; i < values.size(); ++i) {
        rows << QStringLiteral("(%1, ?::text)").arg(i + 1);
        binds << values.at(i);
    }
    rows << QStringLiteral("(99, ?::text)"); // the filter's own value: filtered out
    binds << filter;
    rows << QStringLiteral("(100, NULL)");
    binds << filter;
    const QString sql = QStringLiteral("SELECT n, v AS \"value, quoted\" FROM (VALUES %1) t(n, v) "
                                       "WHERE v IS DISTINCT FROM ? ORDER BY n")
                            .arg(rows.join(QStringLiteral(", ")));
    const QString path = m_dir.filePath(QStringLiteral("export.csv"));
    const Result<qint64> n = PgCsv::exportQuery(m_owner, sql, binds, path);
    QVERIFY2(n.ok(), qPrintable(n.error().serverMessage));
    QCOMPARE(n.value(), qint64(values.size() + 1));

    // Quoted as COPY quotes: the empty string as "", NULL as nothing.
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QVERIFY(bytes.startsWith("n,\"value, quoted\"\n1,a?b\n2,it's\n3,\"say \"\"hi\"\"\"\n4,\"x,y\"\n"));
    QVERIFY(bytes.contains("\n6,\"\"\n7,?\n"));
    QVERIFY(bytes.endsWith("\n100,\n"));

    // Read back by an independent RFC 4180 reader (PostgreSQL's COPY): the same values.
    const Result<CsvRecords> back = PgCsv::readFile(m_owner, path);
    QVERIFY2(back.ok(), qPrintable(back.error().serverMessage));
    QCOMPARE(back->header, (QStringList{QStringLiteral("n"), QStringLiteral("value, quoted")}));
    QCOMPARE(back->rows.size(), values.size() + 1);
    for (int i = 0; i < values.size(); ++i)
        QCOMPARE(back->rows.at(i), (QStringList{QString::number(i + 1), values.at(i)}));
    QCOMPARE(back->rows.last().first(), QStringLiteral("100"));
}

void TstPgCsv::importReadsQuotedLineBreaks() {
    const QString path =
        write(QStringLiteral("quoted.csv"), "part_number,part_name,retail\r\n"
                                            "P-1,\"Brake pad\r\nfront, \"\"ceramic\"\"\",89.95\r\n"
                                            "P-2,Rotor,120\r\n");
    const Result<CsvRecords> r = PgCsv::readFile(m_owner, path);
    QVERIFY2(r.ok(), qPrintable(r.error().serverMessage));
    QCOMPARE(r->encoding, QStringLiteral("UTF8"));
    QCOMPARE(r->header, (QStringList{QStringLiteral("part_number"), QStringLiteral("part_name"),
                                     QStringLiteral("retail")}));
    QCOMPARE(r->rows.size(), 2);
    QCOMPARE(r->rows.at(0).at(1), QStringLiteral("Brake pad\r\nfront, \"ceramic\""));
    QCOMPARE(r->rows.at(1),
             (QStringList{QStringLiteral("P-2"), QStringLiteral("Rotor"), QStringLiteral("120")}));
    QCOMPARE(r->lines, (QList<qint64>{2, 4})); // P-1's name holds a line break
    QVERIFY(stagingGone());
}

void TstPgCsv::importReadsA10MegabyteFileWhole() {
    QByteArray bytes("part_number;part_name;retail\n");
    int rows = 0;
    while (bytes.size() < 10 * 1024 * 1024 + 1) {
        ++rows;
        bytes += "P-" + QByteArray::number(rows) + ";\"Part " + QByteArray::number(rows) +
                 "; a name long enough to fill the file quickly\";" + QByteArray::number(rows % 1000) +
                 ",95\n";
    }
    const QString path = write(QStringLiteral("big.csv"), bytes);
    QVERIFY(QFileInfo(path).size() > 10 * 1024 * 1024);
    const Result<CsvRecords> r = PgCsv::readFile(m_owner, path);
    QVERIFY2(r.ok(), qPrintable(r.error().serverMessage));
    QCOMPARE(r->rows.size(), rows);
    QCOMPARE(r->rows.last(),
             (QStringList{QStringLiteral("P-%1").arg(rows),
                          QStringLiteral("Part %1; a name long enough to fill the file quickly").arg(rows),
                          QStringLiteral("%1,95").arg(rows % 1000)}));
    QCOMPARE(r->lines.last(), qint64(rows + 1));
}

void TstPgCsv::importReadsWindows1252AndUtf8WithBom() {
    // Excel's "CSV" on Windows: Windows-1252 ("é" is 0xE9, "€" 0x80).
    const QString latin = write(QStringLiteral("latin.csv"), "part_number,part_name\n"
                                                             "P-1,Pi\xe8"
                                                             "ce \xe0 fr\xe9in \x80\n");
    const Result<CsvRecords> l = PgCsv::readFile(m_owner, latin);
    QVERIFY2(l.ok(), qPrintable(l.error().serverMessage));
    QCOMPARE(l->encoding, QStringLiteral("WIN1252"));
    QCOMPARE(l->rows.first().at(1), QStringLiteral("Pièce à fréin €"));

    const QString bom = write(QStringLiteral("bom.csv"), "\xEF\xBB\xBFpart_number,part_name\n"
                                                         "P-1,Pi\xC3\xA8"
                                                         "ce\n");
    const Result<CsvRecords> b = PgCsv::readFile(m_owner, bom);
    QVERIFY2(b.ok(), qPrintable(b.error().serverMessage));
    QCOMPARE(b->encoding, QStringLiteral("UTF8"));
    QCOMPARE(b->header.first(), QStringLiteral("part_number")); // no byte-order mark in the name
    QCOMPARE(b->rows.first().at(1), QStringLiteral("Pièce"));
}

void TstPgCsv::importReportsTheBadLineAndReadsNothing() {
    // Record 3 spans lines 3 and 4; line 6 has a field too many.
    const QString path = write(QStringLiteral("bad.csv"), "part_number,part_name\n"
                                                          "P-1,Pad\n"
                                                          "P-2,\"Two\nlines\"\n"
                                                          "P-3,Rotor\n"
                                                          "P-4,Drum,extra\n"
                                                          "P-5,Shoe\n");
    const Result<CsvRecords> r = PgCsv::readFile(m_owner, path);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().serverMessage.startsWith(QStringLiteral("Line 6: ")),
             qPrintable(r.error().serverMessage));
    QVERIFY(stagingGone());
    // The connection is usable afterwards, outside any transaction.
    const QString good = write(QStringLiteral("good.csv"), "a,b\n1,2\n");
    const Result<CsvRecords> again = PgCsv::readFile(m_owner, good);
    QVERIFY2(again.ok(), qPrintable(again.error().serverMessage));
    QCOMPARE(again->rows.size(), 1);

    const QString unterminated = write(QStringLiteral("open.csv"), "a,b\n1,2\n3,\"open\n");
    const Result<CsvRecords> u = PgCsv::readFile(m_owner, unterminated);
    QVERIFY(!u.ok());
    QVERIFY2(u.error().serverMessage.startsWith(QStringLiteral("Line 3: ")),
             qPrintable(u.error().serverMessage));
}

// The parts catalogue's Import CSV: the rows of a Windows-1252 file with a quoted line break, and a
// bad amount reported with the file's line (the record after the two-line name).
void TstPgCsv::partsCatalogueFromAFile() {
    const QString path =
        write(QStringLiteral("parts.csv"), "Part Number;Part Name;Wholesale;Retail\r\n"
                                           "BP-1;\"Plaquettes\r\navant c\xe9ramique\";45,00;89,95 $\r\n"
                                           "RT-2;Rotor;60;120\r\n");
    const Result<CsvRecords> r = PgCsv::readFile(m_owner, path);
    QVERIFY2(r.ok(), qPrintable(r.error().serverMessage));
    const auto parts = PartsCsv::parseParts(r.value());
    QVERIFY2(parts.errors.isEmpty(), qPrintable(parts.errors.join(u'\n')));
    QCOMPARE(parts.rows.size(), 2);
    QCOMPARE(parts.rows.at(0).partName, QStringLiteral("Plaquettes\r\navant céramique"));
    QCOMPARE(parts.rows.at(0).retailCents, 8995);
    QCOMPARE(parts.rows.at(1).wholesaleCents, 6000);

    const QString bad = write(QStringLiteral("badparts.csv"), "part_number,part_name,wholesale,retail\n"
                                                              "BP-1,\"Two\nlines\",45,89\n"
                                                              "RT-2,Rotor,sixty,120\n");
    const Result<CsvRecords> b = PgCsv::readFile(m_owner, bad);
    QVERIFY2(b.ok(), qPrintable(b.error().serverMessage));
    const auto badParts = PartsCsv::parseParts(b.value());
    QCOMPARE(badParts.errors.size(), 1);
    QVERIFY2(badParts.errors.first().startsWith(QStringLiteral("Line 4: ")),
             qPrintable(badParts.errors.first()));
}

QTEST_GUILESS_MAIN(TstPgCsv)
#include "tst_pgcsv.moc"
