#pragma once

#include "models/core/inflight.h"
#include "views/documents/documentrenderer.h"
#include "views/documents/searchhit.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPixmap>
#include <QSize>
#include <QString>
#include <QTimer>
#include <QWidget>

#include <atomic>
#include <memory>

class QAction;
class QLabel;
class QListWidget;
class QSplitter;
class QToolBar;

namespace adesk {

class DocumentBanner;
class DocumentSearchBar;
class PageCanvas;
class PageRenderQueue;
struct PageKey;

/// The compliance reviewer's document pane: continuous pages, zoom, rotation, thumbnails, text
/// search and an inline banner for documents that cannot be shown (or need a password).
///
/// Nothing heavy runs on the GUI thread: setDocument() returns at once, the document is opened
/// (sniffed, parsed, decoded) by a worker, and opened() / documentStateChanged() follow on the GUI
/// thread. Pages and thumbnails are rendered by PageRenderQueue; searches run in a worker as well.
class DocumentView : public QWidget {
    Q_OBJECT

public:
    using OpenResult = DocumentRenderer::OpenResult;
    enum class ZoomMode { FitWidth, FitPage, Custom };

    explicit DocumentView(QWidget *parent = nullptr);
    ~DocumentView() override;

    /// Shows the document in bytes; the MIME type is only a hint, the content decides. fileName is
    /// for messages only.
    void setDocument(const QByteArray &bytes, const QString &mimeType, const QString &fileName);
    void clear();
    /// Shows "The document could not be loaded: reason" (storage URL unreachable, checksum mismatch…).
    void showMissing(const QString &reason);

    /// The outcome of the last open; Empty after clear() and while nothing was set, Missing after
    /// showMissing().
    OpenResult openResult() const { return m_result; }
    bool isLoading() const { return m_loading; }
    bool hasDocument() const { return m_renderer != nullptr; }
    QString fileName() const { return m_fileName; }

    int pageCount() const;
    /// 0-based index of the page filling most of the view, or -1.
    int currentPage() const;
    double zoom() const;
    ZoomMode zoomMode() const { return m_zoomMode; }
    int rotation() const;

    int searchHitCount() const { return int(m_hits.size()); }
    /// Index into searchHits() of the highlighted hit, or -1.
    int currentSearchHit() const { return m_currentHit; }
    QList<SearchHit> searchHits() const { return m_hits; }
    bool isSearching() const { return m_searching; }

    /// The banner's message, empty while the banner is hidden.
    QString bannerText() const;
    bool isPasswordPromptVisible() const;
    /// "Page 3 of 7", empty without a document.
    QString pageIndicatorText() const;

    PageRenderQueue *renderQueue() const { return m_queue; }
    PageRenderQueue *thumbnailQueue() const { return m_thumbQueue; }
    /// Bytes of rendered pages kept in memory (128 MB by default).
    void setCacheLimit(qint64 bytes);

    QToolBar *toolBar() const { return m_toolBar; }
    /// The Find action (Ctrl+F while the focus is inside the view). A pane embedding the view may
    /// take the key over (ReviewPane does, so that Ctrl+F works from anywhere in the pane).
    QAction *findAction() const { return m_findAction; }
    /// The view's commands for a menu (PaneActions): pages, zoom and rotation, find next/previous.
    QList<QAction *> viewActions() const;

    /// Fit width never goes below this zoom: in a narrow column the page is shown at a readable size
    /// with a horizontal scroll bar rather than shrunk to a thumbnail.
    static constexpr double ReadableZoom = 0.75;

    /// Remembers the zoom the user chooses (mode and level) in QSettings under @p settingsGroup and
    /// opens every later document with it. Empty (the default): each document opens fitted.
    void setZoomMemory(const QString &settingsGroup);

