// No database code reaches the screen (issue 17, "Raw codes on screen"): the demo data set is seeded
// into a throwaway database, each role signs in with its demo login, in English and in French, and
// every pane is opened; every text a person can read — item views' DisplayRole and ToolTipRole data
// (the first rows selected too, so the detail panels fill), labels, buttons, combo box items, tab
// titles, tooltips, chart axes and series, the status bar — is compared with the codes the database
// stores (CHECK constraints' literals, the rejection reasons, the C++ code tables) and with the shape
// of a code (`payout_failed`). Also: partnership program names in French where the program has one.

#include "app/batchcommands.h"
#include "app/demo/democluster.h"
#include "app/shell/mainwindow.h"
#include "app/shell/session.h"
#include "app/shell/signin.h"
#include "app/shell/translator.h"
#include "models/bays/workshopsetup.h"
#include "models/common/party.h"
#include "models/compliance/overridetypes.h"
#include "models/compliance/verificationqueuemodel.h"
#include "models/earnings/earningstypes.h"
#include "models/partnerships/partnershiptypes.h"
#include "models/roster/rostertypes.h"
#include "models/tax/taxtypes.h"
#include "tests/support/ci.h"
#include "tests/support/desksession.h"
#include "views/compliance/queuedelegate.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyleOptionComboBox>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

#include <functional>

#include <unistd.h>

using namespace adesk;

namespace {

template <typename E> void addCodes(QSet<QString> &out) {
    for (E e : allValues<E>())
        out.insert(toCode(e));
}

/// What a person reads, with where it was found.
struct Shown {
    QString text;
    QString where;
};

QString nameOf(const QObject *o) {
    return QStringLiteral("%1 %2").arg(QString::fromLatin1(o->metaObject()->className()), o->objectName());
}

void addModel(const QAbstractItemModel *model, const QModelIndex &parent, const QString &where,
              QList<Shown> &out, int depth = 0) {
    if (!model || depth > 3)
        return;
    const int rows = qMin(model->rowCount(parent), 400);
    const int columns = model->columnCount(parent);
    for (int c = 0; c < columns; ++c)
        if (!parent.isValid())
            out << Shown{model->headerData(c, Qt::Horizontal).toString(), where + QStringLiteral(" header")};
    for (int r = 0; r < rows; ++r)
        for (int c = 0; c < columns; ++c) {
            const QModelIndex i = model->index(r, c, parent);
            for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole), int(Qt::AccessibleTextRole)}) {
                const QVariant v = model->data(i, role);
                if (v.metaType().id() == QMetaType::QString)
                    out << Shown{v.toString(), QStringLiteral("%1 column %2").arg(where).arg(c)};
            }
            if (c == 0 && model->hasChildren(i))
                addModel(model, i, where, out, depth + 1);
        }
}

void addChart(const QChart *chart, const QString &where, QList<Shown> &out) {
    out << Shown{chart->title(), where + QStringLiteral(" title")};
    for (const QAbstractAxis *axis : chart->axes()) {
        out << Shown{axis->titleText(), where + QStringLiteral(" axis")};
        if (auto *categories = qobject_cast<QBarCategoryAxis *>(const_cast<QAbstractAxis *>(axis)))
            for (const QString &c : categories->categories())
                out << Shown{c, where + QStringLiteral(" category")};
    }
    for (const QAbstractSeries *series : chart->series()) {
        out << Shown{series->name(), where + QStringLiteral(" series")};
        if (auto *bars = qobject_cast<const QAbstractBarSeries *>(series))
            for (const QBarSet *set : bars->barSets())
                out << Shown{set->label(), where + QStringLiteral(" bar set")};
    }
}

