#include "app/commandline.h"

#include "app/batchcommands.h"
#include "app/demo/democluster.h"
#include "app/demo/demofeatures.h"
#include "app/demo/demoseeder.h"
#include "app/shell/launchtrace.h"
#include "app/shell/signalquit.h"
#include "app/shell/signin.h"
#include "app/shell/translator.h"
#include "views/common/deskstyle.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDialog>
#include <QDialogButtonBox>
#include <QEventLoop>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPointer>
#include <QProgressBar>
#include <QRegularExpression>
#include <QSettings>
#include <QTextStream>
#include <QThread>
#include <QTranslator>
#include <QVBoxLayout>

#include <algorithm>
#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace adesk {

namespace {

const BatchCommand *findCommand(const QString &name) {
    for (const BatchCommand &c : batchCommands()) {
        if (c.name == name)
            return &c;
    }
    return nullptr;
}

/// Starts the demo cluster, and on its first run creates the database and loads the demo data:
/// @p report says each step with the share of the work done so far (0-100).
/// @p stop, when given and set (the progress window's Cancel), ends the work between steps.
int prepareDemo(DemoCluster &demo, BatchContext &ctx, const QString &command,
                const std::function<void(const QString &, int)> &report,
                const std::atomic<bool> *stop = nullptr) {
    const auto stopped = [stop] { return stop && stop->load(); };
    // A first use: the certificates render on the cores that creating the cluster leaves idle; what
    // seed-demo did not take (a cancel, a failure) is dropped on the way out.
    if (!demo.exists() && qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        DemoSeeder::prerender(QDate::currentDate(), QDateTime::currentDateTimeUtc());
    struct DropPrerendered {
        ~DropPrerendered() { DemoSeeder::discardPrerendered(); }
    } dropPrerendered;
    report(QCoreApplication::translate("Gui", "Starting the demo database…"), 2);
    QString problem;
    if (!demo.start(&problem)) {
        batchErr() << "autodoctor-desk: demo database: " << problem << Qt::endl;
        return 1;
    }
    LaunchTrace::step("cluster-started");
    if (demo.createdFromTemplate())
        LaunchTrace::step("cluster-from-template");
    else if (!demo.templateProblem().isEmpty())
        batchErr() << "autodoctor-desk: demo database: the prepared cluster was not used ("
                   << demo.templateProblem() << "): created by initdb instead" << Qt::endl;
    if (stopped()) // asked while the server was starting: it was not ours to stop yet
        return 1;
    ctx.connection.conninfo = demo.superuserConninfo();
    if (demo.createdNow()) {
        report(QCoreApplication::translate("Gui", "Creating the demo database…"), 10);
        if (int rc = runMigrate(ctx); rc != 0)
            return rc;
        LaunchTrace::step("migrated");
        if (stopped())
            return 1;
        report(QCoreApplication::translate("Gui", "Loading the demo data (the first time only)…"), 25);
        BatchContext seedCtx = ctx;
        seedCtx.args.clear();
        // The desktop shows its window once the core part is in; a command needs all of it now.
        const DemoSeeder::Part part = command.isEmpty() ? DemoSeeder::Part::Core : DemoSeeder::Part::All;
        // seed-demo's lines: planned, rendered, the core rows, one per feature, loaded.
        const QList<FeatureDemoSeed> features = featureDemoSeeds();
        const int lines = 4 + int(part == DemoSeeder::Part::All
                                      ? features.size()
                                      : std::count_if(features.begin(), features.end(),
                                                      [](const FeatureDemoSeed &f) { return !f.history; }));
        auto seen = std::make_shared<int>(0);
        const int rc = runSeedDemoWithProgress(
            seedCtx,
            [report, lines, seen](const QString &line) {
                *seen = std::min(*seen + 1, lines);
                QString what = line;
                what.remove(QRegularExpression(QStringLiteral("^seed-demo: ")));
                report(QCoreApplication::translate("Gui", "Loading the demo data (the first time only): %1")
                           .arg(what),
                       25 + 75 * *seen / lines);
            },
            part);
        LaunchTrace::step("seeded");
        return rc;
    }
    if (command != u"migrate") {
        // Keep an existing demo database current with new migrations.
        report(QCoreApplication::translate("Gui", "Updating the demo database…"), 60);
        const int rc = runMigrate(ctx);
        LaunchTrace::step("migrated");
        if (rc != 0 || command.isEmpty())
            return rc; // the desktop loads a missing history behind its window (runGui)
        // A command on a demo whose first launch was quit before its history was in: load it now.
        BatchContext seedCtx = ctx;
        seedCtx.args.clear();
        return runSeedDemoWithProgress(seedCtx, {}, DemoSeeder::Part::History);
    }
    return 0;
}

/// The desktop's demo: from the first second a small window saying what is being prepared, with a
/// progress bar and a Cancel button, while a worker thread starts the cluster, migrates and seeds;
/// the event loop keeps running meanwhile. Cancel (or closing the window, or Esc) stops the demo
/// server, which ends the worker's queries (a half-loaded demo is rolled back: the next launch loads
/// it again). Returns the worker's exit code; @p cancelled says the user cancelled.
int prepareDemoWithProgress(DemoCluster &demo, BatchContext &ctx, bool *cancelled) {
    Translator translator; // the window speaks the language the main window will
    translator.installPreferred();

    // Cancel, Esc and the window's close button all call reject(): the window stays up saying so.
    class ProgressWindow : public QDialog {
    public:
        std::function<void()> onCancel;
        void reject() override {
            if (onCancel)
                onCancel();
        }
    };
    ProgressWindow window;
    window.setObjectName(QStringLiteral("demoProgress"));
    window.setWindowTitle(QCoreApplication::translate("Gui", "Auto Doctor Desk — demo"));
    window.setWindowIcon(QIcon(QStringLiteral(":/icons/autodoctor-desk.svg")));
    auto *layout = new QVBoxLayout(&window);
    auto *head = new QHBoxLayout;
    auto *icon = new QLabel(&window);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/autodoctor-desk.svg")).pixmap(64, 64));
    head->addWidget(icon, 0, Qt::AlignTop);
    auto *title = new QLabel(
        QStringLiteral("<b style='font-size:large'>Auto Doctor Desk</b><br>") +
            QCoreApplication::translate("Gui", "Demo: a database of its own with sample workshops, "
                                               "mechanics and documents.")
                .toHtmlEscaped(),
        &window);
    title->setWordWrap(true);
    head->addWidget(title, 1);
    layout->addLayout(head);
    auto *status = new QLabel(QCoreApplication::translate("Gui", "Starting the demo database…"), &window);
    status->setObjectName(QStringLiteral("demoStatus"));
    status->setWordWrap(true);
    layout->addWidget(status);
    auto *bar = new QProgressBar(&window);
    bar->setObjectName(QStringLiteral("demoProgressBar"));
    bar->setRange(0, 100);
    bar->setValue(0);
    layout->addWidget(bar);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, &window);
    layout->addWidget(buttons);
    window.setMinimumWidth(460);

    std::atomic<bool> stopRequested = false;
    auto cancel = [&] {
        if (stopRequested.exchange(true))
            return;
        status->setText(QCoreApplication::translate("Gui", "Cancelling…"));
        buttons->setEnabled(false);
        window.repaint();
        demo.stop(); // ends the worker's queries; a cluster still being created is stopped below
    };
    window.onCancel = cancel;
    QObject::connect(buttons, &QDialogButtonBox::rejected, &window, &QDialog::reject);
    if (SignalQuit *sq = SignalQuit::instance())
        QObject::connect(sq, &SignalQuit::quitRequested, &window, cancel);

    LaunchTrace::markWhenPainted(&window, "first-window");
    window.show();

    int rc = 1;
    QPointer<QLabel> statusTarget(status);
    QPointer<QProgressBar> barTarget(bar);
    QThread *worker = QThread::create([&] {
        rc = prepareDemo(
            demo, ctx, QString(),
            [&](const QString &message, int percent) {
                if (stopRequested)
                    return;
                QMetaObject::invokeMethod(
                    &window,
                    [statusTarget, barTarget, message, percent] {
                        if (statusTarget)
                            statusTarget->setText(message);
                        if (barTarget)
                            barTarget->setValue(percent);
                    },
                    Qt::QueuedConnection);
            },
            &stopRequested);
    });
    QEventLoop loop;
    QObject::connect(worker, &QThread::finished, &loop, &QEventLoop::quit);
    worker->start();
    // A signal's QCoreApplication::exit() ends this loop too: wait for the worker in a loop of its own.
    while (!worker->isFinished()) {
        loop.exec();
        if (!worker->isFinished() && !stopRequested && SignalQuit::instance() &&
            SignalQuit::instance()->received() != 0)
            cancel();
        if (stopRequested)
            break; // after a signal, exec() returns at once: wait below instead of spinning
    }
    worker->wait();
    delete worker;
    if (stopRequested)
        demo.stop(); // the worker may have started the server after the first stop
    window.hide();
    *cancelled = stopRequested;
    return rc;
}

} // namespace

