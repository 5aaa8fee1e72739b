// Renderer backends, LRU cache and render queue: QtGui only, no widget is created.
#include "views/documents/documentrenderer.h"
#include "views/documents/imagerenderer.h"
#include "views/documents/pageimagecache.h"
#include "views/documents/pagerenderqueue.h"
#include "views/documents/popplerrenderer.h"

#include "tests/support/documentfixtures.h"

#include <QGuiApplication>
#include <QSignalSpy>
#include <QTest>

#include <atomic>

using namespace adesk;
using OpenResult = DocumentRenderer::OpenResult;

using test::fixture;

class TestDocumentRenderer : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void sniff_data();
    void sniff();
    void pageCounts_data();
    void pageCounts();
    void badInput_data();
    void badInput();
    void passwordFlow();
    void images_data();
    void images();
    void renderHasContent();
    void rotationSwapsSize();
    void pageRotationApplied();
    void searchAcrossLines();
    void searchT4a();
    void pageText();
    void abortReturnsNullImage();
    void abortWhileRendering();
    void cacheEvictsLeastRecentlyUsed();
    void queueRendersOffThread();
    void queueDropsAbortedJobs();
    void queueCacheStaysBounded();
};

void TestDocumentRenderer::sniff_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("kind");
    QTest::newRow("pdf") << "t4a-15e.pdf" << int(DocumentRenderer::Kind::Pdf);
    QTest::newRow("jpeg") << "out-rgb-rgb.jpg" << int(DocumentRenderer::Kind::Jpeg);
    QTest::newRow("png") << "kroller.png" << int(DocumentRenderer::Kind::Png);
    QTest::newRow("text") << "unsupported.txt" << int(DocumentRenderer::Kind::Unknown);
    QTest::newRow("zip") << "unsupported.docx" << int(DocumentRenderer::Kind::Unknown);
    QTest::newRow("empty") << "empty.pdf" << int(DocumentRenderer::Kind::Unknown);
}

void TestDocumentRenderer::sniff() {
    QFETCH(QString, file);
    QFETCH(int, kind);
    QCOMPARE(int(DocumentRenderer::sniff(fixture(file))), kind);
}

void TestDocumentRenderer::pageCounts_data() {
    // Expected values from `pdfinfo` (poppler-utils 22.12) on the reference documents.
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("pages");
    QTest::addColumn<QSizeF>("firstPageSize");
    QTest::newRow("doublepage") << "doublepage.pdf" << 2 << QSizeF(595.22, 842);
    QTest::newRow("jpeg") << "jpeg.pdf" << 1 << QSizeF(595, 840);
    QTest::newRow("orientation") << "orientation.pdf" << 4 << QSizeF(595, 842);
    QTest::newRow("searchAcrossLines") << "searchAcrossLines.pdf" << 2 << QSizeF(595.276, 841.89);
    QTest::newRow("t4a-15e") << "t4a-15e.pdf" << 2 << QSizeF(612, 792);
}

void TestDocumentRenderer::pageCounts() {
    QFETCH(QString, file);
    QFETCH(int, pages);
    QFETCH(QSizeF, firstPageSize);
    const DocumentRenderer::LoadResult loaded =
        DocumentRenderer::loadInProcess(fixture(file), QStringLiteral("application/pdf"));
    QCOMPARE(loaded.result, OpenResult::Ok);
    QVERIFY(loaded.renderer);
    QCOMPARE(loaded.renderer->kind(), DocumentRenderer::Kind::Pdf);
    QCOMPARE(loaded.renderer->pageCount(), pages);
    const QSizeF size = loaded.renderer->pageSizePoints(0);
    QVERIFY2(qAbs(size.width() - firstPageSize.width()) < 0.5 &&
                 qAbs(size.height() - firstPageSize.height()) < 0.5,
             qPrintable(QStringLiteral("%1 x %2").arg(size.width()).arg(size.height())));
    QVERIFY(!loaded.renderer->pageSizePoints(pages).isValid());
    QVERIFY(loaded.renderer->renderPage(pages, 72, 0).isNull());
}

