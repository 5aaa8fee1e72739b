#include "views/documents/documentview.h"

#include "models/core/backgroundpool.h"
#include "views/common/semanticcolors.h"

#include "views/common/toolbarnames.h"
#include "views/paper/printpalette.h"

#include "views/documents/documentbanner.h"
#include "views/documents/documentsearchbar.h"
#include "views/documents/pagecanvas.h"
#include "views/documents/pagekey.h"
#include "views/documents/pagerenderqueue.h"
#include "views/documents/sandboxedrenderer.h"

#include <QAbstractButton>
#include <QAction>
#include <QFuture>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <array>

namespace adesk {

namespace {

constexpr int ThumbnailWidth = 96;
/// How long after the view is built its reader's warm helper starts (after the window's first paint).
constexpr int PrewarmDelayMs = 1500;
constexpr std::array<double, 14> ZoomSteps{0.1, 0.25, 0.33, 0.5, 0.67, 0.75, 0.9,
                                           1.0, 1.25, 1.5,  2.0, 2.5,  3.0,  4.0};
constexpr qint64 ThumbnailCacheBytes = qint64(16) * 1024 * 1024;

QAction *makeAction(QWidget *owner, const QString &iconName, const QString &text, const QString &iconText,
                    const QList<QKeySequence> &shortcuts = {}) {
    auto *action = new QAction(QIcon::fromTheme(iconName), text, owner);
    action->setIconText(iconText); // what a tool button shows when the theme has no such icon
    // QKeySequence::ZoomOut is Ctrl+- on most platforms: register each key once, or Qt calls it
    // ambiguous and triggers nothing.
    QList<QKeySequence> unique;
    for (const QKeySequence &sequence : shortcuts) {
        if (!sequence.isEmpty() && !unique.contains(sequence))
            unique.append(sequence);
    }
    action->setShortcuts(unique);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    if (!unique.isEmpty())
        action->setToolTip(
            QStringLiteral("%1 (%2)").arg(text, unique.first().toString(QKeySequence::NativeText)));
    owner->addAction(action);
    return action;
}

} // namespace

DocumentView::DocumentView(QWidget *parent)
    : QWidget(parent)
    , m_toolBar(new QToolBar(this))
    , m_pageLabel(new QLabel(this))
    , m_zoomLabel(new QLabel(this))
    , m_banner(new DocumentBanner(this))
    , m_searchBar(new DocumentSearchBar(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_thumbnails(new QListWidget(m_splitter))
    , m_queue(new PageRenderQueue(this))
    , m_thumbQueue(new PageRenderQueue(this))
    , m_canvas(new PageCanvas(m_queue, m_splitter)) {
    m_thumbQueue->setCacheLimit(ThumbnailCacheBytes);

    m_toolBar->setIconSize(QSize(20, 20));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonFollowStyle);
    m_pageLabel->setObjectName(QStringLiteral("pageIndicator"));
    m_pageLabel->setContentsMargins(8, 0, 8, 0);
    m_zoomLabel->setContentsMargins(8, 0, 8, 0);
    m_zoomLabel->setMinimumWidth(48);
    m_zoomLabel->setAlignment(Qt::AlignCenter);
    createActions();
    nameToolBarOverflow(m_toolBar);

    m_searchBar->hide();

    m_thumbnails->setViewMode(QListView::IconMode);
    m_thumbnails->setFlow(QListView::TopToBottom);
    m_thumbnails->setWrapping(false);
    m_thumbnails->setMovement(QListView::Static);
    m_thumbnails->setResizeMode(QListView::Adjust);
    m_thumbnails->setSpacing(6);
    m_thumbnails->setUniformItemSizes(true);
    m_thumbnails->setIconSize(QSize(ThumbnailWidth, ThumbnailWidth * 4 / 3));
    m_thumbnails->setSelectionMode(QAbstractItemView::SingleSelection);
    m_thumbnails->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_thumbnails->setMinimumWidth(ThumbnailWidth + 40);
    m_thumbnails->setMaximumWidth(ThumbnailWidth * 2 + 40);
    m_thumbnails->setAccessibleName(tr("Page thumbnails"));
    m_canvas->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn); // fit width must not oscillate
    m_canvas->setAccessibleName(tr("Document pages"));
    m_splitter->addWidget(m_thumbnails);
    m_splitter->addWidget(m_canvas);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setCollapsible(1, false);
    m_splitter->setSizes({ThumbnailWidth + 48, 800});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_banner);
    layout->addWidget(m_searchBar);
    layout->addWidget(m_splitter, 1);

