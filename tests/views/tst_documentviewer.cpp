// DocumentView, the compliance reviewer's document pane, driven as a user would (offscreen).
#include "models/core/backgroundpool.h"
#include "views/documents/documentbanner.h"
#include "views/documents/documentsearchbar.h"
#include "views/documents/documentview.h"
#include "views/documents/pagecanvas.h"
#include "views/documents/pagerenderqueue.h"

#include "tests/support/documentfixtures.h"
#include "tests/support/heldpool.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QThreadPool>

using namespace adesk;
using OpenResult = DocumentRenderer::OpenResult;
using test::fixture;

namespace {

QString mimeFor(const QString &name) {
    if (name.endsWith(QLatin1String(".pdf")))
        return QStringLiteral("application/pdf");
    if (name.endsWith(QLatin1String(".jpg")))
        return QStringLiteral("image/jpeg");
    if (name.endsWith(QLatin1String(".png")))
        return QStringLiteral("image/png");
    return QStringLiteral("application/octet-stream");
}

/// Opens a fixture in view and waits for the worker to finish.
OpenResult openFixture(DocumentView &view, const QString &name) {
    QSignalSpy opened(&view, &DocumentView::opened);
    view.setDocument(fixture(name), mimeFor(name), name);
    if (!opened.wait(10000))
        return OpenResult::Missing;
    return opened.last().at(0).value<OpenResult>();
}

bool waitForRendering(DocumentView &view) {
    return QTest::qWaitFor(
        [&view] { return view.renderQueue()->pendingCount() == 0 && view.renderQueue()->cachedCount() > 0; },
        15000);
}

} // namespace

class TestDocumentViewer : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void opensWithoutBlocking();
    void pageCounts_data();
    void pageCounts();
    void badFiles_data();
    void badFiles();
    void missingDocument();
    void passwordFlow();
    void passwordThroughBanner();
    void images_data();
    void images();
    void newDocumentSupersedesOpenInProgress();
    void rendersVisiblePages();
    void zoomShortcuts();
    void fitModes();
    void fitWidthStaysReadableInANarrowColumn();
    void zoomChoiceIsRemembered();
    void rotation();
    void thumbnailsJumpToPage();
    void searchAcrossLines();
    void searchT4aWithKeyboard();
    void cacheBoundWhileScrolling();
    void clearResets();
    void destroyedWithWorkInFlight();
    void opensWhileQtsOwnPoolIsBusy();
    void screenshot();

private:
    DocumentView *m_view = nullptr;
};

void TestDocumentViewer::init() {
    m_view = new DocumentView;
    m_view->resize(1000, 800);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view));
}

void TestDocumentViewer::cleanup() {
    delete m_view;
    m_view = nullptr;
}

void TestDocumentViewer::opensWithoutBlocking() {
    QSignalSpy state(m_view, &DocumentView::documentStateChanged);
    QSignalSpy opened(m_view, &DocumentView::opened);
    m_view->setDocument(fixture(QStringLiteral("jpeg.pdf")), QStringLiteral("application/pdf"),
                        QStringLiteral("jpeg.pdf"));
    // setDocument() only starts the work: nothing is open yet when it returns.
    QVERIFY(m_view->isLoading());
    QCOMPARE(opened.size(), 0);
    QCOMPARE(m_view->pageCount(), 0);
    QVERIFY(opened.wait(10000));
    QVERIFY(!m_view->isLoading());
    QCOMPARE(m_view->openResult(), OpenResult::Ok);
    QCOMPARE(m_view->pageCount(), 1);
    QVERIFY(state.size() >= 2);
}

void TestDocumentViewer::pageCounts_data() {
    // Expected counts from `pdfinfo` (poppler-utils 22.12).
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("pages");
    QTest::newRow("doublepage") << "doublepage.pdf" << 2;
    QTest::newRow("jpeg") << "jpeg.pdf" << 1;
    QTest::newRow("orientation") << "orientation.pdf" << 4;
    QTest::newRow("searchAcrossLines") << "searchAcrossLines.pdf" << 2;
    QTest::newRow("t4a-15e") << "t4a-15e.pdf" << 2;
}