    /// "This document could not be displayed safely: it needs more than N MB of memory." and the
    /// like, for a sandboxed reader that gave up (also printed by the `render` command).
    static QString unsafeMessage(const DocumentRenderer::FailureInfo &failure);
    /// The banner's message for an open that failed (empty for Ok; see unsafeMessage() for Unsafe).
    static QString messageFor(OpenResult result);

public Q_SLOTS:
    /// Retries opening the encrypted document with password.
    void unlock(const QString &password);
    void zoomIn();
    void zoomOut();
    void setZoom(double zoom);
    void fitWidth();
    void fitPage();
    void actualSize();
    void rotateLeft();
    void rotateRight();
    void setRotation(int rotation);
    void goToPage(int page);
    /// Searches all pages (case-insensitive, across line breaks); empty text clears the hits.
    void find(const QString &text);
    void findNext();
    void findPrevious();
    void showSearchBar();

Q_SIGNALS:
    void documentStateChanged();
    /// An open (or unlock) attempt finished.
    void opened(adesk::DocumentRenderer::OpenResult result);
    void searchFinished(int hitCount);
    void currentPageChanged(int page);
    void zoomChanged(double zoom);

private:
    void createActions();
    void startOpen(const QString &password);
    void applyLoadResult(const DocumentRenderer::LoadResult &loaded);
    void resetDocument();
    void applyZoom(double zoom, ZoomMode mode);
    void refitIfNeeded();
    /// Fit width, but never below ReadableZoom.
    double readableFitWidthZoom() const;
    /// Saves the zoom the user just chose (setZoomMemory()).
    void rememberZoom();
    void updateActions();
    void updatePageIndicator();
    void applySearchResult(quint64 generation, const QList<SearchHit> &hits);
    void setCurrentHit(int index);
    void populateThumbnails();
    void requestVisibleThumbnails();
    void onThumbnailRendered(int page, const QImage &image, const PageKey &key);
    QPixmap thumbnailPlaceholder(const QSize &size);
    QPixmap framedThumbnail(const QImage &image, const QSize &pageSize) const;
    double thumbnailDpi(int page) const;
    QSize thumbnailSize(int page) const;
    /// Shows unsafeMessage() in the banner when the renderer's helper died on a page or a search.
    void showRendererFailure();

    QToolBar *m_toolBar;
    QLabel *m_pageLabel;
    QLabel *m_zoomLabel;
    DocumentBanner *m_banner;
    DocumentSearchBar *m_searchBar;
    QSplitter *m_splitter;
    QListWidget *m_thumbnails;
    PageRenderQueue *m_queue;
    PageRenderQueue *m_thumbQueue;
    PageCanvas *m_canvas;
    QTimer m_thumbTimer;

    QAction *m_zoomInAction = nullptr;
    QAction *m_zoomOutAction = nullptr;
    QAction *m_fitWidthAction = nullptr;
    QAction *m_fitPageAction = nullptr;
    QAction *m_actualSizeAction = nullptr;
    QAction *m_rotateLeftAction = nullptr;
    QAction *m_rotateRightAction = nullptr;
    QAction *m_thumbnailsAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_findNextAction = nullptr;
    QAction *m_findPreviousAction = nullptr;

    std::shared_ptr<DocumentRenderer> m_renderer;
    QByteArray m_bytes; ///< kept only while a password is needed
    QString m_mimeType;
    QString m_fileName;
    OpenResult m_result = OpenResult::Empty;
    bool m_loading = false;
    quint64 m_openGeneration = 0;
    ZoomMode m_zoomMode = ZoomMode::FitWidth;
    QString m_zoomMemory; ///< QSettings group remembering the chosen zoom; empty: not remembered

    /// Bumped to abort (kill the helper of) the open in flight.
    std::shared_ptr<std::atomic<quint64>> m_openAbort = std::make_shared<std::atomic<quint64>>(0);
    std::shared_ptr<std::atomic<quint64>> m_searchGeneration = std::make_shared<std::atomic<quint64>>(0);
    QString m_searchText;
    QList<SearchHit> m_hits;
    int m_currentHit = -1;
    bool m_searching = false;
    QHash<quint64, QPixmap> m_placeholders; ///< keyed by width << 32 | height
    InFlight m_inflight;                    ///< jobs whose continuations are bound to this view
};

} // namespace adesk