    m_thumbTimer.setSingleShot(true);
    m_thumbTimer.setInterval(0);
    connect(&m_thumbTimer, &QTimer::timeout, this, &DocumentView::requestVisibleThumbnails);
    connect(m_thumbnails->verticalScrollBar(), &QScrollBar::valueChanged, &m_thumbTimer,
            qOverload<>(&QTimer::start));
    connect(m_thumbQueue, &PageRenderQueue::pageRendered, this, &DocumentView::onThumbnailRendered);
    connect(m_thumbnails, &QListWidget::itemClicked, this,
            [this](QListWidgetItem *item) { goToPage(m_thumbnails->row(item)); });
    connect(m_thumbnails, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { goToPage(m_thumbnails->row(item)); });

    connect(m_canvas, &PageCanvas::currentPageChanged, this, [this](int page) {
        updatePageIndicator();
        if (page >= 0 && page < m_thumbnails->count() && m_thumbnails->currentRow() != page) {
            const QSignalBlocker blocker(m_thumbnails);
            m_thumbnails->setCurrentRow(page);
            m_thumbnails->scrollToItem(m_thumbnails->item(page));
        }
        Q_EMIT currentPageChanged(page);
    });
    connect(m_canvas, &PageCanvas::zoomStepRequested, this,
            [this](int step) { step > 0 ? zoomIn() : zoomOut(); });
    connect(m_canvas, &PageCanvas::viewportResized, this, &DocumentView::refitIfNeeded);

    connect(m_banner, &DocumentBanner::unlockRequested, this, &DocumentView::unlock);
    connect(m_searchBar, &DocumentSearchBar::searchRequested, this, &DocumentView::find);
    connect(m_searchBar, &DocumentSearchBar::nextRequested, this, &DocumentView::findNext);
    connect(m_searchBar, &DocumentSearchBar::previousRequested, this, &DocumentView::findPrevious);
    connect(m_searchBar, &DocumentSearchBar::closed, this, [this] {
        find(QString());
        m_canvas->setFocus(Qt::OtherFocusReason);
    });

    // A page whose sandboxed reader died (limits, crash): say so in the banner; the other pages,
    // the decision panel and the note stay usable.
    connect(m_queue, &PageRenderQueue::renderDropped, this, [this](const PageKey &, bool failed) {
        if (failed)
            showRendererFailure();
    });

    updateActions();
    updatePageIndicator();
    // The first document's reader starts ahead of the first open, but not during the window's start-up:
    // its Poppler and font set-up would compete with the first paint for the CPU (issue 19).
    QTimer::singleShot(PrewarmDelayMs, this, [] { SandboxedRenderer::prewarm(); });
}

DocumentView::~DocumentView() {
    m_searchGeneration->fetch_add(1); // a running search stops; its continuation is dropped with us
    m_openAbort->fetch_add(1);        // an open in a helper is killed
}

QString DocumentView::unsafeMessage(const DocumentRenderer::FailureInfo &failure) {
    using Failure = DocumentRenderer::Failure;
    switch (failure.failure) {
    case Failure::OutOfMemory:
        return tr("This document could not be displayed safely: it needs more than %1 MB of memory.")
            .arg(failure.limit);
    case Failure::OutOfTime:
        return tr("This document could not be displayed safely: it needs more than %1 s to display.")
            .arg(failure.limit);
    case Failure::Unavailable:
        return tr("This document could not be displayed safely: the document reader "
                  "(autodoctor-desk-render) is missing or could not start.");
    case Failure::Crashed:
    case Failure::None:
        break;
    }
    return tr("This document could not be displayed safely: the document reader stopped on it.");
}

void DocumentView::showRendererFailure() {
    if (!m_renderer || m_renderer->lastFailure().failure == DocumentRenderer::Failure::None)
        return;
    const QString message = unsafeMessage(m_renderer->lastFailure());
    if (m_banner->message() != message)
        m_banner->showError(message);
}