void TestDocumentViewer::pageCounts() {
    QFETCH(QString, file);
    QFETCH(int, pages);
    QCOMPARE(openFixture(*m_view, file), OpenResult::Ok);
    QCOMPARE(m_view->pageCount(), pages);
    QCOMPARE(m_view->currentPage(), 0);
    QCOMPARE(m_view->pageIndicatorText(), QStringLiteral("Page 1 of %1").arg(pages));
    QVERIFY(m_view->bannerText().isEmpty());
    QCOMPARE(m_view->findChild<QListWidget *>()->count(), pages);
}

void TestDocumentViewer::badFiles_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<OpenResult>("expected");
    QTest::addColumn<QString>("message");
    QTest::newRow("corrupt") << "corrupt.pdf" << OpenResult::Corrupt << "damaged";
    QTest::newRow("truncated") << "truncated.pdf" << OpenResult::Corrupt << "incomplete";
    QTest::newRow("empty") << "empty.pdf" << OpenResult::Empty << "empty";
    QTest::newRow("unsupported text") << "unsupported.txt" << OpenResult::Unsupported << "not supported";
    QTest::newRow("unsupported zip") << "unsupported.docx" << OpenResult::Unsupported << "not supported";
}

void TestDocumentViewer::badFiles() {
    QFETCH(QString, file);
    QFETCH(OpenResult, expected);
    QFETCH(QString, message);
    QCOMPARE(openFixture(*m_view, file), expected);
    QCOMPARE(m_view->openResult(), expected);
    QCOMPARE(m_view->pageCount(), 0);
    QVERIFY(!m_view->hasDocument());
    QVERIFY2(m_view->bannerText().startsWith(QStringLiteral("The document could not be loaded: ")),
             qPrintable(m_view->bannerText()));
    QVERIFY2(m_view->bannerText().contains(message), qPrintable(m_view->bannerText()));
    QVERIFY(!m_view->isPasswordPromptVisible());
    QVERIFY(m_view->findChild<DocumentBanner *>()->isVisible());
    // The pane still works afterwards.
    QCOMPARE(openFixture(*m_view, QStringLiteral("doublepage.pdf")), OpenResult::Ok);
    QVERIFY(m_view->bannerText().isEmpty());
    QVERIFY(!m_view->findChild<DocumentBanner *>()->isVisible());
}

void TestDocumentViewer::missingDocument() {
    QSignalSpy state(m_view, &DocumentView::documentStateChanged);
    m_view->showMissing(QStringLiteral("the storage server did not answer."));
    QCOMPARE(m_view->openResult(), OpenResult::Missing);
    QCOMPARE(m_view->bannerText(),
             QStringLiteral("The document could not be loaded: the storage server did not answer."));
    QCOMPARE(state.size(), 1);
    QCOMPARE(m_view->pageCount(), 0);
}

void TestDocumentViewer::passwordFlow() {
    QCOMPARE(openFixture(*m_view, QStringLiteral("PasswordEncrypted.pdf")), OpenResult::NeedsPassword);
    QVERIFY(m_view->isPasswordPromptVisible());
    QVERIFY(m_view->bannerText().contains(QStringLiteral("password")));
    QCOMPARE(m_view->pageCount(), 0);

    QSignalSpy opened(m_view, &DocumentView::opened);
    m_view->unlock(QStringLiteral("not-it"));
    QVERIFY(opened.wait(10000));
    QCOMPARE(m_view->openResult(), OpenResult::WrongPassword);
    QVERIFY(m_view->isPasswordPromptVisible());
    QVERIFY(m_view->bannerText().contains(QStringLiteral("incorrect")));

    m_view->unlock(QStringLiteral("password"));
    QVERIFY(opened.wait(10000));
    QCOMPARE(m_view->openResult(), OpenResult::Ok);
    QVERIFY(m_view->pageCount() > 0);
    QVERIFY(!m_view->isPasswordPromptVisible());
    QVERIFY(m_view->bannerText().isEmpty());
    QVERIFY(waitForRendering(*m_view));
}

