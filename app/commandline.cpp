#include "app/commandline.h"

#include "app/batchcommands.h"
#include "app/demo/democluster.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>

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

} // namespace

int runCommandLine(int argc, char *argv[]) {
    // Decide GUI vs batch before constructing the application object: batch commands other than
    // screenshot need no display.
    QString command;
    for (int i = 1; i < argc; ++i) {
        const QString a = QString::fromLocal8Bit(argv[i]);
        if (a == u"--db" || a == u"--lang") {
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
        QString problem;
        if (!demo->start(&problem)) {
            batchErr() << "autodoctor-desk: demo database: " << problem << Qt::endl;
            return 1;
        }
        ctx.connection.conninfo = demo->superuserConninfo();
        if (demo->createdNow()) {
            if (int rc = runMigrate(ctx); rc != 0)
                return rc;
            BatchContext seedCtx = ctx;
            seedCtx.args.clear();
            if (int rc = runSeedDemo(seedCtx); rc != 0)
                return rc;
        } else if (command != u"migrate") {
            // Keep an existing demo database current with new migrations.
            if (int rc = runMigrate(ctx); rc != 0)
                return rc;
        }
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