QList<QAction *> DocumentView::viewActions() const {
    return {m_thumbnailsAction, m_zoomOutAction,     m_zoomInAction,     m_fitWidthAction,
            m_fitPageAction,    m_actualSizeAction,  m_rotateLeftAction, m_rotateRightAction,
            m_findNextAction,   m_findPreviousAction};
}

void DocumentView::createActions() {
    m_zoomOutAction = makeAction(this, QStringLiteral("zoom-out"), tr("Zoom Out"), tr("Zoom −"),
                                 {QKeySequence(Qt::CTRL | Qt::Key_Minus), QKeySequence::ZoomOut});
    m_zoomInAction = makeAction(this, QStringLiteral("zoom-in"), tr("Zoom In"), tr("Zoom +"),
                                {QKeySequence(Qt::CTRL | Qt::Key_Equal), QKeySequence::ZoomIn,
                                 QKeySequence(Qt::CTRL | Qt::Key_Plus)});
    m_fitWidthAction = makeAction(this, QStringLiteral("zoom-fit-width"), tr("Fit Width"), tr("Fit width"));
    m_fitPageAction = makeAction(this, QStringLiteral("zoom-fit-best"), tr("Fit Page"), tr("Fit page"));
    m_actualSizeAction = makeAction(this, QStringLiteral("zoom-original"), tr("Actual Size"), tr("1:1"),
                                    {QKeySequence(Qt::CTRL | Qt::Key_0)});
    m_rotateLeftAction = makeAction(this, QStringLiteral("object-rotate-left"), tr("Rotate Left"), tr("⟲"),
                                    {QKeySequence(Qt::CTRL | Qt::Key_BracketLeft)});
    m_rotateRightAction = makeAction(this, QStringLiteral("object-rotate-right"), tr("Rotate Right"), tr("⟳"),
                                     {QKeySequence(Qt::CTRL | Qt::Key_BracketRight)});
    m_thumbnailsAction = makeAction(this, QStringLiteral("view-sidebar"), tr("Show Thumbnails"), tr("Pages"),
                                    {QKeySequence(Qt::Key_F7)});
    m_findAction =
        makeAction(this, QStringLiteral("edit-find"), tr("Find…"), tr("Find"), {QKeySequence::Find});
    m_findNextAction = makeAction(this, QStringLiteral("go-down-search"), tr("Find Next"), tr("Next"),
                                  {QKeySequence(Qt::Key_F3)});
    m_findPreviousAction = makeAction(this, QStringLiteral("go-up-search"), tr("Find Previous"),
                                      tr("Previous"), {QKeySequence(Qt::SHIFT | Qt::Key_F3)});

    m_fitWidthAction->setCheckable(true);
    m_fitPageAction->setCheckable(true);
    m_thumbnailsAction->setCheckable(true);
    m_thumbnailsAction->setChecked(true);

    connect(m_zoomInAction, &QAction::triggered, this, &DocumentView::zoomIn);
    connect(m_zoomOutAction, &QAction::triggered, this, &DocumentView::zoomOut);
    connect(m_fitWidthAction, &QAction::triggered, this, &DocumentView::fitWidth);
    connect(m_fitPageAction, &QAction::triggered, this, &DocumentView::fitPage);
    connect(m_actualSizeAction, &QAction::triggered, this, &DocumentView::actualSize);
    connect(m_rotateLeftAction, &QAction::triggered, this, &DocumentView::rotateLeft);
    connect(m_rotateRightAction, &QAction::triggered, this, &DocumentView::rotateRight);
    connect(m_thumbnailsAction, &QAction::toggled, this, [this](bool on) {
        m_thumbnails->setVisible(on && hasDocument());
        if (on)
            m_thumbTimer.start();
    });
    connect(m_findAction, &QAction::triggered, this, &DocumentView::showSearchBar);
    connect(m_findNextAction, &QAction::triggered, this, &DocumentView::findNext);
    connect(m_findPreviousAction, &QAction::triggered, this, &DocumentView::findPrevious);

    m_toolBar->addAction(m_thumbnailsAction);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_zoomOutAction);
    m_toolBar->addWidget(m_zoomLabel);
    m_toolBar->addAction(m_zoomInAction);
    m_toolBar->addAction(m_fitWidthAction);
    m_toolBar->addAction(m_fitPageAction);
    m_toolBar->addAction(m_actualSizeAction);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_rotateLeftAction);
    m_toolBar->addAction(m_rotateRightAction);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_findAction);
    auto *spacer = new QWidget(m_toolBar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_toolBar->addWidget(spacer);
    m_toolBar->addWidget(m_pageLabel);
    for (QAction *toggle : {m_thumbnailsAction, m_fitWidthAction, m_fitPageAction})
        highlightWhenChecked(qobject_cast<QAbstractButton *>(m_toolBar->widgetForAction(toggle)));
}