void TestDocumentViewer::passwordThroughBanner() {
    QCOMPARE(openFixture(*m_view, QStringLiteral("PasswordEncrypted.pdf")), OpenResult::NeedsPassword);
    auto *banner = m_view->findChild<DocumentBanner *>();
    auto *field = banner->findChild<QLineEdit *>();
    auto *button = banner->findChild<QPushButton *>();
    QVERIFY(field && field->isVisible() && field->echoMode() == QLineEdit::Password);
    QVERIFY(button && button->isVisible());
    QSignalSpy opened(m_view, &DocumentView::opened);
    QTest::keyClicks(field, QStringLiteral("password"));
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(opened.wait(10000));
    QCOMPARE(m_view->openResult(), OpenResult::Ok);
    QCOMPARE(m_view->pageCount(), 1);
}

void TestDocumentViewer::images_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<QSize>("size");
    QTest::newRow("cmyk jpeg") << "out-cmyk-cmyk.jpg" << QSize(256, 192);
    QTest::newRow("rgb jpeg") << "out-rgb-rgb.jpg" << QSize(256, 192);
    QTest::newRow("png") << "kroller.png" << QSize(827, 519);
}

void TestDocumentViewer::images() {
    QFETCH(QString, file);
    QFETCH(QSize, size);
    QCOMPARE(openFixture(*m_view, file), OpenResult::Ok);
    QCOMPARE(m_view->pageCount(), 1);
    QCOMPARE(m_view->zoomMode(), DocumentView::ZoomMode::FitPage);
    m_view->actualSize();
    QCOMPARE(m_view->zoom(), 1.0);
    const QRect page = m_view->findChild<PageCanvas *>()->pageRect(0);
    const double scale = m_view->logicalDpiX() / 72.0;
    QCOMPARE(page.size(), QSize(qRound(size.width() * scale), qRound(size.height() * scale)));
    QVERIFY(waitForRendering(*m_view));
}

void TestDocumentViewer::newDocumentSupersedesOpenInProgress() {
    QSignalSpy opened(m_view, &DocumentView::opened);
    m_view->setDocument(fixture(QStringLiteral("searchAcrossLines.pdf")), QStringLiteral("application/pdf"),
                        {});
    m_view->setDocument(fixture(QStringLiteral("orientation.pdf")), QStringLiteral("application/pdf"), {});
    QVERIFY(opened.wait(10000));
    QTest::qWait(200); // the first open's continuation, if any, would arrive now
    QCOMPARE(opened.size(), 1);
    QCOMPARE(m_view->pageCount(), 4);
}

void TestDocumentViewer::rendersVisiblePages() {
    QCOMPARE(openFixture(*m_view, QStringLiteral("t4a-15e.pdf")), OpenResult::Ok);
    QVERIFY(waitForRendering(*m_view));
    auto *canvas = m_view->findChild<PageCanvas *>();
    const PageKey key = PageKey::make(0, canvas->renderDpi(0), 0);
    const QImage image = m_view->renderQueue()->cached(key);
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), canvas->pageRect(0).size());
    // The thumbnails render too.
    QVERIFY(QTest::qWaitFor([this] { return m_view->thumbnailQueue()->cachedCount() == 2; }, 10000));
}