/// Every text under @p root a person can read (hidden tabs included: they are one click away).
QList<Shown> textsUnder(const QWidget *root) {
    QList<Shown> out;
    QList<const QWidget *> widgets{root};
    for (const QWidget *w : root->findChildren<QWidget *>())
        widgets << w;
    for (const QWidget *w : widgets) {
        const QString where = nameOf(w);
        out << Shown{w->toolTip(), where + QStringLiteral(" tooltip")};
        if (auto *label = qobject_cast<const QLabel *>(w))
            out << Shown{label->text(), where};
        else if (auto *button = qobject_cast<const QAbstractButton *>(w))
            out << Shown{button->text(), where};
        else if (auto *group = qobject_cast<const QGroupBox *>(w))
            out << Shown{group->title(), where};
        else if (auto *combo = qobject_cast<const QComboBox *>(w)) {
            for (int i = 0; i < combo->count(); ++i)
                out << Shown{combo->itemText(i), where + QStringLiteral(" item %1").arg(i)};
        } else if (auto *tabs = qobject_cast<const QTabWidget *>(w)) {
            for (int i = 0; i < tabs->count(); ++i)
                out << Shown{tabs->tabText(i), where + QStringLiteral(" tab %1").arg(i)}
                    << Shown{tabs->tabToolTip(i), where + QStringLiteral(" tab tooltip %1").arg(i)};
        } else if (auto *view = qobject_cast<const QAbstractItemView *>(w)) {
            if (!qobject_cast<const QComboBox *>(w->parentWidget()) && !qobject_cast<const QHeaderView *>(w))
                addModel(view->model(), {}, where, out);
        } else if (auto *chart = qobject_cast<const QChartView *>(w)) {
            if (chart->chart())
                addChart(chart->chart(), where, out);
        } else if (auto *bar = qobject_cast<const QStatusBar *>(w))
            out << Shown{bar->currentMessage(), where};
        if (auto *edit = qobject_cast<const QLineEdit *>(w); edit && edit->isReadOnly())
            out << Shown{edit->text(), where};
    }
    return out;
}

/// Opens every tab under @p pane once and goes back, as a person clicking through them: tabs that
/// build their contents when first shown (the dashboard's charts) are built.
void openEveryTab(QWidget *pane) {
    for (QTabWidget *tabs : pane->findChildren<QTabWidget *>()) {
        const int current = tabs->currentIndex();
        for (int i = 0; i < tabs->count(); ++i)
            tabs->setCurrentIndex(i);
        tabs->setCurrentIndex(current);
    }
}

/// Selects the first rows of every list under @p pane, so the detail panels show something.
void selectFirstRows(QWidget *pane, int row) {
    for (QAbstractItemView *view : pane->findChildren<QAbstractItemView *>()) {
        if (!view->isVisible() || !view->model() || qobject_cast<QComboBox *>(view->parentWidget()))
            continue;
        if (view->model()->rowCount() > row && view->selectionModel())
            view->setCurrentIndex(view->model()->index(row, 0));
    }
}

/// The combo boxes under @p pane that cut one of their items off (those sized to a minimum
/// contents length elide long names on purpose).
QStringList cutOffCombos(const QWidget *pane) {
    QStringList out;
    for (const QComboBox *combo : pane->findChildren<QComboBox *>()) {
        const auto policy = combo->sizeAdjustPolicy();
        if (!combo->isVisible() || combo->isEditable() ||
            (policy != QComboBox::AdjustToContents && policy != QComboBox::AdjustToContentsOnFirstShow))
            continue;
        QStyleOptionComboBox opt;
        opt.initFrom(combo);
        opt.editable = false;
        const QRect field =
            combo->style()->subControlRect(QStyle::CC_ComboBox, &opt, QStyle::SC_ComboBoxEditField, combo);
        for (int i = 0; i < combo->count(); ++i) {
            const QString text = combo->itemText(i);
            if (combo->fontMetrics().horizontalAdvance(text) > field.width())
                out << QStringLiteral("%1: \"%2\" needs %3 px, shown in %4")
                           .arg(nameOf(combo), text)
                           .arg(combo->fontMetrics().horizontalAdvance(text))
                           .arg(field.width());
        }
    }
    return out;
}

/// The review queue's status chips cut off (QueueDelegate::paint elides what does not fit).
QStringList cutOffStatuses(const QWidget *pane) {
    QStringList out;
    for (const QTableView *table : pane->findChildren<QTableView *>(QStringLiteral("queueTable"))) {
        const int width = table->columnWidth(VerificationQueueModel::StatusColumn);
        for (int r = 0; r < table->model()->rowCount(); ++r) {
            const QString text =
                table->model()->index(r, VerificationQueueModel::StatusColumn).data().toString();
            if (QueueDelegate::statusColumnWidth(table->font(), text) > width)
                out << QStringLiteral("status \"%1\" in a %2 px column").arg(text).arg(width);
        }
    }
    out.removeDuplicates();
    return out;
}

} // namespace

class TstRawCodes : public QObject {
    Q_OBJECT