// ---- opening --------------------------------------------------------------------------------

void DocumentView::setDocument(const QByteArray &bytes, const QString &mimeType, const QString &fileName) {
    resetDocument();
    m_bytes = bytes;
    m_mimeType = mimeType;
    m_fileName = fileName;
    m_canvas->setPlaceholderText(fileName.isEmpty() ? tr("Opening the document…")
                                                    : tr("Opening “%1”…").arg(fileName));
    startOpen(QString());
    Q_EMIT documentStateChanged();
}

void DocumentView::clear() {
    resetDocument();
    m_canvas->setPlaceholderText(QString());
    Q_EMIT documentStateChanged();
}

void DocumentView::showMissing(const QString &reason) {
    resetDocument();
    m_canvas->setPlaceholderText(QString());
    m_result = OpenResult::Missing;
    m_banner->showError(tr("The document could not be loaded: %1").arg(reason));
    Q_EMIT documentStateChanged();
}

void DocumentView::resetDocument() {
    ++m_openGeneration;        // an open still running is ignored when it finishes
    m_openAbort->fetch_add(1); // … and its helper killed
    m_searchGeneration->fetch_add(1);
    m_loading = false;
    m_searching = false;
    m_renderer.reset();
    m_queue->setRenderer(nullptr);
    m_thumbQueue->setRenderer(nullptr);
    m_bytes.clear();
    m_mimeType.clear();
    m_fileName.clear();
    m_result = OpenResult::Empty;
    m_hits.clear();
    m_currentHit = -1;
    m_searchText.clear();
    m_searchBar->setStatus(QString());
    m_canvas->setPageSizes({});
    m_canvas->setRotation(0);
    m_thumbnails->clear();
    m_banner->dismiss();
    m_zoomMode = ZoomMode::FitWidth;
    updateActions();
    updatePageIndicator();
}

void DocumentView::startOpen(const QString &password) {
    const quint64 generation = ++m_openGeneration;
    m_loading = true;
    const QByteArray bytes = m_bytes;
    const QString mimeType = m_mimeType;
    // Moving on (another document, clear(), closing the view) kills the helper opening this one.
    const std::shared_ptr<std::atomic<quint64>> flag = m_openAbort;
    const quint64 openGeneration = flag->fetch_add(1) + 1;
    m_inflight
        .add(QtConcurrent::run(backgroundPool(),
                               [bytes, mimeType, password, flag, openGeneration] {
                                   return DocumentRenderer::load(
                                       bytes, mimeType, password,
                                       [flag, openGeneration] { return flag->load() != openGeneration; });
                               }))
        .then(this, [this, generation](const DocumentRenderer::LoadResult &loaded) {
            // then() runs the continuation at once when the job already finished; queue it so that
            // opened() never fires from inside setDocument().
            QMetaObject::invokeMethod(
                this,
                [this, generation, loaded] {
                    if (generation == m_openGeneration)
                        applyLoadResult(loaded);
                },
                Qt::QueuedConnection);
        });
}

void DocumentView::unlock(const QString &password) {
    if (m_loading || m_bytes.isEmpty() ||
        (m_result != OpenResult::NeedsPassword && m_result != OpenResult::WrongPassword))
        return;
    m_banner->setBusy(true);
    startOpen(password);
}