void TestDocumentRenderer::badInput_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("mimeType");
    QTest::addColumn<OpenResult>("expected");
    QTest::newRow("corrupt") << "corrupt.pdf"
                             << "application/pdf" << OpenResult::Corrupt;
    QTest::newRow("truncated") << "truncated.pdf"
                               << "application/pdf" << OpenResult::Corrupt;
    QTest::newRow("empty") << "empty.pdf"
                           << "application/pdf" << OpenResult::Empty;
    QTest::newRow("text") << "unsupported.txt"
                          << "text/plain" << OpenResult::Unsupported;
    QTest::newRow("zip as pdf") << "unsupported.docx"
                                << "application/pdf" << OpenResult::Unsupported;
    QTest::newRow("png declared as pdf") << "kroller.png"
                                         << "application/pdf" << OpenResult::Unsupported;
    QTest::newRow("pdf declared as jpeg") << "t4a-15e.pdf"
                                          << "image/jpeg" << OpenResult::Unsupported;
    QTest::newRow("40000 x 40000 png") << "huge-dimensions.png"
                                       << "image/png" << OpenResult::TooLarge;
    QTest::newRow("pdf as octet-stream") << "t4a-15e.pdf"
                                         << "application/octet-stream" << OpenResult::Ok;
}

void TestDocumentRenderer::badInput() {
    QFETCH(QString, file);
    QFETCH(QString, mimeType);
    QFETCH(OpenResult, expected);
    const DocumentRenderer::LoadResult loaded = DocumentRenderer::loadInProcess(fixture(file), mimeType);
    QCOMPARE(loaded.result, expected);
    QCOMPARE(bool(loaded.renderer), expected == OpenResult::Ok);
}

void TestDocumentRenderer::passwordFlow() {
    const QByteArray bytes = fixture(QStringLiteral("PasswordEncrypted.pdf"));
    PopplerRenderer renderer;
    QCOMPARE(renderer.open(bytes, QStringLiteral("application/pdf")), OpenResult::NeedsPassword);
    QCOMPARE(renderer.pageCount(), 0);
    QCOMPARE(renderer.open(bytes, QStringLiteral("application/pdf"), QStringLiteral("letmein")),
             OpenResult::WrongPassword);
    QCOMPARE(renderer.open(bytes, QStringLiteral("application/pdf"), QStringLiteral("password")),
             OpenResult::Ok);
    QVERIFY(renderer.pageCount() > 0);
    QVERIFY(!renderer.renderPage(0, 36, 0).isNull());
}

void TestDocumentRenderer::images_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("mimeType");
    QTest::addColumn<QSize>("size");
    QTest::newRow("cmyk jpeg") << "out-cmyk-cmyk.jpg"
                               << "image/jpeg" << QSize(256, 192);
    QTest::newRow("rgb jpeg") << "out-rgb-rgb.jpg"
                              << "image/jpeg" << QSize(256, 192);
    QTest::newRow("png") << "kroller.png"
                         << "image/png" << QSize(827, 519);
    QTest::newRow("jpeg without mime") << "out-rgb-rgb.jpg"
                                       << "" << QSize(256, 192);
}

void TestDocumentRenderer::images() {
    QFETCH(QString, file);
    QFETCH(QString, mimeType);
    QFETCH(QSize, size);
    const DocumentRenderer::LoadResult loaded = DocumentRenderer::loadInProcess(fixture(file), mimeType);
    QCOMPARE(loaded.result, OpenResult::Ok);
    QVERIFY(dynamic_cast<ImageRenderer *>(loaded.renderer.get()));
    QCOMPARE(loaded.renderer->pageCount(), 1);
    QCOMPARE(loaded.renderer->pageSizePoints(0), QSizeF(size));
    const QImage image = loaded.renderer->renderPage(0, 72, 0);
    QCOMPARE(image.size(), size);
    QVERIFY(image.format() == QImage::Format_RGB32 || image.format() == QImage::Format_ARGB32_Premultiplied);
    QCOMPARE(loaded.renderer->renderPage(0, 144, 0).size(), size * 2);
    QCOMPARE(loaded.renderer->renderPage(0, 72, 90).size(), size.transposed());
    QVERIFY(loaded.renderer->search(QStringLiteral("anything")).isEmpty());
}

void TestDocumentRenderer::renderHasContent() {
    const auto loaded = DocumentRenderer::loadInProcess(fixture(QStringLiteral("t4a-15e.pdf")),
                                                        QStringLiteral("application/pdf"));
    QCOMPARE(loaded.result, OpenResult::Ok);
    const QImage image = loaded.renderer->renderPage(0, 72, 0);
    QCOMPARE(image.size(), QSize(612, 792));
    // Not a blank page: some pixels are dark.
    int dark = 0;
    for (int y = 0; y < image.height(); y += 4)
        for (int x = 0; x < image.width(); x += 4)
            dark += qGray(image.pixel(x, y)) < 128;
    QVERIFY2(dark > 100, qPrintable(QString::number(dark)));
}

