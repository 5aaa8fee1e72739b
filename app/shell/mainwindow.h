#pragma once

#include "app/shell/featurepanes.h"

#include <QHash>
#include <QMainWindow>

class QLabel;
class QMenu;
class QAction;
class QTabWidget;
class QToolBar;

namespace adesk {

class ReviewController;
class ReviewPane;
class Session;
class VerificationQueueModel;

/// The desk's main window: one tab per pane the signed-in role may use (README.md: platform admins get the
/// review desk; workshop owners see their workshop's compliance documents read-only; finance panes come with
/// the earnings and T4A work). Geometry, splitter sizes and column widths persist in QSettings.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    /// Takes ownership of @p session (already signed in). @p heldPanes: holdPanes() from the start.
    explicit MainWindow(Session *session, QWidget *parent = nullptr, const QStringList &heldPanes = {});
    ~MainWindow() override;

    Session *session() const { return m_session; }
    ReviewPane *reviewPane() const { return m_review; }
    ReviewController *reviewController() const { return m_controller; }
    VerificationQueueModel *queueModel() const { return m_model; }
    /// One page per pane. A feature pane's page is a placeholder until the pane is built (on its
    /// tab's first show, or by pane()): use pane() to reach a pane, and the page after it is shown.
    QTabWidget *panes() const { return m_tabs; }
    /// The pane of tab @p index, built now if it was not yet (issue 19: panes are built on demand,
    /// a warm launch builds only the review pane and the pane shown first). Null for a bad index.
    QWidget *pane(int index);
    /// The pane whose objectName is @p objectName ("roster", "bay-calendar"...), built now; null
    /// when the role has no such pane.
    QWidget *pane(const QString &objectName);
    /// True when tab @p index's pane is built: in its tab, or built idle and kept until its tab is
    /// first shown or it is asked for (pane()); false while only its placeholder exists.
    bool isPaneBuilt(int index) const;
    /// Builds every pane not built yet (none of them starts loading before it is shown).
    void buildAllPanes();
    /// The current pane's actions (PaneActions) as tool buttons; shown from View > Toolbar (off by
    /// default: the panes show the same commands as buttons), the choice remembered.
    QToolBar *paneToolBar() const { return m_toolBar; }
    /// The settings key of View > Toolbar.
    static QString toolBarKey();

    /// Starts the panes' first loads (and the admin's expiry sweep), and 1.5 s later builds the
    /// panes not built yet, one at a time (none is shown, so none loads).
    void start();

    /// A window shown before the server has confirmed who is signed in (issue 19, the warm demo
    /// launch): the session carries the identity remembered from the last launch, and its work was
    /// held (Session::holdWork()) before this window was built. The panes are built and painted,
    /// disabled; their loads wait in the session's queue; the status bar says @p status. Call
    /// before show().
    void waitForSignIn(const QString &status);
    /// The status bar's line while waiting for the sign-in (a start-up step).
    void showSignInStatus(const QString &status);
    /// The sign-in confirmed the remembered identity: enables the panes, releases the session's
    /// work and start()s.
    void signInConfirmed();
    bool isWaitingForSignIn() const { return m_waitingForSignIn; }

    /// The desktop demo's first launch (issue 19): its history is still loading
    /// (DemoSeeder::Part::History). The panes named in @p objectNames that are not built yet wait:
    /// their tab says so with a progress bar instead, nothing builds them (not their tab's show,
    /// not pane(), not the idle build, not a change of language), and the status bar shows the
    /// progress.
    void holdPanes(const QStringList &objectNames);
    /// The history's progress: @p what (a step, translated; empty: "Loading the demo's history…")
    /// and @p percent (0-100).
    void showHoldProgress(const QString &what, int percent);
    /// The history is in (or failed: @p problem, shown in the status bar): the held panes are built
    /// as any other, the one shown at once.
    void releasePanes(const QString &problem = {});
    /// True while tab @p index waits for holdPanes()'s release.
    bool isPaneHeld(int index) const;