void DocumentView::applyLoadResult(const DocumentRenderer::LoadResult &loaded) {
    m_loading = false;
    m_result = loaded.result;
    m_canvas->setPlaceholderText(QString());
    switch (loaded.result) {
    case OpenResult::Ok: {
        m_bytes.clear(); // the renderer holds what it needs
        m_renderer = loaded.renderer;
        m_banner->dismiss();
        m_queue->setRenderer(m_renderer);
        m_thumbQueue->setRenderer(m_renderer);
        QList<QSizeF> sizes;
        const int pages = m_renderer->pageCount();
        sizes.reserve(pages);
        for (int i = 0; i < pages; ++i)
            sizes.append(m_renderer->pageSizePoints(i));
        m_canvas->setPageSizes(sizes);
        m_zoomMode =
            m_renderer->kind() == DocumentRenderer::Kind::Pdf ? ZoomMode::FitWidth : ZoomMode::FitPage;
        if (!m_zoomMemory.isEmpty()) {
            // The zoom the admin chose last time, for every document until they choose another.
            QSettings settings;
            settings.beginGroup(m_zoomMemory);
            const QString mode = settings.value(QStringLiteral("zoomMode")).toString();
            const double level = settings.value(QStringLiteral("zoom"), 1.0).toDouble();
            if (mode == u"fitWidth")
                m_zoomMode = ZoomMode::FitWidth;
            else if (mode == u"fitPage")
                m_zoomMode = ZoomMode::FitPage;
            else if (mode == u"custom" && level > 0.0)
                applyZoom(level, ZoomMode::Custom);
        }
        refitIfNeeded();
        populateThumbnails();
        break;
    }
    case OpenResult::NeedsPassword:
        m_banner->showPasswordPrompt(m_fileName.isEmpty()
                                         ? tr("This document is protected by a password.")
                                         : tr("“%1” is protected by a password.").arg(m_fileName),
                                     false);
        break;
    case OpenResult::WrongPassword:
        m_banner->showPasswordPrompt(tr("The password is incorrect. Try again."), true);
        break;
    case OpenResult::Unsafe:
        m_bytes.clear();
        m_banner->showError(unsafeMessage(loaded.failure));
        break;
    default:
        m_bytes.clear();
        m_banner->showError(messageFor(loaded.result));
        break;
    }
    updateActions();
    updatePageIndicator();
    if (!m_searchBar->isHidden() && hasDocument() && !m_searchBar->text().isEmpty())
        find(m_searchBar->text());
    Q_EMIT opened(loaded.result);
    Q_EMIT documentStateChanged();
}

QString DocumentView::messageFor(OpenResult result) {
    switch (result) {
    case OpenResult::Ok:
        return {};
    case OpenResult::NeedsPassword:
        return tr("This document is protected by a password.");
    case OpenResult::WrongPassword:
        return tr("The password is incorrect. Try again.");
    case OpenResult::Corrupt:
        return tr("The document could not be loaded: the file is damaged or incomplete.");
    case OpenResult::Empty:
        return tr("The document could not be loaded: the file is empty.");
    case OpenResult::Unsupported:
        return tr("The document could not be loaded: this file type is not supported. "
                  "Only PDF, JPEG and PNG files can be shown.");
    case OpenResult::TooLarge:
        return tr("The document could not be loaded: it is too large to display safely.");
    case OpenResult::Missing:
        return tr("The document could not be loaded: the file is missing.");
    case OpenResult::Unsafe:
        break; // applyLoadResult() words it from the failure
    }
    return {};
}

// ---- accessors ------------------------------------------------------------------------------

int DocumentView::pageCount() const {
    return m_canvas->pageCount();
}

int DocumentView::currentPage() const {
    return m_canvas->currentPage();
}

double DocumentView::zoom() const {
    return m_canvas->zoom();
}

int DocumentView::rotation() const {
    return m_canvas->rotation();
}

QString DocumentView::bannerText() const {
    return m_banner->message();
}

bool DocumentView::isPasswordPromptVisible() const {
    return m_banner->isPasswordPromptVisible();
}

QString DocumentView::pageIndicatorText() const {
    return m_pageLabel->text();
}

void DocumentView::setCacheLimit(qint64 bytes) {
    m_queue->setCacheLimit(bytes);
}