void TestDocumentRenderer::rotationSwapsSize() {
    const auto loaded = DocumentRenderer::loadInProcess(fixture(QStringLiteral("t4a-15e.pdf")),
                                                        QStringLiteral("application/pdf"));
    QCOMPARE(loaded.result, OpenResult::Ok);
    const QImage upright = loaded.renderer->renderPage(0, 36, 0);
    const QImage turned = loaded.renderer->renderPage(0, 36, 90);
    const QImage upsideDown = loaded.renderer->renderPage(0, 36, 180);
    const QImage left = loaded.renderer->renderPage(0, 36, 270);
    QCOMPARE(upright.size(), QSize(306, 396));
    QCOMPARE(turned.size(), upright.size().transposed());
    QCOMPARE(upsideDown.size(), upright.size());
    QCOMPARE(left.size(), upright.size().transposed());
}

void TestDocumentRenderer::pageRotationApplied() {
    // orientation.pdf: four A4 pages with /Rotate 0, 90, 180 and 270 (pdfinfo).
    const auto loaded = DocumentRenderer::loadInProcess(fixture(QStringLiteral("orientation.pdf")),
                                                        QStringLiteral("application/pdf"));
    QCOMPARE(loaded.result, OpenResult::Ok);
    QCOMPARE(loaded.renderer->pageSizePoints(0).toSize(), QSize(595, 842));
    QCOMPARE(loaded.renderer->pageSizePoints(1).toSize(), QSize(842, 595));
    QCOMPARE(loaded.renderer->pageSizePoints(2).toSize(), QSize(595, 842));
    QCOMPARE(loaded.renderer->pageSizePoints(3).toSize(), QSize(842, 595));
    QCOMPARE(loaded.renderer->renderPage(1, 72, 0).size(), QSize(842, 595));
    QCOMPARE(loaded.renderer->renderPage(1, 72, 90).size(), QSize(595, 842));
}

void TestDocumentRenderer::searchAcrossLines() {
    const auto loaded = DocumentRenderer::loadInProcess(fixture(QStringLiteral("searchAcrossLines.pdf")),
                                                        QStringLiteral("application/pdf"));
    QCOMPARE(loaded.result, OpenResult::Ok);
    // "…con métodos que garantizan que / se está accediendo…": the phrase wraps onto the next line.
    const QList<SearchHit> hits = loaded.renderer->search(QStringLiteral("garantizan que se está"));
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits.first().page, 1);
    QVERIFY(!hits.first().continuationPoints.isNull());
    QVERIFY(hits.first().continuationPoints.top() > hits.first().rectPoints.top());
    // Case-insensitive, on one line.
    const QList<SearchHit> civil = loaded.renderer->search(QStringLiteral("ENJUICIAMIENTO CIVIL"));
    QVERIFY(!civil.isEmpty());
    QVERIFY(civil.first().continuationPoints.isNull());
    QVERIFY(loaded.renderer->search(QStringLiteral("zzzz-not-in-here")).isEmpty());
}

void TestDocumentRenderer::searchT4a() {
    const auto loaded = DocumentRenderer::loadInProcess(fixture(QStringLiteral("t4a-15e.pdf")),
                                                        QStringLiteral("application/pdf"));
    QCOMPARE(loaded.result, OpenResult::Ok);
    const QList<SearchHit> hits = loaded.renderer->search(QStringLiteral("social insurance number"));
    QVERIFY(!hits.isEmpty());
    const QSizeF page = loaded.renderer->pageSizePoints(hits.first().page);
    for (const SearchHit &hit : hits) {
        QVERIFY(hit.rectPoints.width() > 0 && hit.rectPoints.height() > 0);
        QVERIFY(QRectF(QPointF(0, 0), page).contains(hit.rectPoints));
    }
    const QList<SearchHit> t4a = loaded.renderer->search(QStringLiteral("t4a"));
    QVERIFY(t4a.size() >= 2);
}

