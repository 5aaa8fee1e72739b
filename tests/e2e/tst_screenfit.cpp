// The main window fits the smallest screen the desk is made for, 1366×768, in English and in French,
// for every role and every pane it shows (each pane's minimum size bounds the window's).
#include "app/bays/baycontroller.h"
#include "app/bays/workshopsetupcontroller.h"
#include "app/shell/mainwindow.h"
#include "app/shell/session.h"
#include "app/shell/signin.h"
#include "app/shell/translator.h"
#include "tests/support/testdatabase.h"
#include "views/bays/workshopsetupdialog.h"
#include "views/partnerships/partnershippane.h"
#include "views/partnerships/programeditor.h"

#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <QToolBar>

using namespace adesk;

namespace {
/// The widgets under @p w that need more than @p width pixels (for the failure message).
QStringList tooWide(const QWidget *w, int width) {
    QStringList out;
    for (const QWidget *c : w->findChildren<QWidget *>(Qt::FindDirectChildrenOnly)) {
        if (!c->isVisible() || c->minimumSizeHint().width() <= width)
            continue;
        out << QStringLiteral("%1 %2 (%3 px)")
                   .arg(QString::fromLatin1(c->metaObject()->className()), c->objectName())
                   .arg(c->minimumSizeHint().width());
        out << tooWide(c, width);
    }
    return out;
}

/// The form-like scroll areas under @p w (those that size their widget to the viewport) that
/// scroll sideways: a field cut off at the right until the user scrolls to it.
QStringList scrollSideways(const QWidget *w) {
    QStringList out;
    for (const QScrollArea *a : w->findChildren<QScrollArea *>()) {
        if (a->isVisible() && a->widgetResizable() && a->horizontalScrollBar()->isVisible())
            out << QStringLiteral("%1 in %2: its content needs %3 px, it has %4")
                       .arg(a->widget()->objectName(),
                            QString::fromLatin1(a->parentWidget()->metaObject()->className()))
                       .arg(a->widget()->minimumSizeHint().width())
                       .arg(a->viewport()->width());
    }
    return out;
}

constexpr int kScreenWidth = 1366;
constexpr int kScreenHeight = 768;
} // namespace

class TstScreenFit : public QObject {
    Q_OBJECT

    TestDatabase m_db;
    QHash<QString, QString> m_roles; ///< admin, owner, finance -> login role

private slots:
    void initTestCase() {
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        ADESK_START_TEST_DATABASE(m_db);
        // Long names, as real ones are: they must be elided, not widen the window.
        const qint64 workshop = m_db.insertWorkshop(
            QStringLiteral("Atelier de mécanique générale et de carrosserie Saint-Jean-sur-Richelieu"),
            QStringLiteral("QC"));
        const qint64 mechanic =
            m_db.insertMechanic(QStringLiteral("Marie-Ève Desrochers-Bélanger"), workshop);
        QVERIFY(workshop && mechanic);
        QVERIFY(m_db.insertVerification(QStringLiteral("mechanic"), mechanic, QStringLiteral("insurance")));
        // A published program: the editor shows its new version's date and "Save as new version".
        QVERIFY(m_db.insertPartnership(workshop, mechanic, QStringLiteral("revenue_share"), 2400));
        m_roles = m_db.createRoleLogins(QStringLiteral("fit_"), workshop);
        QVERIFY(!m_roles.isEmpty());
    }

    void everyPaneFits_data() {
        QTest::addColumn<QString>("who");
        QTest::addColumn<QString>("language");
        QTest::addColumn<bool>("toolBar");
        for (const char *who : {"admin", "owner", "finance"}) {
            for (const char *language : {"en", "fr"})
                QTest::addRow("%s %s", who, language)
                    << QString::fromLatin1(who) << QString::fromLatin1(language) << false;
            // View > Toolbar on takes height, never width (its overflow button holds what is cut).
            QTest::addRow("%s fr toolbar", who) << QString::fromLatin1(who) << QStringLiteral("fr") << true;
        }
    }

    void everyPaneFits() {
        QFETCH(QString, who);
        QFETCH(QString, language);
        QFETCH(bool, toolBar);
        QSettings().setValue(MainWindow::toolBarKey(), toolBar);
        Translator translator;
        translator.install(language);
        auto *session = new Session(m_db.login(m_roles.value(who))); // the window takes it
        const Result<Identity> identity = signInWaiting(session);
        if (!identity.ok())
            delete session;
        QVERIFY2(identity.ok(), qPrintable(identity.error().serverMessage));
        session->setIdentity(identity.value());

        MainWindow window(session);
        window.resize(kScreenWidth, kScreenHeight);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.start();
        QCOMPARE(window.paneToolBar()->isVisible(), toolBar);
        QVERIFY(window.panes()->count() >= 2);
        for (int i = 0; i < window.panes()->count(); ++i) {
            window.panes()->setCurrentIndex(i);
            QTest::qWait(200); // the pane starts loading; what it shows may widen it
            const QString pane = window.panes()->widget(i)->objectName();
            const QSize needed = window.minimumSizeHint().expandedTo(window.minimumSize());
            QVERIFY2(needed.width() <= kScreenWidth,
                     qPrintable(QStringLiteral("%1 needs %2 px: %3")
                                    .arg(pane)
                                    .arg(needed.width())
                                    .arg(tooWide(window.panes()->widget(i), 700).join(u"; "))));
            QVERIFY2(needed.height() <= kScreenHeight,
                     qPrintable(QStringLiteral("%1 needs %2 px of height").arg(pane).arg(needed.height())));
            QCOMPARE(window.width(), kScreenWidth);
            // The owner's partnerships pane opens its (published) program in the editor.
            QWidget *paneWidget = window.panes()->widget(i);
            auto *partnerships = qobject_cast<PartnershipPane *>(paneWidget);
            if (!partnerships)
                partnerships = paneWidget->findChild<PartnershipPane *>();
            if (partnerships && who == u"owner") {
                QTRY_VERIFY_WITH_TIMEOUT(partnerships->editor()->program().id != 0, 10000);
                QTest::qWait(50);
            }
            // Nor does a form scroll sideways within its pane.
            const QStringList sideways = scrollSideways(paneWidget);
            QVERIFY2(sideways.isEmpty(), qPrintable(pane + u": "_qs + sideways.join(u"; ")));
            // The bay calendar's workshop setup dialog (issue 14) fits the screen too, every tab.
            if (auto *bays = window.panes()->widget(i)->findChild<BayController *>()) {
                bays->setup()->open();
                QTRY_VERIFY_WITH_TIMEOUT(
                    bays->setup()->dialog() && bays->setup()->dialog()->setup().workshopId != 0, 10000);
                WorkshopSetupDialog *dialog = bays->setup()->dialog();
                for (int tab = 0; tab < 3; ++tab) {
                    dialog->showTab(WorkshopSetupDialog::Tab(tab));
                    QTest::qWait(50);
                    const QSize want = dialog->minimumSizeHint().expandedTo(dialog->minimumSize());
                    QVERIFY2(want.width() <= kScreenWidth && want.height() <= kScreenHeight,
                             qPrintable(QStringLiteral("setup dialog tab %1 needs %2×%3 px: %4")
                                            .arg(tab)
                                            .arg(want.width())
                                            .arg(want.height())
                                            .arg(tooWide(dialog, 700).join(u"; "))));
                }
                dialog->close();
            }
        }
        translator.uninstall();
    }
};

QTEST_MAIN(TstScreenFit)
#include "tst_screenfit.moc"