void TestDocumentViewer::zoomShortcuts() {
    QCOMPARE(openFixture(*m_view, QStringLiteral("doublepage.pdf")), OpenResult::Ok);
    auto *canvas = m_view->findChild<PageCanvas *>();
    canvas->setFocus();
    QCOMPARE(m_view->zoomMode(), DocumentView::ZoomMode::FitWidth);
    m_view->actualSize();
    QCOMPARE(m_view->zoom(), 1.0);
    QTest::keyClick(canvas, Qt::Key_Equal, Qt::ControlModifier);
    QCOMPARE(m_view->zoom(), 1.25);
    QCOMPARE(m_view->zoomMode(), DocumentView::ZoomMode::Custom);
    QTest::keyClick(canvas, Qt::Key_Minus, Qt::ControlModifier);
    QTest::keyClick(canvas, Qt::Key_Minus, Qt::ControlModifier);
    QCOMPARE(m_view->zoom(), 0.9);
    for (int i = 0; i < 30; ++i)
        m_view->zoomIn();
    QCOMPARE(m_view->zoom(), PageCanvas::MaxZoom);
    for (int i = 0; i < 30; ++i)
        m_view->zoomOut();
    QCOMPARE(m_view->zoom(), PageCanvas::MinZoom);
    QVERIFY(waitForRendering(*m_view));
}

void TestDocumentViewer::fitModes() {
    QCOMPARE(openFixture(*m_view, QStringLiteral("t4a-15e.pdf")), OpenResult::Ok);
    auto *canvas = m_view->findChild<PageCanvas *>();
    m_view->fitWidth();
    const int viewportWidth = canvas->viewport()->width();
    QVERIFY(canvas->pageRect(0).width() <= viewportWidth);
    QVERIFY(canvas->pageRect(0).width() >= viewportWidth - 2 * PageCanvas::PageMargin - 2);
    m_view->fitPage();
    QCOMPARE(m_view->zoomMode(), DocumentView::ZoomMode::FitPage);
    QVERIFY(canvas->pageRect(0).height() <= canvas->viewport()->height());
    // Fit modes follow the pane's size.
    const double before = m_view->zoom();
    m_view->resize(700, 500);
    QTRY_VERIFY(m_view->zoom() < before);
    QVERIFY(canvas->pageRect(0).height() <= canvas->viewport()->height());
}

void TestDocumentViewer::fitWidthStaysReadableInANarrowColumn() {
    // A review column a few hundred pixels wide: fit width would shrink a letter page to ~25 %.
    m_view->resize(380, 700);
    QCOMPARE(openFixture(*m_view, QStringLiteral("t4a-15e.pdf")), OpenResult::Ok);
    auto *canvas = m_view->findChild<PageCanvas *>();
    QCOMPARE(m_view->zoomMode(), DocumentView::ZoomMode::FitWidth);
    QVERIFY2(canvas->fitWidthZoom() < DocumentView::ReadableZoom, "the column is not narrow enough");
    QCOMPARE(m_view->zoom(), DocumentView::ReadableZoom);
    // The page is wider than the column: a horizontal scroll bar reaches the rest.
    QVERIFY(canvas->pageRect(0).width() > canvas->viewport()->width());
    QTRY_VERIFY(canvas->horizontalScrollBar()->maximum() > 0);
    m_view->fitWidth();
    QCOMPARE(m_view->zoom(), DocumentView::ReadableZoom);
    // Wide enough again: fit width fits.
    m_view->resize(1400, 800);
    QTRY_VERIFY(m_view->zoom() > DocumentView::ReadableZoom);
    QVERIFY(canvas->pageRect(0).width() <= canvas->viewport()->width());
}