void TestDocumentRenderer::pageText() {
    const auto loaded = DocumentRenderer::loadInProcess(fixture(QStringLiteral("t4a-15e.pdf")),
                                                        QStringLiteral("application/pdf"));
    QCOMPARE(loaded.result, OpenResult::Ok);
    QVERIFY(loaded.renderer->pageText(0).contains(QStringLiteral("Social insurance number")));
    QVERIFY(loaded.renderer->pageText(99).isEmpty());
}

void TestDocumentRenderer::abortReturnsNullImage() {
    const auto pdf = DocumentRenderer::loadInProcess(fixture(QStringLiteral("jpeg.pdf")),
                                                     QStringLiteral("application/pdf"));
    QCOMPARE(pdf.result, OpenResult::Ok);
    QVERIFY(pdf.renderer->renderPage(0, 72, 0, [] { return true; }).isNull());
    QVERIFY(!pdf.renderer->renderPage(0, 72, 0, [] { return false; }).isNull());
    const auto png =
        DocumentRenderer::loadInProcess(fixture(QStringLiteral("kroller.png")), QStringLiteral("image/png"));
    QCOMPARE(png.result, OpenResult::Ok);
    QVERIFY(png.renderer->renderPage(0, 72, 0, [] { return true; }).isNull());
}

void TestDocumentRenderer::abortWhileRendering() {
    // The callback is consulted during the render: say no a few times, then abort.
    const auto pdf = DocumentRenderer::loadInProcess(fixture(QStringLiteral("jpeg.pdf")),
                                                     QStringLiteral("application/pdf"));
    QCOMPARE(pdf.result, OpenResult::Ok);
    int calls = 0;
    const QImage image = pdf.renderer->renderPage(0, 150, 0, [&calls] { return ++calls > 1; });
    QVERIFY(image.isNull());
    QVERIFY(calls >= 2);
}

void TestDocumentRenderer::cacheEvictsLeastRecentlyUsed() {
    QImage image(100, 100, QImage::Format_RGB32); // 40000 bytes
    image.fill(Qt::white);
    PageImageCache cache(100000);
    cache.insert(PageKey::make(0, 72, 0), image);
    cache.insert(PageKey::make(1, 72, 0), image);
    QVERIFY(!cache.find(PageKey::make(0, 72, 0)).isNull()); // 0 is now the most recent
    cache.insert(PageKey::make(2, 72, 0), image);
    QCOMPARE(cache.count(), 2);
    QVERIFY(cache.totalBytes() <= cache.limitBytes());
    QVERIFY(cache.contains(PageKey::make(0, 72, 0)));
    QVERIFY(!cache.contains(PageKey::make(1, 72, 0)));
    QVERIFY(cache.contains(PageKey::make(2, 72, 0)));
    QCOMPARE(cache.findAny(2, 0).size(), image.size());
    QVERIFY(cache.findAny(2, 90).isNull());
    QImage huge(400, 400, QImage::Format_RGB32);
    cache.insert(PageKey::make(3, 72, 0), huge); // bigger than the limit: not kept
    QVERIFY(!cache.contains(PageKey::make(3, 72, 0)));
    cache.setLimitBytes(50000);
    QCOMPARE(cache.count(), 1);

    // Many pages of different sizes through a budget of ten 100×100 pages: the cost is the bytes
    // (width × height × 4), the total never exceeds the budget, and what was used last stays.
    PageImageCache pages(10 * 40000);
    QCOMPARE(PageImageCache::costOf(image), qint64(40000));
    for (int i = 0; i < 60; ++i) {
        QImage page(100 + (i % 3) * 20, 100, QImage::Format_ARGB32_Premultiplied);
        page.fill(Qt::white);
        pages.insert(PageKey::make(i, 72, 0), page);
        QVERIFY(!pages.find(PageKey::make(0, 72, 0)).isNull()); // page 0 kept in use
        QVERIFY(pages.totalBytes() <= pages.limitBytes());
    }
    QVERIFY(pages.contains(PageKey::make(0, 72, 0)));
    QVERIFY(pages.contains(PageKey::make(59, 72, 0)));
    QVERIFY(!pages.contains(PageKey::make(1, 72, 0)));
    QVERIFY(!pages.contains(PageKey::make(50, 72, 0)));
    QCOMPARE(pages.totalBytes(), [&] {
        qint64 sum = 0;
        for (int i = 0; i < 60; ++i)
            if (pages.contains(PageKey::make(i, 72, 0)))
                sum += qint64(100 + (i % 3) * 20) * 100 * 4;
        return sum;
    }());
    // A page rendered again at the same key replaces its older image.
    const qint64 before = pages.totalBytes();
    pages.insert(PageKey::make(59, 72, 0), image);
    QVERIFY(pages.totalBytes() <= before);
    QCOMPARE(pages.find(PageKey::make(59, 72, 0)).size(), image.size());
}