void DocumentView::updateActions() {
    const bool doc = hasDocument();
    m_thumbnails->setVisible(doc && m_thumbnailsAction->isChecked());
    for (QAction *action : {m_thumbnailsAction, m_zoomInAction, m_zoomOutAction, m_fitWidthAction,
                            m_fitPageAction, m_actualSizeAction, m_rotateLeftAction, m_rotateRightAction,
                            m_findAction, m_findNextAction, m_findPreviousAction})
        action->setEnabled(doc);
    m_zoomInAction->setEnabled(doc && zoom() < PageCanvas::MaxZoom - 1e-6);
    m_zoomOutAction->setEnabled(doc && zoom() > PageCanvas::MinZoom + 1e-6);
    m_fitWidthAction->setChecked(m_zoomMode == ZoomMode::FitWidth);
    m_fitPageAction->setChecked(m_zoomMode == ZoomMode::FitPage);
    m_zoomLabel->setText(doc ? tr("%1%").arg(qRound(zoom() * 100)) : QString());
    if (!doc)
        m_searchBar->hide();
}

void DocumentView::updatePageIndicator() {
    const int pages = pageCount();
    m_pageLabel->setText(pages > 0 ? tr("Page %1 of %2").arg(std::max(0, currentPage()) + 1).arg(pages)
                                   : QString());
}

// ---- zoom and rotation ----------------------------------------------------------------------

void DocumentView::applyZoom(double zoom, ZoomMode mode) {
    m_zoomMode = mode;
    const double before = m_canvas->zoom();
    if (!qFuzzyCompare(before, std::clamp(zoom, PageCanvas::MinZoom, PageCanvas::MaxZoom))) {
        m_queue->abortAll(); // renders at the old resolution are no use any more
        m_canvas->setZoom(zoom);
        Q_EMIT zoomChanged(m_canvas->zoom());
    }
    updateActions();
}

void DocumentView::refitIfNeeded() {
    if (!hasDocument())
        return;
    if (m_zoomMode == ZoomMode::FitWidth)
        applyZoom(readableFitWidthZoom(), ZoomMode::FitWidth);
    else if (m_zoomMode == ZoomMode::FitPage)
        applyZoom(m_canvas->fitPageZoom(), ZoomMode::FitPage);
}

double DocumentView::readableFitWidthZoom() const {
    return std::max(m_canvas->fitWidthZoom(), ReadableZoom);
}

void DocumentView::setZoomMemory(const QString &settingsGroup) {
    m_zoomMemory = settingsGroup;
}

void DocumentView::rememberZoom() {
    if (m_zoomMemory.isEmpty() || !hasDocument())
        return;
    QSettings settings;
    settings.beginGroup(m_zoomMemory);
    settings.setValue(QStringLiteral("zoomMode"),
                      m_zoomMode == ZoomMode::FitWidth  ? QStringLiteral("fitWidth")
                      : m_zoomMode == ZoomMode::FitPage ? QStringLiteral("fitPage")
                                                        : QStringLiteral("custom"));
    settings.setValue(QStringLiteral("zoom"), zoom());
}

void DocumentView::zoomIn() {
    const double current = zoom();
    auto next = std::find_if(ZoomSteps.cbegin(), ZoomSteps.cend(),
                             [current](double z) { return z > current * 1.01; });
    applyZoom(next != ZoomSteps.cend() ? *next : PageCanvas::MaxZoom, ZoomMode::Custom);
    rememberZoom();
}

void DocumentView::zoomOut() {
    const double current = zoom();
    auto prev = std::find_if(ZoomSteps.crbegin(), ZoomSteps.crend(),
                             [current](double z) { return z < current * 0.99; });
    applyZoom(prev != ZoomSteps.crend() ? *prev : PageCanvas::MinZoom, ZoomMode::Custom);
    rememberZoom();
}

void DocumentView::setZoom(double zoom) {
    applyZoom(zoom, ZoomMode::Custom);
    rememberZoom();
}

void DocumentView::fitWidth() {
    applyZoom(readableFitWidthZoom(), ZoomMode::FitWidth);
    rememberZoom();
}

void DocumentView::fitPage() {
    applyZoom(m_canvas->fitPageZoom(), ZoomMode::FitPage);
    rememberZoom();
}

void DocumentView::actualSize() {
    applyZoom(1.0, ZoomMode::Custom);
    rememberZoom();
}