namespace {

QString trCli(const char *text) {
    return QCoreApplication::translate("adesk::BatchCommands", text);
}

/// What the arguments say before any application object exists: the command, and whether help,
/// the version or the demo were asked for (the application object depends on them).
struct PreScan {
    QString command;
    QString lang;
    bool help = false;
    bool version = false;
    bool demo = false;
};

PreScan preScan(int argc, char *argv[]) {
    PreScan p;
    for (int i = 1; i < argc; ++i) {
        const QString a = QString::fromLocal8Bit(argv[i]);
        if (a == u"--db" || a == u"--lang" || a == u"--as") {
            if (a == u"--lang" && i + 1 < argc)
                p.lang = QString::fromLocal8Bit(argv[i + 1]);
            ++i;
        } else if (a.startsWith(u"--lang=")) {
            p.lang = a.mid(7);
        } else if (a == u"--help" || a == u"-h" || a == u"-?" || a == u"--help-all") {
            p.help = true;
        } else if (a == u"--version" || a == u"-v") {
            p.version = true;
        } else if (a == u"--demo") {
            p.demo = true;
        } else if (!a.startsWith(u'-') && p.command.isEmpty()) {
            p.command = a;
        }
    }
    return p;
}

/// The options every command understands, before or after the command's name.
struct GlobalOptions {
    QCommandLineOption db{
        QStringLiteral("db"),
        QCoreApplication::translate("adesk::BatchCommands",
                                    "libpq connection string, URI or service=NAME (default: PG* variables)."),
        QStringLiteral("conninfo")};
    QCommandLineOption demo{
        QStringLiteral("demo"),
        QCoreApplication::translate("adesk::BatchCommands",
                                    "Use the embedded demo database (started on demand, stopped on exit).")};
    QCommandLineOption lang{
        QStringLiteral("lang"),
        QCoreApplication::translate("adesk::BatchCommands",
                                    "Language of the interface, the messages and the files written: en or fr "
                                    "(default: the system's)."),
        QStringLiteral("lang")};
    QCommandLineOption insecure{
        QStringLiteral("allow-insecure-transport"),
        QCoreApplication::translate(
            "adesk::BatchCommands",
            "Accept sslmode=disable, allow or prefer to a host that is not local (the password and data may "
            "cross the network unencrypted). Without it such a connection is refused.")};
    QCommandLineOption as{
        QStringLiteral("as"),
        QCoreApplication::translate("adesk::BatchCommands",
                                    "With --demo: sign in as admin, admin2, finance, owner or owner-montreal "
                                    "(default: admin)."),
        QStringLiteral("role")};

