#include "app/shell/mainwindow.h"

#include "app/demo/democluster.h"

#include "app/compliance/reviewcontroller.h"
#include "app/shell/featurepanes.h"
#include "app/shell/session.h"
#include "app/shell/translator.h"
#include "models/compliance/verificationqueuemodel.h"
#include "views/common/paneactions.h"
#include "views/common/semanticcolors.h"
#include "views/common/statekeeper.h"
#include "views/common/tablecopy.h"
#include "views/common/toolbarnames.h"
#include "views/common/unsavededits.h"
#include "views/compliance/reviewpane.h"

#include <QAbstractButton>
#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

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

MainWindow::MainWindow(Session *session, QWidget *parent, const QStringList &heldPanes)
    : QMainWindow(parent)
    , m_session(session) {
    session->setParent(this);
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/autodoctor-desk.svg")));

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("panes"));
    m_tabs->setDocumentMode(true);
    setCentralWidget(m_tabs);

    // The current pane's commands as tool buttons (text only: the actions have no icons). Narrower
    // than its buttons, the bar shows the rest behind its "»" button.
    m_toolBar = new QToolBar(this);
    m_toolBar->setObjectName(QStringLiteral("paneToolBar"));
    m_toolBar->setMovable(false);
    m_toolBar->setFloatable(false);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->toggleViewAction()->setVisible(false); // View > Toolbar is the switch
    addToolBar(Qt::TopToolBarArea, m_toolBar);
    m_toolBar->setVisible(QSettings().value(toolBarKey(), false).toBool());

    m_connection = new QLabel(this);
    m_connection->setObjectName(QStringLiteral("connectionState"));
    statusBar()->addPermanentWidget(m_connection);
    connect(session->listener(), &NotificationListener::connectionStateChanged, this,
            &MainWindow::setConnected);
    connect(
        session->executor(), &DbExecutor::connectionLost, this, [this] { setConnected(false); },
        Qt::QueuedConnection);

    if (!restoreGeometry(QSettings().value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1500, 900);
    buildPanes();
    if (!heldPanes.isEmpty())
        holdPanes(heldPanes);
    // Remember the last pane.
    m_tabs->setCurrentIndex(
        std::clamp(QSettings().value(QStringLiteral("window/pane")).toInt(), 0, m_tabs->count() - 1));
    pane(m_tabs->currentIndex());
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int i) {
        // A pane not built yet is built before its page is painted: the placeholder is never seen.
        pane(i);
        if (!m_retranslatePending)
            QSettings().setValue(QStringLiteral("window/pane"), i);
        buildPaneMenu();
    });
    retranslate();
}

QString MainWindow::toolBarKey() {
    return QStringLiteral("window/toolBar");
}