void DocumentView::rotateLeft() {
    setRotation(rotation() + 270);
}

void DocumentView::rotateRight() {
    setRotation(rotation() + 90);
}

void DocumentView::setRotation(int rotation) {
    rotation = ((rotation % 360) + 360) % 360;
    if (!hasDocument() || rotation == m_canvas->rotation())
        return;
    m_queue->abortAll();
    m_thumbQueue->abortAll();
    m_canvas->setRotation(rotation);
    refitIfNeeded();
    populateThumbnails();
    if (m_currentHit >= 0)
        m_canvas->ensureHitVisible(m_hits.at(m_currentHit));
    Q_EMIT documentStateChanged();
}

void DocumentView::goToPage(int page) {
    m_canvas->scrollToPage(page);
    updatePageIndicator();
}

// ---- search ---------------------------------------------------------------------------------

void DocumentView::showSearchBar() {
    if (!hasDocument())
        return;
    m_searchBar->activate();
}

void DocumentView::find(const QString &text) {
    const quint64 generation = m_searchGeneration->fetch_add(1) + 1;
    m_searchText = text;
    m_hits.clear();
    m_currentHit = -1;
    m_canvas->setHighlights({}, -1);
    if (text.trimmed().isEmpty() || !m_renderer) {
        m_searching = false;
        m_searchBar->setStatus(QString());
        Q_EMIT searchFinished(0);
        return;
    }
    if (m_searchBar->text() != text)
        m_searchBar->setText(text);
    m_searching = true;
    m_searchBar->setStatus(tr("Searching…"));
    std::shared_ptr<DocumentRenderer> renderer = m_renderer;
    std::shared_ptr<std::atomic<quint64>> flag = m_searchGeneration;
    m_inflight
        .add(QtConcurrent::run(backgroundPool(),
                               [renderer, flag, generation, text] {
                                   return renderer->search(
                                       text, [flag, generation] { return flag->load() != generation; });
                               }))
        .then(this, [this, generation](const QList<SearchHit> &hits) {
            QMetaObject::invokeMethod(
                this, [this, generation, hits] { applySearchResult(generation, hits); },
                Qt::QueuedConnection);
        });
}

void DocumentView::applySearchResult(quint64 generation, const QList<SearchHit> &hits) {
    if (m_searchGeneration->load() != generation)
        return;
    m_searching = false;
    m_hits = hits;
    showRendererFailure();
    if (m_hits.isEmpty()) {
        m_searchBar->setStatus(tr("No matches"), true);
        m_canvas->setHighlights({}, -1);
    } else {
        // Start at the first hit on or after the page being read.
        const int from = std::max(0, currentPage());
        auto it = std::find_if(m_hits.cbegin(), m_hits.cend(),
                               [from](const SearchHit &h) { return h.page >= from; });
        setCurrentHit(it != m_hits.cend() ? int(it - m_hits.cbegin()) : 0);
    }
    Q_EMIT searchFinished(int(m_hits.size()));
}

void DocumentView::setCurrentHit(int index) {
    if (m_hits.isEmpty())
        return;
    m_currentHit = ((index % int(m_hits.size())) + int(m_hits.size())) % int(m_hits.size());
    m_canvas->setHighlights(m_hits, m_currentHit);
    m_canvas->ensureHitVisible(m_hits.at(m_currentHit));
    m_searchBar->setStatus(tr("%1 of %2").arg(m_currentHit + 1).arg(m_hits.size()));
    updatePageIndicator();
}

void DocumentView::findNext() {
    if (m_hits.isEmpty()) {
        if (!m_searchBar->text().isEmpty() && m_searchBar->text() != m_searchText)
            find(m_searchBar->text());
        return;
    }
    setCurrentHit(m_currentHit + 1);
}

void DocumentView::findPrevious() {
    if (!m_hits.isEmpty())
        setCurrentHit(m_currentHit - 1);
}

// ---- thumbnails -----------------------------------------------------------------------------

