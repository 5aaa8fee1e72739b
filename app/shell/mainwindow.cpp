#include "app/shell/mainwindow.h"

#include "app/demo/democluster.h"

#include "app/compliance/reviewcontroller.h"
#include "app/shell/featurepanes.h"
#include "app/shell/session.h"
#include "app/shell/translator.h"
#include "models/compliance/verificationqueuemodel.h"
#include "views/common/semanticcolors.h"
#include "views/compliance/reviewpane.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>

namespace adesk {

namespace {
QString roleLabel(const Identity &who) {
    if (who.isAdmin())
        return QCoreApplication::translate("MainWindow", "Platform admin");
    if (who.isFinance())
        return QCoreApplication::translate("MainWindow", "Finance");
    if (who.isOwner())
        return QCoreApplication::translate("MainWindow", "Workshop owner");
    return who.deskRole;
}
} // namespace

MainWindow::MainWindow(Session *session, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session) {
    session->setParent(this);
    setObjectName(QStringLiteral("mainWindow"));
    const Identity &who = session->identity();
    setWindowTitle(tr("Auto Doctor Desk — %1 (%2)").arg(who.fullName, roleLabel(who)));
    setWindowIcon(QIcon(QStringLiteral(":/icons/autodoctor-desk.svg")));

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("panes"));
    m_tabs->setDocumentMode(true);
    setCentralWidget(m_tabs);

    if (who.isAdmin() || who.isOwner()) {
        m_model = new VerificationQueueModel(session->executor(), this);
        m_review = new ReviewPane(this);
        m_review->setModel(m_model);
        m_review->setReadOnly(!who.isAdmin());
        m_controller = new ReviewController(session, m_review, m_model, this);
        connect(m_controller, &ReviewController::statusMessage, this,
                [this](const QString &t) { statusBar()->showMessage(t, 8000); });
        m_tabs->addTab(m_review, who.isAdmin() ? tr("Compliance review") : tr("Compliance documents"));
    }
    for (const FeaturePane &pane : createFeaturePanes(session, this)) {
        pane.widget->setObjectName(pane.objectName);
        m_tabs->addTab(pane.widget, pane.title);
    }
    if (m_tabs->count() == 0) {
        auto *info =
            new QLabel(tr("<h2>Welcome</h2><p>Signed in as %1. Your role has no panes in this release "
                          "yet.</p>")
                           .arg(who.fullName.toHtmlEscaped()),
                       this);
        info->setObjectName(QStringLiteral("home"));
        info->setAlignment(Qt::AlignTop | Qt::AlignLeft);
        info->setMargin(24);
        info->setWordWrap(true);
        m_tabs->addTab(info, tr("Home"));
    }
    // Remember the last pane.
    m_tabs->setCurrentIndex(
        std::clamp(QSettings().value(QStringLiteral("window/pane")).toInt(), 0, m_tabs->count() - 1));
    connect(m_tabs, &QTabWidget::currentChanged, this,
            [](int i) { QSettings().setValue(QStringLiteral("window/pane"), i); });

    m_connection = new QLabel(this);
    m_connection->setObjectName(QStringLiteral("connectionState"));
    statusBar()->addPermanentWidget(m_connection);
    connect(session->listener(), &NotificationListener::connectionStateChanged, this,
            &MainWindow::setConnected);
    connect(
        session->executor(), &DbExecutor::connectionLost, this, [this] { setConnected(false); },
        Qt::QueuedConnection);
    setConnected(true);

    buildMenus();
    restoreState();
}

MainWindow::~MainWindow() {
    if (m_controller)
        m_controller->shutdown();
}

void MainWindow::start() {
    m_session->startListening();
    if (m_controller)
        m_controller->start();
}

void MainWindow::setConnected(bool connected) {
    const Identity &who = m_session->identity();
    const QString where = m_session->settings().redacted();
    if (connected) {
        m_connection->setText(tr("● Connected as %1 (%2)").arg(who.loginRole, roleLabel(who)));
        m_connection->setStyleSheet(SemanticColors::of(this).textStyle(SemanticColors::Role::Ok));
        m_connection->setToolTip(where);
    } else {
        m_connection->setText(tr("● Connection lost, reconnecting…"));
        m_connection->setStyleSheet(SemanticColors::of(this).textStyle(SemanticColors::Role::Error) +
                                    QStringLiteral(" font-weight: bold;"));
    }
}

