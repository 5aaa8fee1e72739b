#pragma once

#include "models/earnings/statementdata.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

class QPainter;
class QPagedPaintDevice;
class QPaintDevice;

namespace adesk {

/// The platform's details printed in the letterhead.
struct StatementPlatform {
    QString name = QStringLiteral("The Auto Doctor Inc.");
    QString address = QStringLiteral("100 King St W, Suite 5700, Toronto ON M5X 1C9");
    /// Registration numbers printed when the statement carries none (StatementData's, from
    /// desk.sales_tax_registrations, come first).
    QString gstHstNumber = QStringLiteral("794512368 RT0001");
    QString qstNumber = QStringLiteral("1234567890 TQ0001");
    QString email = QStringLiteral("payouts@theautodoctor.ca");
};

/// Renders monthly statements (StatementData) to PDF (QtGui and libcairo2). Letter pages, DejaVu
/// fonts embedded (TrueType subsets with a ToUnicode map, so the text can be searched and copied),
/// a table of events that breaks across pages with its header repeated, "Page n of m" on every page.
/// The statement is in the payee's language — French for Quebec payees — from an explicit bilingual
/// string table, whatever the UI language. Thread-safe: call it from worker threads (QtConcurrent)
/// with a QGuiApplication alive.
///
/// One layout, paint(), in points with QPainter, drawn on either of two devices:
/// - Writer::Cairo (render(), renderCombined(), the batch): CairoPdfDocument, cairo's PDF surface
///   behind a QPaintDevice. QPdfWriter's engine compresses at a fixed level and builds each font's
///   subset and ToUnicode map again in every document; cairo does less of that work per document
///   (issue 19: tests/bench/README.md, bench_statements, against ReportLab).
/// - Writer::Qt: QPdfWriter, the engine that QPrinter's PDF output and the print preview use. The
///   two PDFs look the same (tst_statements renders both with Poppler and compares every page's
///   pixels and text).
class StatementRenderer {
public:
    using Platform = StatementPlatform;

    /// Which PDF library writes the document (see above); the layout is the same.
    enum class Writer { Cairo, Qt };

    static QByteArray render(const StatementData &statement, const Platform &platform = {},
                             Writer writer = Writer::Cairo);
    /// Every statement in one PDF (for printing), each starting on a new page.
    /// @p keepGoing, when set, is asked before each statement (its index) and stops the rendering
    /// (empty result) when it returns false.
    static QByteArray renderCombined(const QList<StatementData> &statements, const Platform &platform = {},
                                     const std::function<bool(int)> &keepGoing = {},
                                     Writer writer = Writer::Cairo);
    /// Pages @p statement takes.
    static int pageCount(const StatementData &statement);

    /// Events that fit on the first page / on each following page (two lines each: the numbers,
    /// then where they come from).
    static constexpr int kFirstPageRows = 26;
    static constexpr int kNextPageRows = 33;

    /// Where an event's fee and share come from, in @p language: "Fee: rule “Virtual Consultation
    /// Fee” · Share: remainder of the gross", "Fee and share: Agreement #12", "Charge: monthly
    /// charge, Agreement #12"; empty for events posted before sources were recorded.
    static QString sourceText(const StatementData::Event &event, const QString &language);

    /// What the event was, on one line: "Video consultation — Garage X" (the mechanic on a workshop's
    /// statement, the workshop on a mechanic's), "Brake repair — …", in @p language. The event's
    /// number ("#781") is printed under it, with where its numbers come from.
    static QString describe(const StatementData::Event &event, Party statementParty, const QString &language);

    /// The platform's tax registrations as the statement prints them, one per tax: "GST/HST 794512368
    /// RT0001" (English), "TPS/TVH …" (French); a Quebec payee's "GST …" and "QST …" ("TPS …", "TVQ …").
    static QStringList registrations(const StatementData &statement, const Platform &platform);
    /// The statement's string @p key in @p language ("en" | "fr").
    static QString text(const char *key, const QString &language);
    /// Paints one statement on @p painter, starting on the current page of @p writer (a QPdfWriter or a
    /// QPrinter, at any resolution: the layout is in points and the fonts follow the device, so a print
    /// preview draws what the PDF holds). The painter must be untransformed; it is left as it was.
    static void paint(QPainter &painter, QPagedPaintDevice &writer, const StatementData &statement,
                      const Platform &platform);
    /// The same on any paint device (CairoPdfDocument): @p newPage ends the device's page and
    /// starts the next one.
    static void paint(QPainter &painter, QPaintDevice &device, const std::function<bool()> &newPage,
                      const StatementData &statement, const Platform &platform);

private:
    static QByteArray renderAll(const QList<StatementData> &statements, const Platform &platform,
                                const std::function<bool(int)> &keepGoing, Writer writer,
                                const QString &title);
};

} // namespace adesk