    void addTo(QCommandLineParser &parser) const {
        parser.addOption(as);
        parser.addOption(db);
        parser.addOption(insecure);
        parser.addOption(demo);
        parser.addOption(lang);
    }
};

QString commandList() {
    QStringList usages;
    for (const BatchCommand &c : batchCommands())
        usages << QStringLiteral("  ") + c.usage;
    return usages.join(u'\n');
}

/// Runs @p work in a thread of its own while this thread's event loop answers signals
/// (SignalQuit). On a signal, @p interrupt runs (it stops the demo server, so the work's queries
/// end) and the work is waited for. Returns the work's exit code, or 128 + the signal's number.
int runListening(const std::function<int()> &work, const std::function<void()> &interrupt) {
    int rc = 1;
    QEventLoop loop;
    QThread *worker = QThread::create([&] { rc = work(); });
    QObject::connect(worker, &QThread::finished, &loop, &QEventLoop::quit);
    worker->start();
    if (!worker->isFinished())
        loop.exec();
    const int signalNumber = SignalQuit::instance() ? SignalQuit::instance()->received() : 0;
    if (!worker->isFinished() && signalNumber != 0)
        interrupt();
    worker->wait();
    delete worker;
    return signalNumber != 0 ? 128 + signalNumber : rc;
}

} // namespace