void TestDocumentViewer::zoomChoiceIsRemembered() {
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setDefaultFormat(QSettings::IniFormat);
    const QString group = QStringLiteral("tst_documentviewer/zoom");
    QSettings().remove(group);
    m_view->setZoomMemory(group);
    QCOMPARE(openFixture(*m_view, QStringLiteral("t4a-15e.pdf")), OpenResult::Ok);
    QCOMPARE(m_view->zoomMode(), DocumentView::ZoomMode::FitWidth); // nothing chosen yet
    m_view->setZoom(1.5);
    {
        // The next document, in a new view (a new session), opens at the chosen level.
        DocumentView other;
        other.setZoomMemory(group);
        other.resize(600, 600);
        other.show();
        QCOMPARE(openFixture(other, QStringLiteral("doublepage.pdf")), OpenResult::Ok);
        QCOMPARE(other.zoomMode(), DocumentView::ZoomMode::Custom);
        QCOMPARE(other.zoom(), 1.5);
        // Fit page is remembered as a mode (it follows each document and column).
        other.fitPage();
    }
    QCOMPARE(openFixture(*m_view, QStringLiteral("searchAcrossLines.pdf")), OpenResult::Ok);
    QCOMPARE(m_view->zoomMode(), DocumentView::ZoomMode::FitPage);
    // A view without memory is not affected.
    DocumentView plain;
    plain.resize(600, 600);
    plain.show();
    QCOMPARE(openFixture(plain, QStringLiteral("t4a-15e.pdf")), OpenResult::Ok);
    QCOMPARE(plain.zoomMode(), DocumentView::ZoomMode::FitWidth);
    QSettings().remove(group);
}

void TestDocumentViewer::rotation() {
    QCOMPARE(openFixture(*m_view, QStringLiteral("t4a-15e.pdf")), OpenResult::Ok);
    auto *canvas = m_view->findChild<PageCanvas *>();
    m_view->actualSize();
    const QSize upright = canvas->pageRect(0).size();
    QVERIFY(upright.height() > upright.width());
    m_view->rotateRight();
    QCOMPARE(m_view->rotation(), 90);
    QCOMPARE(canvas->pageRect(0).size(), upright.transposed());
    QVERIFY(waitForRendering(*m_view));
    const QImage turned = m_view->renderQueue()->cached(PageKey::make(0, canvas->renderDpi(0), 90));
    QCOMPARE(turned.size(), upright.transposed());
    m_view->rotateLeft();
    m_view->rotateLeft();
    QCOMPARE(m_view->rotation(), 270);
    m_view->rotateRight();
    QCOMPARE(m_view->rotation(), 0);
    QCOMPARE(canvas->pageRect(0).size(), upright);
}

void TestDocumentViewer::thumbnailsJumpToPage() {
    QCOMPARE(openFixture(*m_view, QStringLiteral("orientation.pdf")), OpenResult::Ok);
    m_view->actualSize();
    auto *thumbnails = m_view->findChild<QListWidget *>();
    QCOMPARE(thumbnails->count(), 4);
    QSignalSpy pageChanged(m_view, &DocumentView::currentPageChanged);
    const QRect item = thumbnails->visualItemRect(thumbnails->item(2));
    QTest::mouseClick(thumbnails->viewport(), Qt::LeftButton, {}, item.center());
    QCOMPARE(m_view->currentPage(), 2);
    QCOMPARE(m_view->pageIndicatorText(), QStringLiteral("Page 3 of 4"));
    QVERIFY(!pageChanged.isEmpty());
    m_view->goToPage(0);
    QCOMPARE(m_view->currentPage(), 0);
    QCOMPARE(thumbnails->currentRow(), 0);
}

void TestDocumentViewer::searchAcrossLines() {
    QCOMPARE(openFixture(*m_view, QStringLiteral("searchAcrossLines.pdf")), OpenResult::Ok);
    QSignalSpy finished(m_view, &DocumentView::searchFinished);
    m_view->find(QStringLiteral("garantizan que se está"));
    QVERIFY(finished.wait(10000));
    QCOMPARE(m_view->searchHitCount(), 1);
    QCOMPARE(m_view->currentSearchHit(), 0);
    QCOMPARE(m_view->searchHits().first().page, 1);
    QCOMPARE(m_view->currentPage(), 1); // scrolled to the hit

    m_view->find(QStringLiteral("no such phrase anywhere"));
    QVERIFY(finished.wait(10000));
    QCOMPARE(m_view->searchHitCount(), 0);
    QCOMPARE(m_view->currentSearchHit(), -1);
}

