#pragma once

#include <QMainWindow>

class QLabel;
class QMenu;
class QAction;
class QTabWidget;

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
    /// Takes ownership of @p session (already signed in).
    explicit MainWindow(Session *session, QWidget *parent = nullptr);
    ~MainWindow() override;

    Session *session() const { return m_session; }
    ReviewPane *reviewPane() const { return m_review; }
    ReviewController *reviewController() const { return m_controller; }
    VerificationQueueModel *queueModel() const { return m_model; }
    QTabWidget *panes() const { return m_tabs; }

    /// Starts the panes' first loads (and the admin's expiry sweep).
    void start();

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

private:
    void buildMenus();
    void setConnected(bool connected);
    void restoreState();
    void saveState();

    Session *m_session;
    QTabWidget *m_tabs;
    ReviewPane *m_review = nullptr;
    ReviewController *m_controller = nullptr;
    VerificationQueueModel *m_model = nullptr;
    QLabel *m_connection;
    QMenu *m_file = nullptr;
    QAction *m_signOut = nullptr;
};

} // namespace adesk