void MainWindow::buildPanes() {
    Session *session = m_session;
    const Identity &who = session->identity();
    if (who.isAdmin() || who.isOwner()) {
        m_model = new VerificationQueueModel(session->executor(), this);
        m_review = new ReviewPane(this);
        m_review->setModel(m_model);
        m_review->setReadOnly(!who.isAdmin());
        m_controller = new ReviewController(session, m_review, m_model, this);
        connect(m_controller, &ReviewController::statusMessage, this,
                [this](const QString &t) { statusBar()->showMessage(t, 8000); });
        // Proportions (the splitter scales them to its width): on a 1366-pixel screen the decision
        // panel gets about 410 pixels, enough for its fields and buttons in French. The user's own
        // sizes, when saved, replace them on the first show (StateKeeper).
        m_review->splitter()->setSizes({560, 380, 420});
        m_tabs->addTab(m_review, who.isAdmin() ? tr("Compliance review") : tr("Compliance documents"));
    }
    // The feature panes get a placeholder page each; buildPane() puts the pane in its place.
    for (const FeaturePane &pane : createFeaturePanes(session)) {
        auto *placeholder = new QWidget(this);
        placeholder->setObjectName(pane.objectName);
        m_unbuilt.insert(placeholder, pane);
        m_tabs->addTab(placeholder, pane.title);
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
    // Desktop conventions on every pane: splitters and columns remembered, Copy on every table
    // (the feature panes get them when built).
    for (int i = 0; i < m_tabs->count(); ++i) {
        QWidget *pane = m_tabs->widget(i);
        if (m_unbuilt.contains(pane))
            continue;
        StateKeeper::watch(pane, pane == m_review ? QStringLiteral("review") : pane->objectName());
        TableCopy::installAll(pane);
    }
}

bool MainWindow::isPaneBuilt(int index) const {
    QWidget *page = m_tabs->widget(index);
    return page && (!m_unbuilt.contains(page) || m_prebuilt.contains(page));
}

QWidget *MainWindow::pane(int index) {
    QWidget *page = m_tabs->widget(index);
    return m_unbuilt.contains(page) && !m_held.contains(page) ? buildPane(index) : page;
}

bool MainWindow::isPaneHeld(int index) const {
    return m_held.contains(m_tabs->widget(index));
}

void MainWindow::holdPanes(const QStringList &objectNames) {
    m_holdNames = objectNames;
    const QString notice = tr("The demo's history is loading: two years of sessions, payouts, T4A slips, "
                              "requests and reminders. This tab opens when it is in; the other tabs "
                              "work meanwhile.");
    for (auto it = m_unbuilt.constBegin(); it != m_unbuilt.constEnd(); ++it) {
        QWidget *placeholder = it.key();
        if (!objectNames.contains(it.value().objectName) || m_held.contains(placeholder) ||
            m_prebuilt.contains(placeholder))
            continue;
        auto *box = new QWidget(placeholder);
        box->setObjectName(QStringLiteral("heldNotice"));
        auto *layout = new QVBoxLayout(box);
        auto *text = new QLabel(notice, box);
        text->setWordWrap(true);
        text->setAlignment(Qt::AlignCenter);
        auto *bar = new QProgressBar(box);
        bar->setRange(0, 100);
        bar->setValue(m_holdPercent);
        bar->setMinimumWidth(240);
        layout->addStretch();
        layout->addWidget(text);
        layout->addWidget(bar, 0, Qt::AlignHCenter);
        layout->addStretch();
        auto *outer = new QVBoxLayout(placeholder);
        outer->addWidget(box);
        m_held.insert(placeholder, box);
    }
    if (m_held.isEmpty())
        return;
    if (m_holdStatus) { // held again after a change of language: its words in the new one
        showHoldProgress({}, m_holdPercent);
        return;
    }
    m_holdStatus = new QWidget(this);
    auto *row = new QHBoxLayout(m_holdStatus);
    row->setContentsMargins(0, 0, 0, 0);
    auto *what = new QLabel(m_holdStatus);
    what->setObjectName(QStringLiteral("holdWhat"));
    auto *bar = new QProgressBar(m_holdStatus);
    bar->setObjectName(QStringLiteral("holdBar"));
    bar->setRange(0, 100);
    bar->setTextVisible(false);
    bar->setMaximumWidth(120);
    row->addWidget(what);
    row->addWidget(bar);
    statusBar()->addPermanentWidget(m_holdStatus);
    showHoldProgress({}, m_holdPercent);
}

void MainWindow::showHoldProgress(const QString &what, int percent) {
    m_holdPercent = percent;
    if (!m_holdStatus)
        return;
    if (auto *label = m_holdStatus->findChild<QLabel *>(QStringLiteral("holdWhat")))
        label->setText(what.isEmpty() ? tr("Loading the demo's history…") : what);
    for (QProgressBar *bar : m_holdStatus->findChildren<QProgressBar *>())
        bar->setValue(percent);
    for (QWidget *box : std::as_const(m_held))
        for (QProgressBar *bar : box->findChildren<QProgressBar *>())
            bar->setValue(percent);
}

void MainWindow::releasePanes(const QString &problem) {
    m_holdNames.clear();
    const QList<QWidget *> held = m_held.keys();
    for (QWidget *placeholder : held) {
        delete m_held.value(placeholder);
        delete placeholder->layout();
    }
    m_held.clear();
    if (m_holdStatus) {
        statusBar()->removeWidget(m_holdStatus);
        m_holdStatus->deleteLater();
        m_holdStatus = nullptr;
    }
    if (!problem.isEmpty())
        statusBar()->showMessage(problem);
    if (held.contains(m_tabs->currentWidget()))
        pane(m_tabs->currentIndex());
    if (!m_waitingForSignIn)
        buildNextPane(); // the idle build went past the held panes
}

QWidget *MainWindow::pane(const QString &objectName) {
    for (int i = 0; i < m_tabs->count(); ++i)
        if (m_tabs->widget(i)->objectName() == objectName)
            return pane(i);
    return nullptr;
}

void MainWindow::buildAllPanes() {
    for (int i = 0; i < m_tabs->count(); ++i)
        pane(i);
}

QWidget *MainWindow::createPane(const FeaturePane &spec, QWidget *parent) {
    QWidget *built = spec.create(parent);
    built->setObjectName(spec.objectName);
    // Before its first show, which may be its insertion in its tab: the keeper restores on that show.
    StateKeeper::watch(built, spec.objectName);
    TableCopy::installAll(built);
    return built;
}

void MainWindow::prebuildPane(int index) {
    QWidget *placeholder = m_tabs->widget(index);
    const auto it = m_unbuilt.constFind(placeholder);
    if (it == m_unbuilt.constEnd() || m_prebuilt.contains(placeholder) || m_held.contains(placeholder))
        return;
    // A child of its (hidden) placeholder until buildPane() puts it in its tab, and deleted with it.
    QWidget *built = createPane(*it, placeholder);
    built->hide();
    m_prebuilt.insert(placeholder, built);
}

QWidget *MainWindow::buildPane(int index) {
    QWidget *placeholder = m_tabs->widget(index);
    const FeaturePane spec = m_unbuilt.take(placeholder);
    QWidget *built = m_prebuilt.take(placeholder);
    if (!built)
        built = createPane(spec, this);
    {
        // In the placeholder's place, without currentChanged: the same tab stays current. The pane
        // is made current before the placeholder goes, so that no other page is shown meanwhile.
        const QSignalBlocker quiet(m_tabs);
        const bool current = m_tabs->currentWidget() == placeholder;
        m_tabs->insertTab(index, built, m_tabs->tabText(index));
        if (current)
            m_tabs->setCurrentIndex(index);
        m_tabs->removeTab(index + 1);
    }
    placeholder->deleteLater();
    return built;
}

void MainWindow::clearPanes() {
    if (m_controller)
        m_controller->shutdown();
    while (m_tabs->count() > 0) {
        QWidget *pane = m_tabs->widget(0);
        if (auto *keeper =
                pane->findChild<StateKeeper *>(QStringLiteral("stateKeeper"), Qt::FindDirectChildrenOnly))
            keeper->save();
        m_tabs->removeTab(0);
        delete pane;
    }
    m_unbuilt.clear();
    m_prebuilt.clear(); // deleted with their placeholders
    m_held.clear();     // their notices too
    delete m_controller;
    m_controller = nullptr;
    m_review = nullptr;
    delete m_model;
    m_model = nullptr;
}

void MainWindow::retranslate() {
    const Identity &who = m_session->identity();
    setWindowTitle(tr("Auto Doctor Desk — %1 (%2)").arg(who.fullName, roleLabel(who)));
    setConnected(m_connected);
    buildMenus();
}

void MainWindow::changeEvent(QEvent *event) {
    QMainWindow::changeEvent(event);
    // Installing a language sends several LanguageChange events (the application's catalogue, Qt's):
    // one rebuild, once they are all in.
    if (event->type() == QEvent::LanguageChange && !m_retranslatePending) {
        m_retranslatePending = true;
        QMetaObject::invokeMethod(
            this,
            [this] {
                const int current = m_tabs->currentIndex();
                clearPanes();
                buildPanes();
                if (!m_holdNames.isEmpty())
                    holdPanes(m_holdNames);
                m_tabs->setCurrentIndex(std::clamp(current, 0, m_tabs->count() - 1));
                pane(m_tabs->currentIndex()); // when the index did not change (no currentChanged)
                buildPanesWhenIdle();
                retranslate();
                if (m_controller)
                    m_controller->start();
                m_retranslatePending = false;
            },
            Qt::QueuedConnection);
    }
}

bool MainWindow::confirmUnsavedEdits() {
    const QList<UnsavedEdits *> unsaved = UnsavedEdits::under(this);
    if (unsaved.isEmpty())
        return true;
    QStringList what;
    for (const UnsavedEdits *u : unsaved)
        what << QStringLiteral("<li>%1</li>").arg(u->unsavedEditsDescription().toHtmlEscaped());
    QMessageBox box(QMessageBox::Warning, tr("Unsaved changes"),
                    tr("<p>These edits are not saved:</p><ul>%1</ul><p>Save them, discard them, or cancel "
                       "and keep working?</p>")
                        .arg(what.join(QString())),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("unsavedEditsBox"));
    box.setDefaultButton(QMessageBox::Save);
    switch (box.exec()) {
    case QMessageBox::Discard:
        return true;
    case QMessageBox::Save: {
        bool started = true;
        for (UnsavedEdits *u : unsaved)
            started = u->saveUnsavedEdits() && started;
        statusBar()->showMessage(started
                                     ? tr("Saving your edits; sign out or quit again once they are saved.")
                                     : tr("Some edits cannot be saved as they are: correct them first."),
                                 10000);
        return false;
    }
    default:
        return false;
    }
}

bool MainWindow::switchLanguage(const QString &code) {
    if (!confirmUnsavedEdits())
        return false;
    QSettings().setValue(Translator::settingsKey(), code);
    if (Translator *t = Translator::instance())
        t->install(code);
    return true;
}

QList<QStringList> MainWindow::shortcutList() {
    buildAllPanes();
    QList<QStringList> rows;
    auto clean = [](QString text) { return text.remove(u'&').remove(QStringLiteral("…")).trimmed(); };
    auto add = [&](const QString &where, const QString &what, const QList<QKeySequence> &keys) {
        QStringList k;
        for (const QKeySequence &key : keys)
            if (!key.isEmpty())
                k << key.toString(QKeySequence::NativeText);
        if (!k.isEmpty() && !what.isEmpty())
            rows.append({where, clean(what), k.join(QStringLiteral(", "))});
    };
    for (QAction *a : menuBar()->findChildren<QAction *>())
        add(tr("Window"), a->text(), a->shortcuts());
    for (int i = 0; i < m_tabs->count(); ++i) {
        const QString where = clean(m_tabs->tabText(i));
        QWidget *pane = m_tabs->widget(i);
        QSet<QString> seen;
        for (QAction *a : pane->findChildren<QAction *>()) {
            const QString what = clean(a->text().isEmpty() ? a->toolTip() : a->text());
            if (!seen.contains(what + a->shortcut().toString())) {
                seen.insert(what + a->shortcut().toString());
                add(where, what, a->shortcuts());
            }
        }
        for (QAbstractButton *b : pane->findChildren<QAbstractButton *>())
            add(where, b->text().isEmpty() ? b->toolTip() : b->text(), {b->shortcut()});
    }
    return rows;
}

void MainWindow::showShortcuts() {
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("shortcutsDialog"));
    dialog.setWindowTitle(tr("Keyboard shortcuts"));
    auto *layout = new QVBoxLayout(&dialog);
    auto *table = new QTableWidget(0, 3, &dialog);
    table->setObjectName(QStringLiteral("shortcutsTable"));
    table->setHorizontalHeaderLabels({tr("Where"), tr("Action"), tr("Keys")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    for (const QStringList &row : shortcutList()) {
        const int r = table->rowCount();
        table->insertRow(r);
        for (int c = 0; c < 3; ++c)
            table->setItem(r, c, new QTableWidgetItem(row.value(c)));
    }
    table->resizeColumnsToContents();
    table->horizontalHeader()->setStretchLastSection(true);
    TableCopy::install(table);
    layout->addWidget(table);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog.resize(640, 520);
    dialog.exec();
}

MainWindow::~MainWindow() {
    if (m_controller)
        m_controller->shutdown();
}

void MainWindow::start() {
    m_session->startListening();
    if (m_controller)
        m_controller->start();
    buildPanesWhenIdle();
}

void MainWindow::waitForSignIn(const QString &status) {
    m_waitingForSignIn = true;
    m_tabs->setEnabled(false);
    setConnected(m_connected);
    showSignInStatus(status);
}

void MainWindow::showSignInStatus(const QString &status) {
    if (m_waitingForSignIn)
        statusBar()->showMessage(status);
}

void MainWindow::signInConfirmed() {
    if (!m_waitingForSignIn)
        return;
    m_waitingForSignIn = false;
    statusBar()->clearMessage();
    m_tabs->setEnabled(true);
    setConnected(true);
    m_session->releaseWork();
    start();
}

void MainWindow::buildPanesWhenIdle() {
    // After the first pane's load has had the cores for a moment (as the viewer's render helper
    // waits), one pane at a time, kIdleBuildGapMs apart: input, paints and timers due meanwhile go
    // first (a zero-time chain would run the next build before timers already due).
    QTimer::singleShot(1500, this, &MainWindow::buildNextPane);
}

void MainWindow::buildNextPane() {
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (!isPaneBuilt(i) && !isPaneHeld(i)) {
            prebuildPane(i);
            QTimer::singleShot(kIdleBuildGapMs, this, &MainWindow::buildNextPane);
            return;
        }
    }
}

void MainWindow::setConnected(bool connected) {
    m_connected = connected;
    const Identity &who = m_session->identity();
    const QString where = m_session->settings().redacted();
    if (m_waitingForSignIn) {
        m_connection->setText(tr("● Signing in as %1…").arg(who.loginRole));
        m_connection->setStyleSheet(QString());
        m_connection->setToolTip(where);
    } else if (connected) {
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
    m_demoSignIn = true;
    QMenu *as = new QMenu(tr("Sign in &as"), m_file);
    as->setObjectName(QStringLiteral("signInAs"));
    auto *group = new QActionGroup(as);
    for (const auto &[login, label] : logins) {
        QAction *a = as->addAction(label);
        a->setCheckable(true);
        a->setChecked(login == m_session->identity().loginRole);
        a->setData(login);
        group->addAction(a);
        connect(a, &QAction::triggered, this, [this, login, group] {
            if (login == m_session->identity().loginRole)
                return;
            // Signing in as someone else signs this login out: unsaved edits are asked about first.
            if (!confirmUnsavedEdits()) { // cancelled: the check mark goes back
                for (QAction *o : group->actions())
                    o->setChecked(o->data().toString() == m_session->identity().loginRole);
                return;
            }
            m_closeConfirmed = true;
            emit signInAsRequested(login);
        });
    }
    m_file->insertMenu(m_signOut, as);
}

void MainWindow::buildMenus() {
    // The old menus go with their actions (QMenuBar::clear() keeps the menus it made, and the
    // shortcuts list would show their actions twice).
    menuBar()->clear();
    m_paneMenu = nullptr;
    qDeleteAll(menuBar()->findChildren<QMenu *>(Qt::FindDirectChildrenOnly));
    QMenu *file = menuBar()->addMenu(tr("&File"));
    m_file = file;
    QAction *signOut = file->addAction(tr("Sign &out"));
    m_signOut = signOut;
    signOut->setObjectName(QStringLiteral("signOutAction"));
    connect(signOut, &QAction::triggered, this, [this] {
        if (confirmUnsavedEdits()) {
            m_closeConfirmed = true;
            emit signOutRequested();
        }
    });
    if (m_demoSignIn) // rebuilt with the menus (a language switch): labels in the new language
        addDemoSignIn(demoLogins());
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    // The current pane's commands (PaneActions), in a menu named after the pane.
    m_paneMenu = menuBar()->addMenu(QString());
    m_paneMenu->setObjectName(QStringLiteral("paneMenu"));
    // Opening it brings the entries up to date with the pane's buttons.
    connect(m_paneMenu, &QMenu::aboutToShow, this, [this] {
        if (QWidget *pane = m_tabs->currentWidget())
            PaneActions::of(pane);
    });
    buildPaneMenu();

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *toolBar = view->addAction(tr("&Toolbar"));
    toolBar->setObjectName(QStringLiteral("toolBarAction"));
    toolBar->setCheckable(true);
    toolBar->setChecked(m_toolBar->isVisibleTo(this));
    connect(toolBar, &QAction::toggled, this, [this](bool on) {
        m_toolBar->setVisible(on);
        QSettings().setValue(toolBarKey(), on);
    });
    QMenu *language = view->addMenu(tr("&Language"));
    auto *group = new QActionGroup(language);
    const QString current = QSettings().value(Translator::settingsKey(), QStringLiteral("system")).toString();
    const std::pair<QString, QString> choices[] = {{QStringLiteral("system"), tr("System default")},
                                                   {QStringLiteral("en"), QStringLiteral("English")},
                                                   {QStringLiteral("fr"), QStringLiteral("Français")}};
    for (const auto &[code, label] : choices) {
        QAction *a = language->addAction(label);
        a->setObjectName(QStringLiteral("language-") + code);
        a->setCheckable(true);
        a->setChecked(code == current);
        group->addAction(a);
        connect(a, &QAction::triggered, this, [this, code = code] {
            // Deferred: the menus are rebuilt by the switch.
            QMetaObject::invokeMethod(
                this,
                [this, code] {
                    if (!switchLanguage(code))
                        buildMenus(); // cancelled: the check mark goes back
                },
                Qt::QueuedConnection);
        });
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *keys = help->addAction(tr("&Keyboard shortcuts"));
    keys->setObjectName(QStringLiteral("shortcutsAction"));
    keys->setShortcut(QKeySequence::HelpContents);
    connect(keys, &QAction::triggered, this, &MainWindow::showShortcuts);
    help->addSeparator();
    QAction *about = help->addAction(tr("&About Auto Doctor Desk"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About Auto Doctor Desk"),
                           tr("<h3>Auto Doctor Desk %1</h3><p>The back office of The Auto Doctor: compliance "
                              "review, bays, partnerships, earnings and T4A.</p><p>Connected to: %2</p>")
                               .arg(QCoreApplication::applicationVersion(),
                                    m_session->settings().redacted().toHtmlEscaped()));
    });
    QAction *aboutQt = help->addAction(tr("About &Qt"));
    aboutQt->setObjectName(QStringLiteral("aboutQtAction"));
    aboutQt->setMenuRole(QAction::AboutQtRole);
    connect(aboutQt, &QAction::triggered, this, [this] { QMessageBox::aboutQt(this); });
}

void MainWindow::buildPaneMenu() {
    if (!m_paneMenu)
        return;
    m_paneMenu->clear(); // the pane's actions stay the pane's: clear() deletes only the menu's own
    QWidget *pane = m_tabs->currentWidget();
    const QList<QAction *> actions = pane ? PaneActions::of(pane) : QList<QAction *>();
    // The tab's name; "&" once, before the first letter, so Alt+letter opens it like the others.
    QString title = pane ? m_tabs->tabText(m_tabs->currentIndex()).remove(u'&') : QString();
    if (!title.isEmpty())
        title.prepend(u'&');
    m_paneMenu->setTitle(title);
    m_paneMenu->addActions(actions);
    m_paneMenu->menuAction()->setVisible(!actions.isEmpty());
    buildPaneToolBar();
}

void MainWindow::buildPaneToolBar() {
    m_toolBar->clear(); // the pane's actions stay the pane's
    m_toolBar->setWindowTitle(tr("Pane toolbar"));
    if (QWidget *pane = m_tabs->currentWidget())
        m_toolBar->addActions(PaneActions::of(pane));
    nameToolBarOverflow(m_toolBar);
}

void MainWindow::saveState() {
    QSettings s;
    s.setValue(QStringLiteral("window/geometry"), saveGeometry());
    for (StateKeeper *keeper : m_tabs->findChildren<StateKeeper *>())
        keeper->save();
}

void MainWindow::closeWithoutAsking() {
    m_closeConfirmed = true;
    close();
}

void MainWindow::closeEvent(QCloseEvent *event) {
    if (!m_closeConfirmed && !confirmUnsavedEdits()) {
        event->ignore();
        return;
    }
    m_closeConfirmed = false;
    saveState();
    if (m_controller)
        m_controller->shutdown();
    event->accept();
}

} // namespace adesk