// Issue 19: Qt's raster engine fills large areas on QThreadPool::globalInstance() and waits for it
// on the GUI thread, so the viewer's own jobs run on backgroundPool(): with every thread of that
// pool held, a document waits (Qt's pool is free: were the job there, it would open); let go, it
// opens.
void TestDocumentViewer::opensWhileQtsOwnPoolIsBusy() {
    QVERIFY(adesk::backgroundPool() != QThreadPool::globalInstance());
    adesk::test::HeldPool held(adesk::backgroundPool());
    DocumentView view;
    QSignalSpy opened(&view, &DocumentView::opened);
    view.setDocument(fixture(QStringLiteral("searchAcrossLines.pdf")), QStringLiteral("application/pdf"),
                     QStringLiteral("searchAcrossLines.pdf"));
    QTest::qWait(1000); // what Qt's own pool would have opened by now
    QVERIFY(view.isLoading());
    QCOMPARE(opened.count(), 0);
    held.release();
    QVERIFY(opened.wait(10000));
    QCOMPARE(opened.last().at(0).value<OpenResult>(), OpenResult::Ok);
}

void TestDocumentViewer::destroyedWithWorkInFlight() {
    // Every thread of the background pool (where a view opens and searches) is held; a view queues
    // its work behind them and is destroyed; then the work runs. Nothing may reach the dead view
    // (Qt 6.4 asserts on a continuation whose context is gone; ASan reports a use after free).
    const auto runPool = [](adesk::test::HeldPool &held) {
        held.release();
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
    };

    auto *opening = new DocumentView;
    {
        adesk::test::HeldPool held(adesk::backgroundPool());
        opening->setDocument(fixture(QStringLiteral("t4a-15e.pdf")), QStringLiteral("application/pdf"),
                             QStringLiteral("t4a-15e.pdf"));
        QVERIFY(opening->isLoading());
        delete opening;
        runPool(held);
    }

    auto *searching = new DocumentView;
    QCOMPARE(openFixture(*searching, QStringLiteral("searchAcrossLines.pdf")), OpenResult::Ok);
    {
        adesk::test::HeldPool held(adesk::backgroundPool());
        searching->find(QStringLiteral("garantizan que se está"));
        delete searching;
        runPool(held);
    }
}

void TestDocumentViewer::searchT4aWithKeyboard() {
    QCOMPARE(openFixture(*m_view, QStringLiteral("t4a-15e.pdf")), OpenResult::Ok);
    auto *bar = m_view->findChild<DocumentSearchBar *>();
    QVERIFY(!bar->isVisible());
    m_view->findChild<PageCanvas *>()->setFocus();
    QTest::keyClick(m_view->findChild<PageCanvas *>(), Qt::Key_F, Qt::ControlModifier);
    QVERIFY(bar->isVisible());
    auto *field = bar->findChild<QLineEdit *>();
    QVERIFY(field->hasFocus());

    QSignalSpy finished(m_view, &DocumentView::searchFinished);
    QTest::keyClicks(field, QStringLiteral("social insurance"));
    QTest::keyClick(field, Qt::Key_Return);
    QVERIFY(finished.wait(10000));
    const int hits = m_view->searchHitCount();
    QVERIFY(hits >= 2);
    QCOMPARE(m_view->currentSearchHit(), 0);

    QTest::keyClick(field, Qt::Key_Return); // same text: next hit
    QCOMPARE(m_view->currentSearchHit(), 1);
    QTest::keyClick(field, Qt::Key_F3);
    QCOMPARE(m_view->currentSearchHit(), 2 % hits);
    QTest::keyClick(field, Qt::Key_F3, Qt::ShiftModifier);
    QCOMPARE(m_view->currentSearchHit(), 1);
    QTest::keyClick(field, Qt::Key_Return, Qt::ShiftModifier);
    QCOMPARE(m_view->currentSearchHit(), 0);
    QTest::keyClick(field, Qt::Key_F3, Qt::ShiftModifier); // wraps to the last
    QCOMPARE(m_view->currentSearchHit(), hits - 1);

    QTest::keyClick(field, Qt::Key_Escape);
    QVERIFY(!bar->isVisible());
    QCOMPARE(m_view->searchHitCount(), 0);
}

