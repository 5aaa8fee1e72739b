#include "app/batchcommands.h"
#include "app/bays/baycontroller.h"
#include "app/bays/workshopsetupcontroller.h"
#include "app/compliance/reviewcontroller.h"
#include "app/demo/democluster.h"
#include "app/shell/connectiondialog.h"
#include "app/shell/mainwindow.h"
#include "app/shell/session.h"
#include "app/shell/translator.h"
#include "models/compliance/verificationqueuemodel.h"
#include "views/bays/workshopsetupdialog.h"
#include "views/common/deskstyle.h"
#include "views/common/semanticcolors.h"
#include "views/compliance/decisionpanel.h"
#include "views/compliance/reviewpane.h"
#include "views/documents/documentview.h"
#include "views/earnings/earningspane.h"
#include "views/earnings/feerulespanel.h"
#include "views/earnings/partnershipearningspanel.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QTextStream>
#include <QTimer>

#include <libpq-fe.h>

namespace adesk {

Result<Identity> signInWaiting(Session *session); // gui.cpp

namespace {

/// The connection string of @p ctx with user= replaced by @p login. With --demo it is the running
/// demo cluster's (a DemoCluster made here would compute its paths under the screenshot's
/// application name, which is not where the cluster runs unless the command runs as root).
QString asLogin(const BatchContext &ctx, const QString &login) {
    QString info = ctx.connection.conninfo;
    static const QRegularExpression user(QStringLiteral("\\buser\\s*=\\s*\\S+"));
    info.remove(user);
    return info.trimmed() + QStringLiteral(" user=") + login;
}

void spin(int ms, const std::function<bool()> &done = {}) {
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < ms) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        if (done && done())
            return;
    }
}

bool save(QWidget *w, const QString &path) {
    const bool ok = w->grab().save(path);
    QTextStream(stdout) << (ok ? "screenshot: wrote " : "screenshot: FAILED ") << path << Qt::endl;
    return ok;
}

} // namespace

