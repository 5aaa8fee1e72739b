#include "app/commandline.h"

#include "app/batchcommands.h"
#include "app/demo/democluster.h"
#include "app/shell/translator.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QGuiApplication>
#include <QIcon>
#include <QPainter>
#include <QPalette>
#include <QPointer>
#include <QSplashScreen>
#include <QTextStream>
#include <QThread>
#include <QTranslator>

#include <functional>
#include <memory>

namespace adesk {

namespace {

const BatchCommand *findCommand(const QString &name) {
    for (const BatchCommand &c : batchCommands()) {
        if (c.name == name)
            return &c;
    }
    return nullptr;
}

/// Starts the demo cluster, and on its first run creates the database and loads the demo data
/// (about 15 s): @p report says each step.
int prepareDemo(DemoCluster &demo, BatchContext &ctx, const QString &command,
                const std::function<void(const QString &)> &report) {
    report(QCoreApplication::translate("Gui", "Starting the demo database…"));
    QString problem;
    if (!demo.start(&problem)) {
        batchErr() << "autodoctor-desk: demo database: " << problem << Qt::endl;
        return 1;
    }
    ctx.connection.conninfo = demo.superuserConninfo();
    if (demo.createdNow()) {
        report(QCoreApplication::translate("Gui", "Creating the demo database…"));
        if (int rc = runMigrate(ctx); rc != 0)
            return rc;
        report(QCoreApplication::translate("Gui", "Loading the demo data (the first time only)…"));
        BatchContext seedCtx = ctx;
        seedCtx.args.clear();
        return runSeedDemo(seedCtx);
    }
    if (command != u"migrate") {
        // Keep an existing demo database current with new migrations.
        report(QCoreApplication::translate("Gui", "Updating the demo database…"));
        return runMigrate(ctx);
    }
    return 0;
}

/// The desktop's demo: a splash from the first second saying what is being prepared, while a
/// worker thread starts the cluster, migrates and seeds; the event loop keeps running meanwhile.
int prepareDemoWithSplash(DemoCluster &demo, BatchContext &ctx) {
    Translator translator; // the splash speaks the language the window will
    translator.installPreferred();
    const QPalette palette = QGuiApplication::palette();
    QPixmap pixmap(480, 260);
    pixmap.fill(palette.color(QPalette::Window));
    {
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(palette.color(QPalette::Mid));
        p.drawRect(pixmap.rect().adjusted(0, 0, -1, -1));
        QIcon(QStringLiteral(":/icons/autodoctor-desk.svg")).paint(&p, QRect(24, 32, 72, 72));
        QFont title = p.font();
        title.setPointSizeF(title.pointSizeF() * 1.8);
        title.setBold(true);
        p.setFont(title);
        p.setPen(palette.color(QPalette::WindowText));
        p.drawText(QRect(112, 32, 350, 40), Qt::AlignLeft | Qt::AlignVCenter,
                   QStringLiteral("Auto Doctor Desk"));
        QFont sub = p.font();
        sub.setPointSizeF(sub.pointSizeF() / 1.8);
        sub.setBold(false);
        p.setFont(sub);
        p.drawText(QRect(112, 72, 350, 60), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                   QCoreApplication::translate("Gui", "Demo: a database of its own with sample workshops, "
                                                      "mechanics and documents."));
    }
    QSplashScreen splash(pixmap);
    splash.setObjectName(QStringLiteral("demoSplash"));
    const QColor text = palette.color(QPalette::WindowText);
    QPointer<QSplashScreen> target(&splash);
    auto show = [target, text](const QString &message) {
        if (target)
            target->showMessage(message, Qt::AlignLeft | Qt::AlignBottom, text);
    };
    show(QCoreApplication::translate("Gui", "Starting the demo database…"));
    splash.show();
    QCoreApplication::processEvents();

    int rc = 1;
    QEventLoop loop;
    QThread *worker = QThread::create([&] {
        rc = prepareDemo(demo, ctx, QString(), [&](const QString &message) {
            QMetaObject::invokeMethod(
                &loop, [show, message] { show(message); }, Qt::QueuedConnection);
        });
    });
    QObject::connect(worker, &QThread::finished, &loop, &QEventLoop::quit);
    worker->start();
    loop.exec();
    worker->wait();
    delete worker;
    splash.close();
    return rc;
}

} // namespace

int runCommandLine(int argc, char *argv[]) {
    // Decide GUI vs batch before constructing the application object: batch commands other than
    // screenshot need no display.
    QString command;
    for (int i = 1; i < argc; ++i) {
        const QString a = QString::fromLocal8Bit(argv[i]);
        if (a == u"--db" || a == u"--lang" || a == u"--as") {
            ++i;
            continue;
        }
        if (!a.startsWith(u'-')) {
            command = a;
            break;
        }
    }
    const BatchCommand *batch = findCommand(command);
    bool demoRequested = false;
    for (int i = 1; i < argc; ++i)
        demoRequested = demoRequested || qstrcmp(argv[i], "--demo") == 0;
    // --demo may have to seed a fresh demo database, which renders PDF certificates (QtGui).
    const bool needsGui = command.isEmpty() || (batch && batch->needsGui) || demoRequested;
    // Batch commands that draw (screenshots, PDFs) work without a display.
    if (needsGui && !command.isEmpty() && qEnvironmentVariableIsEmpty("DISPLAY") &&
        qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> app(needsGui ? new QApplication(argc, argv)
                                                   : new QCoreApplication(argc, argv));
    QCoreApplication::setOrganizationName(QStringLiteral("The Auto Doctor"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("theautodoctor.ca"));
    QCoreApplication::setApplicationName(QStringLiteral("autodoctor-desk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ADESK_VERSION));
    if (needsGui)
        QGuiApplication::setDesktopFileName(QStringLiteral("ca.theautodoctor.Desk"));

    QCommandLineParser parser;
    QStringList usages;
    for (const BatchCommand &c : batchCommands())
        usages << QStringLiteral("  ") + c.usage;
    parser.setApplicationDescription(
        QStringLiteral(
            "Auto Doctor Desk: compliance review, bays, partnerships, earnings and T4A for The Auto "
            "Doctor.\nWithout a command the desktop application starts.\n\nCommands:\n") +
        usages.join(u'\n'));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption dbOpt(
        QStringLiteral("db"),
        QStringLiteral("libpq connection string, URI or service=NAME (default: PG* variables)."),
        QStringLiteral("conninfo"));
    QCommandLineOption demoOpt(
        QStringLiteral("demo"),
        QStringLiteral("Use the embedded demo database (started on demand, stopped on exit)."));
    QCommandLineOption langOpt(QStringLiteral("lang"), QStringLiteral("User interface language: en or fr."),
                               QStringLiteral("lang"));
    QCommandLineOption insecureOpt(
        QStringLiteral("allow-insecure-transport"),
        QStringLiteral(
            "Accept sslmode=disable, allow or prefer to a host that is not local (the password and "
            "data may cross the network unencrypted). Without it such a connection is refused."));
    QCommandLineOption asOpt(QStringLiteral("as"),
                             QStringLiteral("With --demo: sign in as admin, admin2, finance, owner or "
                                            "owner-montreal (default: admin)."),
                             QStringLiteral("role"));
    parser.addOption(asOpt);
    parser.addOption(dbOpt);
    parser.addOption(insecureOpt);
    parser.addOption(demoOpt);
    parser.addOption(langOpt);
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("Batch command to run."));
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    parser.process(*app);

    BatchContext ctx;
    ctx.demo = parser.isSet(demoOpt);
    if (parser.isSet(asOpt)) {
        ctx.demoLogin = DemoCluster::loginForChoice(parser.value(asOpt));
        if (!ctx.demo || ctx.demoLogin.isEmpty()) {
            batchErr() << "autodoctor-desk: --as needs --demo and one of: "
                       << DemoCluster::signInChoices().join(u", ") << Qt::endl;
            return 2;
        }
    }
    ctx.connection.conninfo = parser.value(dbOpt);
    if (parser.isSet(langOpt))
        app->setProperty("adeskLanguage", parser.value(langOpt));
    // A batch command's messages are English; the English catalogue holds their plural forms
    // ("1 slip", "2 slips"). The GUI installs the user's language instead (Translator).
    QTranslator plurals;
    if (batch && plurals.load(QStringLiteral(":/i18n/autodoctor-desk_en.qm")))
        QCoreApplication::installTranslator(&plurals);
    const QStringList positional = parser.positionalArguments();
    if (!positional.isEmpty())
        ctx.args = positional.mid(1);
    ctx.connection.allowInsecureTransport = parser.isSet(insecureOpt);
    if (!ctx.connection.conninfo.isEmpty()) {
        const QString bad = ConnectionSettings::validate(ctx.connection.conninfo);
        if (!bad.isEmpty()) {
            batchErr() << "autodoctor-desk: invalid --db: " << bad << Qt::endl;
            return 2;
        }
    }
    if (batch && !batch->needsDatabase)
        return batch->run(ctx);
    if (!ctx.demo && (!command.isEmpty() || !ctx.connection.conninfo.isEmpty())) {
        // --db, or libpq's defaults (PG* variables, PGSERVICE): a network host gets
        // sslmode=verify-full; disable/allow/prefer need --allow-insecure-transport (the GUI asks
        // instead). The demo password never goes to a network host.
        ConnectionSettings probe = ctx.connection;
        if (command.isEmpty())
            probe.allowInsecureTransport = true; // the GUI asks before signing in
        if (const QString refused = probe.problem(); !refused.isEmpty()) {
            batchErr() << "autodoctor-desk: " << refused << Qt::endl;
            if (probe.transport().insecure() && !probe.allowInsecureTransport)
                batchErr() << "autodoctor-desk: pass --allow-insecure-transport to connect anyway."
                           << Qt::endl;
            return 2;
        }
    }

    std::unique_ptr<DemoCluster> demo;
    if (ctx.demo) {
        demo = std::make_unique<DemoCluster>();
        const int rc = command.isEmpty() ? prepareDemoWithSplash(*demo, ctx)
                                         : prepareDemo(*demo, ctx, command, [](const QString &) {});
        if (rc != 0)
            return rc;
    }

    if (command.isEmpty()) {
        if (ctx.demo)
            ctx.connection.conninfo =
                demo->loginConninfo(ctx.demoLogin.isEmpty() ? DemoCluster::adminLogin() : ctx.demoLogin);
        return runGui(ctx);
    }
    if (batch)
        return batch->run(ctx);
    QStringList known;
    for (const BatchCommand &c : batchCommands())
        known << c.name;
    batchErr() << "autodoctor-desk: unknown command '" << command << "'. Known: " << known.join(u", ")
               << Qt::endl;
    return 2;
}

} // namespace adesk