void TestDocumentViewer::cacheBoundWhileScrolling() {
    const qint64 limit = 6 * 1024 * 1024;
    m_view->setCacheLimit(limit);
    QCOMPARE(openFixture(*m_view, QStringLiteral("orientation.pdf")), OpenResult::Ok);
    m_view->setZoom(1.5);
    for (int round = 0; round < 3; ++round) {
        for (int page = 0; page < m_view->pageCount(); ++page) {
            m_view->goToPage(page);
            QVERIFY(waitForRendering(*m_view));
            QVERIFY(m_view->renderQueue()->cacheBytes() <= limit);
        }
        m_view->zoomIn();
    }
    QVERIFY(m_view->renderQueue()->cacheBytes() <= limit);
}

void TestDocumentViewer::clearResets() {
    QCOMPARE(openFixture(*m_view, QStringLiteral("t4a-15e.pdf")), OpenResult::Ok);
    m_view->clear();
    QCOMPARE(m_view->pageCount(), 0);
    QVERIFY(!m_view->hasDocument());
    QCOMPARE(m_view->currentPage(), -1);
    QVERIFY(m_view->pageIndicatorText().isEmpty());
    QVERIFY(m_view->bannerText().isEmpty());
    QCOMPARE(m_view->renderQueue()->cachedCount(), 0);
    // Clearing while an open is running drops its result.
    QSignalSpy opened(m_view, &DocumentView::opened);
    m_view->setDocument(fixture(QStringLiteral("t4a-15e.pdf")), QStringLiteral("application/pdf"), {});
    m_view->clear();
    QTest::qWait(300);
    QCOMPARE(opened.size(), 0);
    QCOMPARE(m_view->pageCount(), 0);
}

void TestDocumentViewer::screenshot() {
    // ADESK_SCREENSHOT_DIR=/tmp writes viewer.png there for a person to look at.
    const QString dir = qEnvironmentVariable("ADESK_SCREENSHOT_DIR");
    QCOMPARE(openFixture(*m_view, QStringLiteral("t4a-15e.pdf")), OpenResult::Ok);
    QSignalSpy finished(m_view, &DocumentView::searchFinished);
    m_view->showSearchBar();
    m_view->find(QStringLiteral("social insurance number"));
    QVERIFY(finished.wait(10000));
    QVERIFY(m_view->searchHitCount() > 0);
    QVERIFY(waitForRendering(*m_view));
    QVERIFY(QTest::qWaitFor([this] { return m_view->thumbnailQueue()->pendingCount() == 0; }, 10000));
    QTest::qWait(50);
    const QPixmap shot = m_view->grab();
    QCOMPARE(shot.size(), m_view->size());
    if (!dir.isEmpty())
        QVERIFY(shot.save(dir + QStringLiteral("/viewer.png")));

    // Pages with their own /Rotate, turned once more by the user.
    QCOMPARE(openFixture(*m_view, QStringLiteral("orientation.pdf")), OpenResult::Ok);
    m_view->rotateRight();
    m_view->setZoom(0.5);
    QVERIFY(waitForRendering(*m_view));
    QVERIFY(QTest::qWaitFor([this] { return m_view->thumbnailQueue()->pendingCount() == 0; }, 10000));
    QTest::qWait(50);
    if (!dir.isEmpty())
        QVERIFY(m_view->grab().save(dir + QStringLiteral("/viewer-rotated.png")));

    // A failure banner too.
    QCOMPARE(openFixture(*m_view, QStringLiteral("PasswordEncrypted.pdf")), OpenResult::NeedsPassword);
    if (!dir.isEmpty())
        QVERIFY(m_view->grab().save(dir + QStringLiteral("/viewer-password.png")));
}

QTEST_MAIN(TestDocumentViewer)
#include "tst_documentviewer.moc"