int runScreenshot(const BatchContext &ctx) {
    QString outDir;
    for (int i = 0; i + 1 < ctx.args.size(); ++i) {
        if (ctx.args.at(i) == u"--out")
            outDir = ctx.args.at(i + 1);
    }
    if (ctx.args.contains(QStringLiteral("--dark"))) {
        // As under a dark desktop theme: every colour on screen must stay readable.
        DeskStyle::install(QStringLiteral("Fusion"));
        QApplication::setPalette(SemanticColors::darkPalette());
    }
    if (outDir.isEmpty()) {
        QTextStream(stderr)
            << "usage: autodoctor-desk screenshot --out DIR [--lang en|fr] [--dark] [--demo | --db CONNINFO]"
            << Qt::endl;
        return 2;
    }
    QDir().mkpath(outDir);
    // Screenshots show the default layout: keep the user's saved window state out of it (and untouched).
    QCoreApplication::setApplicationName(QStringLiteral("autodoctor-desk-screenshot"));
    QSettings().clear();
    Translator translator;
    translator.installPreferred();
    const QStringList logins = {DemoCluster::adminLogin(), DemoCluster::ownerLogin(),
                                DemoCluster::financeLogin()};
    int failures = 0;
    {
        // The sign-in dialog, as a user first sees it (a network host: the transport hint shows).
        ConnectionDialog dialog;
        dialog.findChild<QLineEdit *>(QStringLiteral("conninfo"))
            ->setText(QStringLiteral("host=db.theautodoctor.ca dbname=autodoctor user=alice"));
        dialog.show();
        spin(800);
        failures += !save(&dialog, QDir(outDir).filePath(QStringLiteral("sign-in.png")));
    }
    for (const QString &login : logins) {
        ConnectionSettings settings = ctx.connection;
        settings.conninfo = asLogin(ctx, login);
        settings.password = QStringLiteral("demo");
        auto *session = new Session(settings);
        const Result<Identity> who = signInWaiting(session);
        if (!who.ok()) {
            QTextStream(stderr) << "screenshot: cannot sign in as " << login << ": "
                                << who.error().serverText() << Qt::endl;
            delete session;
            ++failures;
            continue;
        }
        session->setIdentity(who.value());
        MainWindow window(session);
        window.resize(1366, 768); // the smallest screen the desk is made for
        window.show();
        window.start();
        if (ReviewPane *pane = window.reviewPane()) {
            window.panes()->setCurrentWidget(pane);
            VerificationQueueModel *model = window.queueModel();
            spin(15000, [&] { return model->rowCount() > 0 && !model->isLoading(); });
            // Show an item with a real document that opens cleanly.
            bool shown = false;
            QObject::connect(window.reviewController(), &ReviewController::itemShown, &window,
                             [&](qint64) { shown = true; });
            for (int row = 0; row < std::min(model->rowCount(), 12); ++row) {
                shown = false;
                pane->selectId(model->idAt(row));
                spin(8000, [&] { return shown; });
                spin(2500, [&] {
                    return pane->documentView()->openResult() != DocumentView::OpenResult::Empty &&
                           pane->documentView()->pageCount() > 0;
                });
                if (pane->documentView()->openResult() == DocumentView::OpenResult::Ok)
                    break;
            }
            spin(1500);
            failures += !save(&window, QDir(outDir).filePath(login + QStringLiteral("-review-queue.png")));
            failures += !save(pane->documentView(),
                              QDir(outDir).filePath(login + QStringLiteral("-document-viewer.png")));
            window.reviewController()->shutdown();
        }
        // Every other pane this role sees, each given time to load.
        for (int i = 0; i < window.panes()->count(); ++i) {
            QWidget *w = window.pane(i);
            if (w == window.reviewPane())
                continue;
            window.panes()->setCurrentIndex(i);
            spin(4000);
            failures += !save(&window,
                              QDir(outDir).filePath(login + u'-' + w->objectName() + QStringLiteral(".png")));
            // The bay calendar's workshop setup dialog (issue 14): its three tabs.
            if (auto *bays = w->findChild<BayController *>()) {
                bays->setup()->open();
                spin(8000,
                     [&] { return bays->setup()->dialog() && bays->setup()->dialog()->setup().workshopId; });
                if (WorkshopSetupDialog *dialog = bays->setup()->dialog()) {
                    const QStringList names = {QStringLiteral("-workshop-setup-bays.png"),
                                               QStringLiteral("-workshop-setup-hours.png"),
                                               QStringLiteral("-workshop-setup-closures.png")};
                    for (int tab = 0; tab < names.size(); ++tab) {
                        dialog->showTab(WorkshopSetupDialog::Tab(tab));
                        spin(500);
                        failures += !save(dialog, QDir(outDir).filePath(login + names.at(tab)));
                    }
                    dialog->close();
                    spin(200);
                }
            }
            // The earnings pane's fee rules editor (finance) and per-partnership earnings (issue 12).
            if (auto *earnings = qobject_cast<EarningsPane *>(w)) {
                if (earnings->feeRules()) {
                    earnings->tabs()->setCurrentWidget(earnings->feeRules());
                    spin(1500);
                    failures +=
                        !save(&window, QDir(outDir).filePath(login + QStringLiteral("-fee-rules.png")));
                }
                earnings->tabs()->setCurrentWidget(earnings->partnerships());
                spin(1500);
                failures += !save(&window,
                                  QDir(outDir).filePath(login + QStringLiteral("-partnership-earnings.png")));
                earnings->tabs()->setCurrentIndex(0);
            }
            // Every tab of the pane's tab widgets (issue 17: each tab looked at), the reconciliation
            // run on the month shown.
            for (QTabWidget *tabs : w->findChildren<QTabWidget *>()) {
                if (!tabs->isVisible())
                    continue;
                for (int tab = 1; tab < tabs->count(); ++tab) {
                    tabs->setCurrentIndex(tab);
                    for (QPushButton *b : tabs->widget(tab)->findChildren<QPushButton *>())
                        if (b->text() == EarningsPane::tr("Reconcile month") && b->isEnabled())
                            b->click();
                    spin(2000);
                    failures += !save(&window, QDir(outDir).filePath(login + u'-' + w->objectName() +
                                                                     QStringLiteral("-tab%1.png").arg(tab)));
                }
                tabs->setCurrentIndex(0);
            }
        }
        window.close();
    }
    return failures == 0 ? 0 : 1;
}

} // namespace adesk