    QString m_database;
    bool m_created = false;
    QSet<QString> m_codes;
    QSet<QString> m_logins;
    const QRegularExpression m_codeShape{QStringLiteral("^[a-z]+(_[a-z0-9]+)+$")};

    QSqlDatabase superuser() {
        const QString name = QStringLiteral("tst_rawcodes");
        if (QSqlDatabase::contains(name))
            return QSqlDatabase::database(name);
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        applyPgEnvironment(db);
        db.setDatabaseName(m_database);
        db.open();
        return db;
    }

    bool maintenance(const QString &sql, QString *error = nullptr) {
        const QString name = QStringLiteral("tst_rawcodes_maintenance");
        bool ok = false;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
            applyPgEnvironment(db);
            db.setDatabaseName(QStringLiteral("postgres"));
            if (db.open()) {
                QSqlQuery q(db);
                ok = q.exec(sql);
                if (!ok && error)
                    *error = q.lastError().text();
            } else if (error) {
                *error = db.lastError().text();
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        return ok;
    }

    /// Signs @p login in; the session, or nothing with the reason in @p problem.
    Session *signIn(const QString &login, QString *problem) {
        ConnectionSettings settings;
        settings.conninfo =
            QStringLiteral("host=localhost port=%1 dbname=%2 user=%3 password=demo")
                .arg(qEnvironmentVariable("PGPORT", QStringLiteral("5432")), m_database, login);
        settings.allowInsecureTransport = true;
        QString reason;
        Session *session = signedInSession(settings, &reason);
        if (!session)
            *problem = QStringLiteral("%1 cannot sign in: %2").arg(login, reason);
        return session;
    }

    /// The codes among @p shown (where they are, for the failure message).
    QStringList codesAmong(const QList<Shown> &shown) const {
        QStringList problems;
        for (const Shown &s : shown) {
            const QString text = s.text.trimmed();
            if (text.isEmpty() || m_logins.contains(text)) // a login is a name people use
                continue;
            if (m_codes.contains(text) || m_codeShape.match(text).hasMatch())
                problems << QStringLiteral("%1: \"%2\"").arg(s.where, text);
        }
        problems.removeDuplicates();
        return problems;
    }

    /// Signs @p login in, opens the main window at 1366×768 and calls @p visit on every pane once
    /// it has loaded, then again with the first rows of its lists selected (details filled).
    bool everyPane(const QString &login, const QString &language,
                   const std::function<void(MainWindow &, QWidget *pane, const QList<Shown> &)> &visit,
                   QString *problem) {
        Translator translator;
        translator.install(language);
        Session *session = signIn(login, problem);
        if (!session)
            return false;
        {
            MainWindow window(session);
            window.resize(1366, 768);
            window.show();
            if (!QTest::qWaitForWindowExposed(&window)) {
                *problem = QStringLiteral("no window");
                return false;
            }
            window.start();
            for (int i = 0; i < window.panes()->count(); ++i) {
                window.panes()->setCurrentIndex(i);
                QWidget *pane = window.panes()->widget(i);
                QTest::qWait(1500); // the pane loads its lists
                openEveryTab(pane);
                QList<Shown> shown = textsUnder(pane);
                shown << Shown{window.statusBar()->currentMessage(), QStringLiteral("status bar")};
                for (const QLabel *l : window.statusBar()->findChildren<QLabel *>())
                    shown << Shown{l->text(), QStringLiteral("status bar label")};
                for (int row : {0, 1, 2}) {
                    selectFirstRows(pane, row);
                    QTest::qWait(600); // the details load
                    shown << textsUnder(pane);
                }
                for (Shown &s : shown)
                    s.where =
                        QStringLiteral("%1 [%2] %3 / %4").arg(login, language, pane->objectName(), s.where);
                visit(window, pane, shown);
            }
        }
        translator.uninstall();
        return true;
    }

private slots:
    void initTestCase() {
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        m_database = QStringLiteral("adesk_test_rawcodes_%1").arg(::getpid());
        QString error;
        maintenance(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_database));
        m_created = maintenance(QStringLiteral("CREATE DATABASE %1").arg(m_database), &error);
        if (!m_created) {
            if (requiredByCi())
                QFAIL(qPrintable(QStringLiteral("no PostgreSQL test cluster: ") + error));
            QSKIP(
                qPrintable(QStringLiteral("no PostgreSQL test cluster (run under pg_virtualenv): ") + error));
        }
        const QString conninfo = QStringLiteral("dbname=") + m_database;
        QCOMPARE(runMigrateLocked(conninfo), 0);
        QCOMPARE(runBatch(runSeedDemo, conninfo), 0);

        // The codes the database stores: every literal of its CHECK constraints, the rejection
        // reasons, the service categories in use, and the C++ code tables.
        QSqlDatabase db = superuser();
        QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT pg_get_constraintdef(oid) FROM pg_constraint "
                                      "WHERE contype = 'c' AND connamespace = 'desk'::regnamespace")));
        const QRegularExpression literal(QStringLiteral("'([a-z][a-z0-9_]{2,})'::text"));
        while (q.next())
            for (const auto &m : literal.globalMatch(q.value(0).toString()))
                m_codes.insert(m.captured(1));
        QVERIFY(q.exec(QStringLiteral("SELECT rolname FROM pg_roles WHERE rolcanlogin")));
        while (q.next())
            m_logins.insert(q.value(0).toString());
        QVERIFY(
            q.exec(QStringLiteral("SELECT code FROM desk.rejection_reasons UNION "
                                  "SELECT DISTINCT service_category FROM desk.partnership_labour_rates")));
        while (q.next())
            m_codes.insert(q.value(0).toString());
        addCodes<BayType>(m_codes);
        addCodes<BayCapability>(m_codes);
        addCodes<ClosureKind>(m_codes);
        addCodes<PhysicalWorkProblem>(m_codes);
        addCodes<InvitationStatus>(m_codes);
        addCodes<ProgramAction>(m_codes);
        addCodes<ApplicationStatus>(m_codes);
        addCodes<PartnershipStatus>(m_codes);
        addCodes<PartnershipAction>(m_codes);
        addCodes<PaymentTerm>(m_codes);
        addCodes<EventType>(m_codes);
        addCodes<EntryType>(m_codes);
        addCodes<PayoutStatus>(m_codes);
        addCodes<LedgerTier>(m_codes);
        addCodes<DifferenceCause>(m_codes);
        addCodes<SplitBasis>(m_codes);
        addCodes<FeeKind>(m_codes);
        addCodes<Party>(m_codes);
        addCodes<RecipientKind>(m_codes);
        addCodes<SlipStatus>(m_codes);
        addCodes<ReportType>(m_codes);
        addCodes<OverrideKind>(m_codes);
        addCodes<OverrideStatus>(m_codes);
        addCodes<MechanicServiceTier>(m_codes);
        for (const char *c : {"poor_quality", "payout_failed", "platform", "brakes", "missing_tin",
                              "postal_province"}) // the examples
            QVERIFY2(m_codes.contains(QString::fromLatin1(c)) ||
                         m_codeShape.match(QLatin1StringView(c)).hasMatch(),
                     c);
        qInfo() << m_codes.size() << "known codes";
    }

    void cleanupTestCase() {
        if (QSqlDatabase::contains(QStringLiteral("tst_rawcodes"))) {
            QSqlDatabase::database(QStringLiteral("tst_rawcodes")).close();
            QSqlDatabase::removeDatabase(QStringLiteral("tst_rawcodes"));
        }
        if (m_created)
            maintenance(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_database));
    }

    void noCodeOnScreen_data() {
        QTest::addColumn<QString>("login");
        QTest::addColumn<QString>("language");
        for (const QString &login : {DemoCluster::adminLogin(), DemoCluster::financeLogin(),
                                     DemoCluster::ownerLogin(), DemoCluster::secondOwnerLogin()})
            for (const char *language : {"en", "fr"})
                QTest::addRow("%s %s", qPrintable(login), language) << login << QString::fromLatin1(language);
    }

    void noCodeOnScreen() {
        QFETCH(QString, login);
        QFETCH(QString, language);
        QStringList problems;
        QString failure;
        QVERIFY2(
            everyPane(
                login, language,
                [&](MainWindow &, QWidget *, const QList<Shown> &shown) { problems << codesAmong(shown); },
                &failure),
            qPrintable(failure));
        problems.removeDuplicates();
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void nothingCutOff_data() { noCodeOnScreen_data(); }

    void nothingCutOff() {
        // Text cut off (issue 17): month boxes ("October 20") and status chips ("Pending (info…")
        // show their whole text, in English and in French, on the demo data.
        QFETCH(QString, login);
        QFETCH(QString, language);
        QStringList problems;
        QString failure;
        QVERIFY2(everyPane(
                     login, language,
                     [&](MainWindow &, QWidget *pane, const QList<Shown> &) {
                         for (const QString &p : cutOffCombos(pane) + cutOffStatuses(pane))
                             problems << pane->objectName() + u' ' + p;
                     },
                     &failure),
                 qPrintable(failure));
        problems.removeDuplicates();
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void theWalkFindsCodes() {
        // The walk above can fail: a code in a label, a combo box, a table cell or a tooltip is found.
        QWidget pane;
        auto *label = new QLabel(QStringLiteral("payout_failed"), &pane);
        auto *combo = new QComboBox(&pane);
        combo->addItem(QStringLiteral("Brakes"));
        combo->addItem(QStringLiteral("platform"));
        auto *table = new QTableView(&pane);
        auto *model = new QStandardItemModel(1, 2, table);
        model->setItem(0, 0, new QStandardItem(QStringLiteral("Pending")));
        auto *item = new QStandardItem(QStringLiteral("Missing SIN"));
        item->setToolTip(QStringLiteral("missing_tin"));
        model->setItem(0, 1, item);
        table->setModel(model);
        label->setToolTip(QStringLiteral("Ready"));
        const QStringList found = codesAmong(textsUnder(&pane));
        QCOMPARE(found.size(), 3);
        QVERIFY(found.join(u' ').contains(u"payout_failed") && found.join(u' ').contains(u"\"platform\"") &&
                found.join(u' ').contains(u"missing_tin"));
        label->setText(QStringLiteral("Payout failed"));
        combo->setItemText(1, QStringLiteral("Platform"));
        item->setToolTip(QString());
        QVERIFY(codesAmong(textsUnder(&pane)).isEmpty());
    }

    void programNamesInTheInterfaceLanguage_data() {
        QTest::addColumn<QString>("login");
        QTest::addColumn<QString>("language");
        for (const QString &login : {DemoCluster::adminLogin(), DemoCluster::ownerLogin()})
            for (const char *language : {"en", "fr"})
                QTest::addRow("%s %s", qPrintable(login), language) << login << QString::fromLatin1(language);
    }

    void programNamesInTheInterfaceLanguage() {
        // Programs with a French name show it in a French interface, everywhere a list names them
        // (programs, agreements, partnerships, partnership earnings), and the English name in English.
        QFETCH(QString, login);
        QFETCH(QString, language);
        QHash<QString, QString> french; // English name -> French name
        QSqlQuery q(superuser());
        QVERIFY(q.exec(QStringLiteral("SELECT name, name_fr FROM desk.partnership_programs "
                                      "WHERE coalesce(btrim(name_fr), '') <> '' AND name_fr <> name")));
        while (q.next())
            french.insert(q.value(0).toString(), q.value(1).toString());
        QVERIFY2(french.size() >= 3, "the demo has programs named in French");
        const bool fr = language == u"fr";
        QSet<QString> shownFrench;
        QSet<QString> shownEnglish;
        QStringList wrong;
        QString failure;
        QVERIFY2(everyPane(
                     login, language,
                     [&](MainWindow &, QWidget *, const QList<Shown> &shown) {
                         for (const Shown &s : shown) {
                             if (!s.where.contains(u" column ") && !s.where.contains(u" item "))
                                 continue; // item views' cells only: the editor's fields hold both
                             for (auto it = french.cbegin(); it != french.cend(); ++it) {
                                 const QString wanted = fr ? it.value() : it.key();
                                 const QString other = fr ? it.key() : it.value();
                                 if (s.text == wanted || s.text.startsWith(wanted + QStringLiteral(" (")))
                                     (fr ? shownFrench : shownEnglish) << wanted;
                                 if (s.text == other || s.text.startsWith(other + QStringLiteral(" (")))
                                     wrong << QStringLiteral("%1: \"%2\"").arg(s.where, s.text);
                             }
                         }
                     },
                     &failure),
                 qPrintable(failure));
        wrong.removeDuplicates();
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(u'\n')));
        QVERIFY2(!(fr ? shownFrench : shownEnglish).isEmpty(), "no program name was found in any list");
    }
};

QTEST_MAIN(TstRawCodes)
#include "tst_rawcodes.moc"