void TestDocumentRenderer::queueRendersOffThread() {
    auto loaded = DocumentRenderer::loadInProcess(fixture(QStringLiteral("t4a-15e.pdf")),
                                                  QStringLiteral("application/pdf"));
    QCOMPARE(loaded.result, OpenResult::Ok);
    PageRenderQueue queue;
    queue.setRenderer(loaded.renderer);
    QSignalSpy rendered(&queue, &PageRenderQueue::pageRendered);
    QVERIFY(!queue.request(1, 50, 0));
    QVERIFY(queue.isPending(PageKey::make(1, 50, 0)));
    QVERIFY(!queue.request(1, 50, 0)); // no duplicate job
    QTRY_COMPARE(rendered.size(), 1);
    QCOMPARE(rendered.first().at(0).toInt(), 1);
    QVERIFY(!rendered.first().at(1).value<QImage>().isNull());
    QVERIFY(queue.request(1, 50, 0)); // now cached
    QVERIFY(!queue.cached(PageKey::make(1, 50, 0)).isNull());
    QCOMPARE(queue.pendingCount(), 0);
}

void TestDocumentRenderer::queueDropsAbortedJobs() {
    auto loaded = DocumentRenderer::loadInProcess(fixture(QStringLiteral("jpeg.pdf")),
                                                  QStringLiteral("application/pdf"));
    QCOMPARE(loaded.result, OpenResult::Ok);
    PageRenderQueue queue;
    queue.setRenderer(loaded.renderer);
    QSignalSpy rendered(&queue, &PageRenderQueue::pageRendered);
    QSignalSpy dropped(&queue, &PageRenderQueue::renderDropped);
    const quint64 before = queue.generation();
    queue.request(0, 300, 0);
    queue.request(0, 200, 0);
    queue.abortAll(); // the user zoomed again before they finished
    QVERIFY(queue.generation() > before);
    QCOMPARE(queue.pendingCount(), 0);
    QTRY_COMPARE(dropped.size(), 2);
    QCOMPARE(rendered.size(), 0);
    QCOMPARE(queue.cachedCount(), 0);
    for (const QList<QVariant> &args : std::as_const(dropped))
        QCOMPARE(args.at(1).toBool(), false); // aborted, not failed

    // retainOnly() aborts what is no longer wanted and keeps the rest.
    queue.request(0, 40, 0);
    queue.request(0, 41, 0);
    queue.retainOnly({PageKey::make(0, 41, 0)});
    QTRY_COMPARE(rendered.size(), 1);
    QCOMPARE(rendered.first().at(2).value<PageKey>(), PageKey::make(0, 41, 0));
    QTRY_COMPARE(queue.pendingCount(), 0);
    QVERIFY(!queue.cached(PageKey::make(0, 41, 0)).isNull());
}

void TestDocumentRenderer::queueCacheStaysBounded() {
    auto loaded = DocumentRenderer::loadInProcess(fixture(QStringLiteral("t4a-15e.pdf")),
                                                  QStringLiteral("application/pdf"));
    QCOMPARE(loaded.result, OpenResult::Ok);
    PageRenderQueue queue;
    const qint64 limit = 4 * 1024 * 1024;
    queue.setCacheLimit(limit);
    queue.setRenderer(loaded.renderer);
    QSignalSpy rendered(&queue, &PageRenderQueue::pageRendered);
    int requested = 0;
    for (int dpi = 60; dpi < 100; dpi += 4) { // each page ~1.5-3.7 MB
        for (int page = 0; page < 2; ++page) {
            queue.request(page, dpi, 0);
            ++requested;
        }
    }
    QTRY_COMPARE_WITH_TIMEOUT(rendered.size(), requested, 30000);
    QVERIFY2(queue.cacheBytes() <= limit, qPrintable(QString::number(queue.cacheBytes())));
    QVERIFY(queue.cachedCount() >= 1);
    QVERIFY(queue.cachedCount() < requested);
}

QTEST_GUILESS_MAIN(TestDocumentRenderer)
#include "tst_documentrenderer.moc"