    /// Before signing out, quitting or rebuilding the panes: when an editor has unsaved edits, asks
    /// Save / Discard / Cancel. True when the window may go on (Discard, or nothing unsaved). Save
    /// starts the saves and answers false: the window stays open with its edits until they are saved.
    bool confirmUnsavedEdits();
    /// Quitting by signal (SIGTERM, SIGHUP at logout): closes like a quit that the user confirmed
    /// (the window's state is saved; unsaved edits are not asked about: nobody is there to answer).
    void closeWithoutAsking();
    /// Switches the user interface language now ("en", "fr" or "system") and remembers the choice:
    /// installs the translations, which re-translates the window and rebuilds its panes (their
    /// splitters and columns are kept). Asks about unsaved edits first; false when the user cancels.
    bool switchLanguage(const QString &code);
    /// Every action with a shortcut in the window, pane by pane: (where, what, keys), translated.
    /// Builds the panes not built yet (their shortcuts exist once they are).
    QList<QStringList> shortcutList();
    /// Opens the keyboard shortcuts dialog (Help menu).
    void showShortcuts();
    /// The demo: File > Sign in as, one entry per demo login (@p logins: login role and label), the
    /// signed-in one checked. Choosing another emits signInAsRequested.
    void addDemoSignIn(const QList<QPair<QString, QString>> &logins);
    /// The demo's sign-in choices (DemoCluster::signInChoices' order) with their labels.
    static QList<QPair<QString, QString>> demoLogins();

signals:
    void signOutRequested();
    void signInAsRequested(const QString &login);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void buildPanes();
    void clearPanes();
    /// Builds @p spec's pane with @p parent, watches it (StateKeeper) and gives its tables Copy.
    static QWidget *createPane(const FeaturePane &spec, QWidget *parent);
    /// Replaces tab @p index's placeholder with its pane (the one prebuildPane() made, or a new
    /// one), keeping the tab's place, title and current state.
    QWidget *buildPane(int index);
    /// Builds tab @p index's pane without putting it in its tab: the swap (QTabWidget::insertTab
    /// and removeTab each repaint the whole tab widget, the visible pane included: 5-7 ms) waits
    /// for the tab's first show, which repaints anyway (issue 19: the idle build's GUI stalls).
    void prebuildPane(int index);
    /// start()'s and a rebuild's: buildNextPane() in 1.5 s.
    void buildPanesWhenIdle();
    /// Builds (prebuildPane) the first pane not built yet and, when there was one, comes back
    /// kIdleBuildGapMs later.
    void buildNextPane();
    /// The pause between two panes built idle (ms): long enough for a 5 ms timer to fire between
    /// them (issue 19, LaunchTrace::watchStalls), short enough that all are built within a second.
    static constexpr int kIdleBuildGapMs = 10;
    void retranslate();
    void buildMenus();
    /// The menu of the current pane's actions (PaneActions), rebuilt when the pane changes.
    void buildPaneMenu();
    /// The tool bar of the current pane's actions, rebuilt with its menu.
    void buildPaneToolBar();
    void setConnected(bool connected);
    void saveState();

    Session *m_session;
    QTabWidget *m_tabs;
    ReviewPane *m_review = nullptr;
    ReviewController *m_controller = nullptr;
    VerificationQueueModel *m_model = nullptr;
    /// The placeholders of the panes not built yet, with what builds them.
    QHash<QWidget *, FeaturePane> m_unbuilt;
    /// Of those, the ones whose pane is built (a hidden child of its placeholder): prebuildPane().
    QHash<QWidget *, QWidget *> m_prebuilt;
    /// Of the placeholders, those holdPanes() holds, with their notice (a child of the placeholder).
    QHash<QWidget *, QWidget *> m_held;
    QWidget *m_holdStatus = nullptr; ///< the status bar's progress while panes are held
    QStringList m_holdNames;         ///< holdPanes()'s until releasePanes()
    int m_holdPercent = 0;
    QLabel *m_connection;
    bool m_connected = true;
    bool m_waitingForSignIn = false; ///< waitForSignIn() until signInConfirmed()
    bool m_retranslatePending = false;
    bool m_closeConfirmed = false;
    QMenu *m_file = nullptr;
    QMenu *m_paneMenu = nullptr;
    QToolBar *m_toolBar = nullptr;
    QAction *m_signOut = nullptr;
    bool m_demoSignIn = false; ///< addDemoSignIn was called: buildMenus adds it again
};

} // namespace adesk