QSize DocumentView::thumbnailSize(int page) const {
    QSizeF s = m_renderer ? m_renderer->pageSizePoints(page) : QSizeF();
    if (rotation() == 90 || rotation() == 270)
        s.transpose();
    if (s.isEmpty())
        return QSize(ThumbnailWidth, ThumbnailWidth);
    const QSize icon = m_thumbnails->iconSize();
    return s.scaled(icon - QSize(2, 2), Qt::KeepAspectRatio).toSize().expandedTo(QSize(1, 1));
}

double DocumentView::thumbnailDpi(int page) const {
    QSizeF s = m_renderer ? m_renderer->pageSizePoints(page) : QSizeF();
    if (rotation() == 90 || rotation() == 270)
        s.transpose();
    if (s.isEmpty())
        return 10.0;
    const double dpi = thumbnailSize(page).width() * 72.0 / s.width() * devicePixelRatioF();
    return std::round(dpi * 100.0) / 100.0;
}

QPixmap DocumentView::thumbnailPlaceholder(const QSize &size) {
    const quint64 key = (quint64(size.width()) << 32) | quint64(size.height());
    auto it = m_placeholders.constFind(key);
    if (it != m_placeholders.constEnd())
        return *it;
    const QPixmap pixmap = framedThumbnail(QImage(), size);
    m_placeholders.insert(key, pixmap);
    return pixmap;
}

QPixmap DocumentView::framedThumbnail(const QImage &image, const QSize &pageSize) const {
    // Every icon has the full icon size, page centred, so that the list lays out evenly whatever
    // the page's orientation; a frame keeps white pages visible on the white list.
    const qreal dpr = devicePixelRatioF();
    const QSize box = m_thumbnails->iconSize();
    QPixmap pixmap(box * dpr);
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::SmoothPixmapTransform, true);
    const QRect target(QPoint((box.width() - pageSize.width()) / 2, (box.height() - pageSize.height()) / 2),
                       pageSize);
    p.fillRect(target.translated(1, 1), printpalette::paperShadow);
    if (image.isNull())
        p.fillRect(target, printpalette::paper);
    else
        p.drawImage(target, image);
    p.setPen(printpalette::paperEdge);
    p.drawRect(target.adjusted(0, 0, -1, -1));
    p.end();
    return pixmap;
}

void DocumentView::populateThumbnails() {
    const int current = currentPage();
    m_thumbnails->clear();
    if (!m_renderer)
        return;
    const int pages = m_renderer->pageCount();
    for (int i = 0; i < pages; ++i) {
        auto *item =
            new QListWidgetItem(QIcon(thumbnailPlaceholder(thumbnailSize(i))), QString::number(i + 1));
        item->setTextAlignment(Qt::AlignHCenter | Qt::AlignTop);
        item->setToolTip(tr("Page %1").arg(i + 1));
        m_thumbnails->addItem(item);
    }
    if (current >= 0 && current < pages) {
        const QSignalBlocker blocker(m_thumbnails);
        m_thumbnails->setCurrentRow(current);
    }
    m_thumbTimer.start();
}

void DocumentView::requestVisibleThumbnails() {
    if (!m_renderer || m_thumbnails->count() == 0)
        return;
    const QRect area = m_thumbnails->viewport()->rect().adjusted(0, -200, 0, 200);
    QSet<PageKey> wanted;
    QList<PageKey> order;
    for (int i = 0; i < m_thumbnails->count(); ++i) {
        if (!m_thumbnails->visualItemRect(m_thumbnails->item(i)).intersects(area))
            continue;
        const PageKey key = PageKey::make(i, thumbnailDpi(i), rotation());
        wanted.insert(key);
        order.append(key);
    }
    m_thumbQueue->retainOnly(wanted);
    for (const PageKey &key : std::as_const(order)) {
        if (m_thumbQueue->request(key))
            onThumbnailRendered(key.page, m_thumbQueue->cached(key), key);
    }
}

void DocumentView::onThumbnailRendered(int page, const QImage &image, const PageKey &key) {
    if (key.rotation != rotation() || page < 0 || page >= m_thumbnails->count() || image.isNull())
        return;
    const QPixmap pixmap = framedThumbnail(image, thumbnailSize(page));
    QIcon icon(pixmap);
    icon.addPixmap(pixmap, QIcon::Selected); // no selection tint over the page; the frame shows it
    m_thumbnails->item(page)->setIcon(icon);
}

} // namespace adesk