QList<QPair<QString, QString>> MainWindow::demoLogins() {
    return {
        {DemoCluster::loginForChoice(QStringLiteral("admin")), tr("Platform admin — Amira Patel")},
        {DemoCluster::loginForChoice(QStringLiteral("admin2")), tr("Second platform admin — Étienne Dubois")},
        {DemoCluster::loginForChoice(QStringLiteral("finance")), tr("Finance — Rachel Goldberg")},
        {DemoCluster::loginForChoice(QStringLiteral("owner")), tr("Workshop owner, Toronto — Daniel Okafor")},
        {DemoCluster::loginForChoice(QStringLiteral("owner-montreal")),
         tr("Workshop owner, Montréal — Isabelle Gagnon")}};
}

void MainWindow::addDemoSignIn(const QList<QPair<QString, QString>> &logins) {
    QMenu *as = new QMenu(tr("Sign in &as"), m_file);
    as->setObjectName(QStringLiteral("signInAs"));
    auto *group = new QActionGroup(as);
    for (const auto &[login, label] : logins) {
        QAction *a = as->addAction(label);
        a->setCheckable(true);
        a->setChecked(login == m_session->identity().loginRole);
        a->setData(login);
        group->addAction(a);
        connect(a, &QAction::triggered, this, [this, login] {
            if (login != m_session->identity().loginRole)
                emit signInAsRequested(login);
        });
    }
    m_file->insertMenu(m_signOut, as);
}

void MainWindow::buildMenus() {
    QMenu *file = menuBar()->addMenu(tr("&File"));
    m_file = file;
    QAction *signOut = file->addAction(tr("Sign &out"));
    m_signOut = signOut;
    connect(signOut, &QAction::triggered, this, &MainWindow::signOutRequested);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    if (m_review) {
        QMenu *review = menuBar()->addMenu(tr("&Review"));
        for (QAction *a : m_review->reviewActions())
            review->addAction(a);
    }

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QMenu *language = view->addMenu(tr("&Language"));
    auto *group = new QActionGroup(this);
    const QString current = QSettings().value(Translator::settingsKey(), QStringLiteral("system")).toString();
    const std::pair<QString, QString> choices[] = {{QStringLiteral("system"), tr("System default")},
                                                   {QStringLiteral("en"), QStringLiteral("English")},
                                                   {QStringLiteral("fr"), QStringLiteral("Français")}};
    for (const auto &[code, label] : choices) {
        QAction *a = language->addAction(label);
        a->setCheckable(true);
        a->setChecked(code == current);
        group->addAction(a);
        connect(a, &QAction::triggered, this, [this, code = code] {
            QSettings().setValue(Translator::settingsKey(), code);
            QMessageBox::information(this, tr("Language"),
                                     tr("The new language is used the next time Auto Doctor Desk starts."));
        });
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Auto Doctor Desk"));
    connect(about, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About Auto Doctor Desk"),
                           tr("<h3>Auto Doctor Desk %1</h3><p>The back office of The Auto Doctor: compliance "
                              "review, bays, partnerships, earnings and T4A.</p><p>Connected to: %2</p>")
                               .arg(QCoreApplication::applicationVersion(),
                                    m_session->settings().redacted().toHtmlEscaped()));
    });
}

void MainWindow::restoreState() {
    QSettings s;
    if (!restoreGeometry(s.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1500, 900);
    if (m_review) {
        const QByteArray split = s.value(QStringLiteral("review/splitter")).toByteArray();
        if (split.isEmpty() || !m_review->splitter()->restoreState(split))
            // Proportions (the splitter scales them to its width): on a 1366-pixel screen the
            // decision panel gets about 410 pixels, enough for its fields and buttons in French.
            m_review->splitter()->setSizes({560, 380, 420});
        const QByteArray header = s.value(QStringLiteral("review/header")).toByteArray();
        if (!header.isEmpty())
            m_review->table()->horizontalHeader()->restoreState(header);
    }
}

void MainWindow::saveState() {
    QSettings s;
    s.setValue(QStringLiteral("window/geometry"), saveGeometry());
    if (m_review) {
        s.setValue(QStringLiteral("review/splitter"), m_review->splitter()->saveState());
        s.setValue(QStringLiteral("review/header"), m_review->table()->horizontalHeader()->saveState());
    }
}

void MainWindow::closeEvent(QCloseEvent *event) {
    saveState();
    if (m_controller)
        m_controller->shutdown();
    event->accept();
}

} // namespace adesk