int runCommandLine(int argc, char *argv[]) {
    // Decide which application object before constructing it: help, the version and the batch
    // commands that draw nothing need no display (QCoreApplication); the PDF commands need fonts
    // (QGuiApplication, offscreen without a display); screenshot and the desktop need widgets.
    const PreScan pre = preScan(argc, argv);
    const BatchCommand *batch = findCommand(pre.command);
    const bool helpOrVersion = pre.help || (pre.version && pre.command.isEmpty());
    BatchCommand::Needs needs = BatchCommand::Needs::Core;
    if (!helpOrVersion) {
        if (pre.command.isEmpty())
            needs = BatchCommand::Needs::Widgets;
        else if (batch)
            needs = batch->needs;
        // --demo may have to seed a fresh demo database, which renders PDF certificates (QtGui).
        if (pre.demo && batch && needs == BatchCommand::Needs::Core)
            needs = BatchCommand::Needs::Gui;
    }
    const bool gui = pre.command.isEmpty() && !helpOrVersion;
    // Batch commands that draw (screenshots, PDFs) work without a display.
    if (needs != BatchCommand::Needs::Core && !gui && qEnvironmentVariableIsEmpty("DISPLAY") &&
        qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> app;
    switch (needs) {
    case BatchCommand::Needs::Core:
        app = std::make_unique<QCoreApplication>(argc, argv);
        break;
    case BatchCommand::Needs::Gui:
        app = std::make_unique<QGuiApplication>(argc, argv);
        break;
    case BatchCommand::Needs::Widgets:
        app = std::make_unique<QApplication>(argc, argv);
        // The platform's style, with scroll bars that paint without Qt's thread pool (issue 19).
        DeskStyle::install();
        break;
    }
    QCoreApplication::setOrganizationName(QStringLiteral("The Auto Doctor"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("theautodoctor.ca"));
    QCoreApplication::setApplicationName(QStringLiteral("autodoctor-desk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ADESK_VERSION));
    if (needs != BatchCommand::Needs::Core)
        QGuiApplication::setDesktopFileName(QStringLiteral("ca.theautodoctor.Desk"));
    if (!pre.lang.isEmpty())
        app->setProperty(Translator::overrideProperty(), pre.lang);

    // Help, version and batch commands speak --lang, else the system's language (LANG), from the
    // first line they print. The desktop installs the user's choice itself (Translator).
    std::unique_ptr<Translator> translator;
    if (!gui) {
        translator = std::make_unique<Translator>();
        translator->install(pre.lang.isEmpty() ? QStringLiteral("system") : pre.lang);
    }

    QTextStream out(stdout);
    const GlobalOptions global;
    QCommandLineParser parser;
    // Our own --help (Qt's text is in Qt's catalogue, which may be missing): it never runs anything.
    const QCommandLineOption helpOption(
        {QStringLiteral("h"), QStringLiteral("?"), QStringLiteral("help")},
        QCoreApplication::translate("adesk::BatchCommands", "Displays this help and does nothing else."));
    if (pre.command.isEmpty() || !batch) {
        parser.setApplicationDescription(
            QCoreApplication::translate(
                "adesk::BatchCommands",
                "Auto Doctor Desk: compliance review, bays, partnerships, earnings and T4A for The Auto "
                "Doctor.\nWithout a command the desktop application starts.") +
            QStringLiteral("\n\n") + QCoreApplication::translate("adesk::BatchCommands", "Commands:") +
            u'\n' + commandList() + QStringLiteral("\n\n") +
            QCoreApplication::translate(
                "adesk::BatchCommands",
                "'autodoctor-desk COMMAND --help' describes a command and its options. The options below "
                "may come before or after the command."));
        parser.addOption(helpOption);
        parser.addOption(QCommandLineOption(
            {QStringLiteral("v"), QStringLiteral("version")},
            QCoreApplication::translate("adesk::BatchCommands", "Displays the version and quits.")));
        global.addTo(parser);
        parser.addPositionalArgument(
            QStringLiteral("command"),
            QCoreApplication::translate("adesk::BatchCommands", "Batch command to run."),
            QStringLiteral("[command]"));
    } else {
        parser.setApplicationDescription(
            trCli(batch->description) + QStringLiteral("\n\n") +
            QCoreApplication::translate("adesk::BatchCommands",
                                        "The global options (--db, --demo, --lang…) may come before or "
                                        "after the command."));
        parser.addOption(helpOption);
        for (const BatchOption &o : batch->options) {
            QCommandLineOption option(QString::fromLatin1(o.name), trCli(o.description));
            if (o.valueName)
                option.setValueName(QString::fromLatin1(o.valueName));
            parser.addOption(option);
        }
        global.addTo(parser);
        parser.addPositionalArgument(
            batch->name, QCoreApplication::translate("adesk::BatchCommands", "The command."), batch->name);
        for (const BatchOption &o : batch->positional)
            parser.addPositionalArgument(QString::fromLatin1(o.name), trCli(o.description),
                                         QString::fromLatin1(o.valueName));
    }
    const bool parsed = parser.parse(QCoreApplication::arguments());
    if (pre.help) {
        // "Usage: autodoctor-desk …", not the path it was started by (help2man reads this).
        QString help = parser.helpText();
        const QString exe = QCoreApplication::arguments().value(0);
        if (const qsizetype at = help.indexOf(exe); at >= 0 && !exe.isEmpty())
            help.replace(at, exe.size(), QCoreApplication::applicationName());
        out << help << Qt::flush;
        return 0;
    }
    if (!parsed) {
        batchErr() << "autodoctor-desk: " << parser.errorText() << Qt::endl;
        batchErr() << QCoreApplication::translate("adesk::BatchCommands", "Try 'autodoctor-desk %1--help'.")
                          .arg(batch ? batch->name + u' ' : QString())
                   << Qt::endl;
        return 2;
    }
    if (pre.version && pre.command.isEmpty()) {
        out << QCoreApplication::applicationName() << u' ' << QCoreApplication::applicationVersion()
            << Qt::endl;
        return 0;
    }
    if (!pre.command.isEmpty() && !batch) {
        QStringList known;
        for (const BatchCommand &c : batchCommands())
            known << c.name;
        batchErr() << QCoreApplication::translate("adesk::BatchCommands",
                                                  "autodoctor-desk: unknown command '%1'. Known: %2")
                          .arg(pre.command, known.join(QStringLiteral(", ")))
                   << Qt::endl;
        return 2;
    }

    BatchContext ctx;
    ctx.demo = parser.isSet(global.demo);
    if (parser.isSet(global.as)) {
        ctx.demoLogin = DemoCluster::loginForChoice(parser.value(global.as));
        if (!ctx.demo || ctx.demoLogin.isEmpty()) {
            batchErr() << QCoreApplication::translate("adesk::BatchCommands",
                                                      "autodoctor-desk: --as needs --demo and one of: %1")
                              .arg(DemoCluster::signInChoices().join(QStringLiteral(", ")))
                       << Qt::endl;
            return 2;
        }
    }
    ctx.connection.conninfo = parser.value(global.db);
    if (batch) {
        // The command's options in their canonical form, then its positional arguments.
        const QStringList positional = parser.positionalArguments();
        if (positional.value(0) != batch->name || positional.size() - 1 > batch->positional.size()) {
            batchErr() << QCoreApplication::translate("adesk::BatchCommands",
                                                      "autodoctor-desk %1: unexpected argument '%2'")
                              .arg(batch->name, positional.value(positional.value(0) != batch->name
                                                                     ? 0
                                                                     : batch->positional.size() + 1))
                       << Qt::endl;
            batchErr() << QCoreApplication::translate("adesk::BatchCommands",
                                                      "Try 'autodoctor-desk %1--help'.")
                              .arg(batch->name + u' ')
                       << Qt::endl;
            return 2;
        }
        for (const BatchOption &o : batch->options) {
            const QString name = QString::fromLatin1(o.name);
            if (!parser.isSet(name))
                continue;
            if (!o.valueName) {
                ctx.args << QStringLiteral("--") + name;
                continue;
            }
            for (const QString &v : parser.values(name))
                ctx.args << QStringLiteral("--") + name << v;
        }
        ctx.args += positional.mid(1);
    }
    ctx.connection.allowInsecureTransport = parser.isSet(global.insecure);
    if (!ctx.connection.conninfo.isEmpty()) {
        const QString bad = ConnectionSettings::validate(ctx.connection.conninfo);
        if (!bad.isEmpty()) {
            batchErr() << QCoreApplication::translate("adesk::BatchCommands",
                                                      "autodoctor-desk: invalid --db: %1")
                              .arg(bad)
                       << Qt::endl;
            return 2;
        }
    }
    if (batch && !batch->needsDatabase)
        return batch->run(ctx);
    if (!ctx.demo) {
        // --db, or libpq's defaults (PG* variables, PGSERVICE): a network host gets
        // sslmode=verify-full; disable/allow/prefer need --allow-insecure-transport (the GUI asks
        // instead). The demo password never goes to a network host.
        if (batch || !ctx.connection.conninfo.isEmpty()) {
            ConnectionSettings probe = ctx.connection;
            if (!batch)
                probe.allowInsecureTransport = true; // the GUI asks before signing in
            if (const QString refused = probe.problem(); !refused.isEmpty()) {
                batchErr() << "autodoctor-desk: " << refused << Qt::endl;
                if (probe.transport().insecure() && !probe.allowInsecureTransport)
                    batchErr() << QCoreApplication::translate(
                                      "adesk::BatchCommands",
                                      "autodoctor-desk: pass --allow-insecure-transport to connect anyway.")
                               << Qt::endl;
                return 2;
            }
        }
        if (batch)
            return batch->run(ctx);
        SignalQuit signalQuit; // SIGTERM at logout: the window saves its state, as on a normal quit
        return runGui(ctx);
    }

    // The demo: its cluster is stopped when `demo` is destroyed, also when a signal (SIGTERM,
    // SIGHUP, SIGINT) ends the program: SignalQuit turns them into a normal quit.
    SignalQuit signalQuit;
    auto demo = std::make_unique<DemoCluster>();
    if (!batch) {
        const QString login = ctx.demoLogin.isEmpty() ? DemoCluster::adminLogin() : ctx.demoLogin;
        // The demo's history (DemoSeeder::Part::History) behind the window: loaded by the first
        // launch once its window shows the core data set, or by the next launch when that one was
        // quit before it was in. A demo whose history is in says so in the user's settings, per
        // cluster (its superuser's connection string names the cluster's socket and port).
        const QString historyKey =
            QStringLiteral("demo/history-") +
            QString::fromLatin1(
                QCryptographicHash::hash(demo->superuserConninfo().toUtf8(), QCryptographicHash::Sha256)
                    .toHex()
                    .left(24));
        DemoHistoryLoad history;
        history.panes = demoHistoryPanes();
        history.load = [&](const std::function<void(const QString &, int)> &report) {
            BatchContext historyCtx = ctx;
            historyCtx.args.clear();
            historyCtx.connection.conninfo = demo->superuserConninfo();
            const QList<FeatureDemoSeed> features = featureDemoSeeds();
            const int lines = 1 + int(std::count_if(features.begin(), features.end(),
                                                    [](const FeatureDemoSeed &f) { return f.history; }));
            auto seen = std::make_shared<int>(0);
            return runSeedDemoWithProgress(
                historyCtx,
                [report, lines, seen](const QString &) {
                    *seen = std::min(*seen + 1, lines);
                    report(QString(), 100 * *seen / lines); // the window says what it is loading
                },
                DemoSeeder::Part::History);
        };
        history.stopServer = [&] { demo->stop(); };
        history.loaded = [historyKey] { QSettings().setValue(historyKey, true); };
        if (demo->exists()) {
            // A warm launch (issue 19): the main window for the identity this login had last time,
            // painted while the server starts; runGui() signs in and confirms it.
            if (const std::optional<Identity> remembered =
                    rememberedDemoIdentity(demo->loginConninfo(login))) {
                BatchContext prepareCtx = ctx; // prepareDemo points its connection at the superuser
                WarmDemoStart warm;
                warm.remembered = *remembered;
                warm.prepare = [&](const std::function<void(const QString &)> &report,
                                   const std::atomic<bool> *stop) {
                    return prepareDemo(
                        *demo, prepareCtx, QString(), [report](const QString &what, int) { report(what); },
                        stop);
                };
                warm.stopServer = [&] { demo->stop(); };
                ctx.connection.conninfo = demo->loginConninfo(login);
                return runGui(ctx, &warm, QSettings().value(historyKey).toBool() ? nullptr : &history);
            }
        }
        bool cancelled = false;
        const int rc = prepareDemoWithProgress(*demo, ctx, &cancelled);
        if (cancelled || signalQuit.received() != 0)
            return 0;
        if (rc != 0)
            return rc;
        QSettings().remove(historyKey); // a new cluster: its history is not in yet
        ctx.connection.conninfo = demo->loginConninfo(login);
        return runGui(ctx, nullptr, &history);
    }
    auto work = [&]() -> int {
        if (const int rc = prepareDemo(*demo, ctx, batch->name, [](const QString &, int) {}); rc != 0)
            return rc;
        if (signalQuit.received() != 0)
            return 1;
        return batch->run(ctx);
    };
    if (batch->needs == BatchCommand::Needs::Widgets)
        return work(); // widgets live on this thread
    return runListening(work, [&] { demo->stop(); });
}

} // namespace adesk
