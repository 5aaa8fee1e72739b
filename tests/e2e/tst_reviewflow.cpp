// The compliance review desk driven end to end, offscreen, against a real PostgreSQL: an admin
// signs in, the queue loads, opening an item claims it and shows its PDF, a rejection and an
// approval go through the SQL functions; a concurrent edit is reported without losing the note; a
// corrupt upload shows a message in the viewer while the app keeps working; a workshop owner sees
// only their workshop, read-only.

#include "app/compliance/reviewcontroller.h"
#include "app/shell/mainwindow.h"
#include "app/shell/session.h"
#include "models/compliance/verificationqueuemodel.h"
#include "models/core/notificationlistener.h"
#include "tests/support/desksession.h"
#include "tests/support/stallingproxy.h"
#include "tests/support/testdatabase.h"
#include "views/compliance/decisionpanel.h"
#include "views/compliance/queuefilterbar.h"
#include "views/compliance/reviewpane.h"
#include "views/documents/documentview.h"
#include "views/documents/sandboxedrenderer.h"

#include <QComboBox>
#include <QCryptographicHash>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <QtTest>

using namespace adesk;

class TstReviewFlow : public QObject {
    Q_OBJECT

    TestDatabase m_db;
    QString m_admin;
    QString m_admin2;
    QString m_ownerA;
    qint64 m_workshopA = 0;
    qint64 m_workshopB = 0;
    qint64 m_mechA = 0;
    qint64 m_mechB = 0;
    qint64 m_pdfItem = 0;
    qint64 m_corruptItem = 0;
    qint64 m_conflictItem = 0;

    qint64 insertDocument(qint64 workshopId, qint64 mechanicId, const QString &file, const QString &mime) {
        QFile f(QStringLiteral(ADESK_TEST_DATA "/documents/") + file);
        if (!f.open(QIODevice::ReadOnly))
            return 0;
        const QByteArray bytes = f.readAll();
        return m_db
            .scalar(
                QStringLiteral("INSERT INTO desk.documents (workshop_id, mechanic_id, file_name, mime_type, "
                               "size_bytes, sha256, content) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                {workshopId, mechanicId ? QVariant(mechanicId) : QVariant(QMetaType::fromType<qint64>()),
                 file, mime, bytes.size(), QCryptographicHash::hash(bytes, QCryptographicHash::Sha256),
                 bytes})
            .toLongLong();
    }

    std::unique_ptr<MainWindow> openWindow(const QString &login) { return openWindow(m_db.login(login)); }
    std::unique_ptr<MainWindow> openWindow(const ConnectionSettings &settings) {
        QString problem;
        std::unique_ptr<MainWindow> w = openMainWindow(settings, QSize(1400, 900), &problem);
        if (!w)
            qWarning() << "sign-in failed" << problem;
        return w;
    }

    static bool openItem(MainWindow *w, qint64 id) {
        // The pane opens the queue's first item by itself: it may already be the one asked for.
        if (w->reviewPane()->currentId() == id)
            return QTest::qWaitFor([w, id] { return w->reviewPane()->decisionPanel()->currentId() == id; },
                                   10000);
        QSignalSpy shown(w->reviewController(), &ReviewController::itemShown);
        if (!w->reviewPane()->selectId(id))
            return false;
        return shown.wait(10000) || !shown.isEmpty();
    }

private slots:
    void initTestCase() {
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        ADESK_START_TEST_DATABASE(m_db);
        m_workshopA = m_db.insertWorkshop(QStringLiteral("Garage Nord"), QStringLiteral("ON"));
        m_workshopB =
            m_db.insertWorkshop(QStringLiteral("Atelier Sud"), QStringLiteral("QC"), QStringLiteral("fr"));
        m_mechA = m_db.insertMechanic(QStringLiteral("Alex Tremblay"), m_workshopA);
        m_mechB = m_db.insertMechanic(QStringLiteral("Béatrice Roy"), m_workshopB, QStringLiteral("fr"));
        m_admin = m_db.roleName(QStringLiteral("flow_admin"));
        m_admin2 = m_db.roleName(QStringLiteral("flow_admin2"));
        m_ownerA = m_db.roleName(QStringLiteral("flow_owner"));
        QVERIFY(
            m_db.createLogin(m_admin, QStringLiteral("adesk_platform_admin"), QStringLiteral("Flow Admin")));
        QVERIFY(m_db.createLogin(m_admin2, QStringLiteral("adesk_platform_admin"),
                                 QStringLiteral("Second Admin")));
        QVERIFY(m_db.createLogin(m_ownerA, QStringLiteral("adesk_workshop_owner"), QStringLiteral("Owner A"),
                                 {m_workshopA}));

        auto data = TestDatabase::completeData(QStringLiteral("insurance"));
        data.withDocument = false;
        m_pdfItem =
            m_db.insertVerification(QStringLiteral("mechanic"), m_mechA, QStringLiteral("insurance"), data);
        m_corruptItem =
            m_db.insertVerification(QStringLiteral("mechanic"), m_mechA, QStringLiteral("employment"), data);
        m_conflictItem =
            m_db.insertVerification(QStringLiteral("mechanic"), m_mechB, QStringLiteral("business_license"),
                                    TestDatabase::completeData(QStringLiteral("business_license")));
        QVERIFY(m_pdfItem && m_corruptItem && m_conflictItem);
        const qint64 pdf = insertDocument(m_workshopA, m_mechA, QStringLiteral("t4a-15e.pdf"),
                                          QStringLiteral("application/pdf"));
        const qint64 corrupt = insertDocument(m_workshopA, m_mechA, QStringLiteral("truncated.pdf"),
                                              QStringLiteral("application/pdf"));
        QVERIFY(pdf && corrupt);
        QVERIFY(
            m_db.exec(QStringLiteral("UPDATE desk.compliance_verifications SET document_id = ? WHERE id = ?"),
                      {pdf, m_pdfItem}));
        QVERIFY(
            m_db.exec(QStringLiteral("UPDATE desk.compliance_verifications SET document_id = ? WHERE id = ?"),
                      {corrupt, m_corruptItem}));
        QVERIFY(
            m_db.exec(QStringLiteral(
                          "UPDATE desk.compliance_verifications SET submitted_at = now() - interval '3 days' "
                          "WHERE id = ?"),
                      {m_pdfItem}));
    }

    void adminClaimsViewsAndRejects() {
        auto w = openWindow(m_admin);
        QVERIFY(w);
        VerificationQueueModel *model = w->queueModel();
        QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() >= 3 && !model->isLoading(), 10000);
        // Oldest first: the 3-day-old item leads and is flagged overdue (48-hour target).
        QCOMPARE(model->idAt(0), m_pdfItem);
        QVERIFY(model->data(model->index(0, VerificationQueueModel::Age), VerificationQueueModel::OverdueRole)
                    .toBool());

        QVERIFY(openItem(w.get(), m_pdfItem));
        // Claimed in the database by this admin.
        QCOMPARE(
            m_db.scalar(QStringLiteral("SELECT claimed_by FROM desk.compliance_verifications WHERE id = ?"),
                        {m_pdfItem})
                .toString(),
            m_admin);
        DocumentView *viewer = w->reviewPane()->documentView();
        QTRY_COMPARE_WITH_TIMEOUT(viewer->openResult(), DocumentView::OpenResult::Ok, 10000);
        QCOMPARE(viewer->pageCount(), 2);
        DecisionPanel *panel = w->reviewPane()->decisionPanel();
        QVERIFY(
            panel->findChild<QLabel *>(QStringLiteral("sha256Label"))->text().contains(QStringLiteral("✓")));
        // The claim shows in the queue (live, through NOTIFY).
        QTRY_COMPARE_WITH_TIMEOUT(
            model->data(model->index(model->rowOfId(m_pdfItem), VerificationQueueModel::ClaimedBy))
                .toString(),
            m_admin, 15000);

        // Reject needs a reason: the button stays disabled until one is chosen.
        auto *reject = panel->findChild<QPushButton *>(QStringLiteral("rejectButton"));
        QVERIFY(!reject->isEnabled());
        auto *reason = panel->findChild<QComboBox *>(QStringLiteral("rejectionReason"));
        QTRY_VERIFY_WITH_TIMEOUT(reason->count() > 5, 5000);
        reason->setCurrentIndex(reason->findData(QStringLiteral("poor_quality")));
        QTest::keyClicks(panel->findChild<QPlainTextEdit *>(QStringLiteral("decisionNote")),
                         QStringLiteral("The scan is blurred"));
        QVERIFY(reject->isEnabled());
        QSignalSpy decided(w->reviewController(), &ReviewController::decisionFinished);
        QTest::mouseClick(reject, Qt::LeftButton);
        QVERIFY(decided.wait(10000));
        QCOMPARE(decided.first().at(1).toBool(), true);
        const auto row =
            m_db.run(QStringLiteral("SELECT status, rejection_reason_code, rejection_note, claimed_by, "
                                    "coverage_amount_cents FROM desk.compliance_verifications WHERE id = ?"),
                     {m_pdfItem});
        QCOMPARE(row.rows.first().at(0).toString(), QStringLiteral("rejected"));
        QCOMPARE(row.rows.first().at(1).toString(), QStringLiteral("poor_quality"));
        QCOMPARE(row.rows.first().at(2).toString(), QStringLiteral("The scan is blurred"));
        QVERIFY(row.rows.first().at(3).isNull());
        // The coverage shown as "$2,000,000.00" went back to the database exact to the cent.
        QCOMPARE(row.rows.first().at(4).toLongLong(), Q_INT64_C(200000000));
        QCOMPARE(m_db.scalar(QStringLiteral("SELECT count(*) FROM desk.audit_log WHERE row_id = ? "
                                            "AND action = 'verification.reject'"),
                             {m_pdfItem})
                     .toInt(),
                 1);
        // It leaves the pending queue and the next item is opened.
        QTRY_COMPARE_WITH_TIMEOUT(model->rowOfId(m_pdfItem), -1, 3000);
        QTRY_VERIFY_WITH_TIMEOUT(panel->currentId() != 0 && panel->currentId() != m_pdfItem, 5000);
        // Nothing of the rejected item's decision carries over to the next: no reason chosen, no
        // note, Reject disabled (one keystroke must not reject the wrong item).
        QCOMPARE(reason->currentIndex(), 0);
        QVERIFY(panel->reasonCode().isEmpty());
        QVERIFY(panel->note().isEmpty());
        QVERIFY(!reject->isEnabled());
        QTest::keyClick(w->reviewPane()->table(), Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(!panel->messageText().isEmpty()); // "Choose a rejection reason first."
        reason->hidePopup();
        QCOMPARE(m_db.scalar(QStringLiteral("SELECT status FROM desk.compliance_verifications WHERE id = ?"),
                             {panel->currentId()})
                     .toString(),
                 QStringLiteral("pending"));
        // A reason chosen on one item is gone when moving to another and back.
        const qint64 next = panel->currentId();
        reason->setCurrentIndex(reason->findData(QStringLiteral("poor_quality")));
        QVERIFY(reject->isEnabled());
        QVERIFY(openItem(w.get(), m_conflictItem));
        QCOMPARE(reason->currentIndex(), 0);
        QVERIFY(!reject->isEnabled());
        QVERIFY(openItem(w.get(), next));
        QCOMPARE(reason->currentIndex(), 0);
        QVERIFY(!reject->isEnabled());
        w->close();
    }

    void newcomerLandsOnTheFirstItem() {
        auto w = openWindow(m_admin);
        QVERIFY(w);
        VerificationQueueModel *model = w->queueModel();
        QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() > 0 && !model->isLoading(), 10000);
        // The queue's first item is open (detail and document), not an empty grey area.
        QCOMPARE(w->reviewPane()->currentId(), model->idAt(0));
        DecisionPanel *panel = w->reviewPane()->decisionPanel();
        QTRY_COMPARE_WITH_TIMEOUT(panel->currentId(), model->idAt(0), 10000);
        DocumentView *viewer = w->reviewPane()->documentView();
        QTRY_VERIFY_WITH_TIMEOUT(viewer->openResult() != DocumentView::OpenResult::Empty, 10000);
        w->close();
    }

    void newcomerLandsOnTheFirstItemWhenTheListenerStartsDuringTheFirstLoad() {
        // The listener's first LISTEN makes the queue refresh what it loaded (a change committed
        // before it would otherwise be missed). When it arrives while the first page is still on its
        // way, the refresh replaces that page: the first item must open all the same.
        auto w = openWindow(m_admin);
        QVERIFY(w);
        VerificationQueueModel *model = w->queueModel();
        NotificationListener *listener = w->session()->listener();
        // Announced from the event queue as soon as the first page is asked for: it is posted before
        // the page's answer, which the worker posts only after running the query.
        bool announced = false;
        connect(model, &VerificationQueueModel::loadingChanged, w.get(), [&announced, listener](bool on) {
            if (on && !announced) {
                announced = true;
                QMetaObject::invokeMethod(
                    listener, [listener] { emit listener->listening(); }, Qt::QueuedConnection);
            }
        });
        QSignalSpy refreshed(model, &VerificationQueueModel::refreshed);
        QTRY_VERIFY_WITH_TIMEOUT(refreshed.count() >= 1 && !model->isLoading(), 10000);
        QVERIFY(announced);
        QVERIFY(model->rowCount() > 0);
        QCOMPARE(w->reviewPane()->currentId(), model->idAt(0));
        QTRY_COMPARE_WITH_TIMEOUT(w->reviewPane()->decisionPanel()->currentId(), model->idAt(0), 10000);
        w->close();
    }

    void emptyPanelShowsNoStaleValues() {
        DecisionPanel panel;
        VerificationDetail d;
        d.id = 42;
        d.status = verification::Status::Pending;
        d.entityName = QStringLiteral("Chloé Pelletier");
        d.policyNumber = QStringLiteral("POL-1");
        d.expiryDate = QDate(2027, 5, 5);
        panel.setDetail(d);
        panel.clear();
        QCOMPARE(panel.findChild<QLabel *>(QStringLiteral("decisionTitle"))->text(),
                 QStringLiteral("Select an item in the queue"));
        QVERIFY(panel.findChild<QLineEdit *>(QStringLiteral("policyNumber"))->text().isEmpty());
        QCOMPARE(panel.findChild<QDateEdit *>(QStringLiteral("expiryDate"))->text().trimmed(), QString());
        QVERIFY(!panel.findChild<QPushButton *>(QStringLiteral("approveButton"))->isEnabled());
    }

    void ctrlFFindsFromAnywhereInThePane() {
        auto w = openWindow(m_admin);
        QVERIFY(w);
        QTRY_VERIFY_WITH_TIMEOUT(w->queueModel()->rowOfId(m_corruptItem) >= 0, 10000);
        ReviewPane *pane = w->reviewPane();
        DocumentView *viewer = pane->documentView();
        auto *docFind = viewer->findChild<QLineEdit *>(QStringLiteral("documentSearchField"));
        QVERIFY(docFind);
        auto *queueFind = pane->filterBar()->findChild<QLineEdit *>(QStringLiteral("searchFilter"));
        QVERIFY(queueFind);
        // No document shown (the corrupt one fails to open): Ctrl+F from the queue goes to the
        // queue's search.
        QVERIFY(openItem(w.get(), m_corruptItem));
        QTRY_COMPARE_WITH_TIMEOUT(viewer->openResult(), DocumentView::OpenResult::Corrupt, 10000);
        pane->table()->setFocus();
        QTRY_VERIFY(pane->table()->hasFocus());
        QTest::keyClick(pane->table(), Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(queueFind->hasFocus());
        // A document shown: Ctrl+F with the focus in the queue table (or the decision panel) opens
        // the document's find field.
        auto data = TestDatabase::completeData(QStringLiteral("insurance"));
        data.withDocument = false;
        const qint64 withPdf =
            m_db.insertVerification(QStringLiteral("mechanic"), m_mechA, QStringLiteral("insurance"), data);
        const qint64 pdf = insertDocument(m_workshopA, m_mechA, QStringLiteral("t4a-15e.pdf"),
                                          QStringLiteral("application/pdf"));
        QVERIFY(withPdf && pdf);
        QVERIFY(
            m_db.exec(QStringLiteral("UPDATE desk.compliance_verifications SET document_id = ? WHERE id = ?"),
                      {pdf, withPdf}));
        QTRY_VERIFY_WITH_TIMEOUT(w->queueModel()->rowOfId(withPdf) >= 0, 10000);
        QVERIFY(openItem(w.get(), withPdf));
        QTRY_COMPARE_WITH_TIMEOUT(viewer->openResult(), DocumentView::OpenResult::Ok, 10000);
        pane->table()->setFocus();
        QTRY_VERIFY(pane->table()->hasFocus());
        QTest::keyClick(pane->table(), Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(docFind->isVisible() && docFind->hasFocus());
        auto *note = pane->decisionPanel()->findChild<QPlainTextEdit *>(QStringLiteral("decisionNote"));
        note->setFocus();
        QTRY_VERIFY(note->hasFocus());
        QTest::keyClick(note, Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(docFind->hasFocus());
        w->close();
    }

    void corruptDocumentKeepsTheNote() {
        auto w = openWindow(m_admin);
        QVERIFY(w);
        QTRY_VERIFY_WITH_TIMEOUT(w->queueModel()->rowOfId(m_corruptItem) >= 0, 10000);
        QVERIFY(openItem(w.get(), m_corruptItem));
        DecisionPanel *panel = w->reviewPane()->decisionPanel();
        auto *note = panel->findChild<QPlainTextEdit *>(QStringLiteral("decisionNote"));
        QTest::keyClicks(note, QStringLiteral("Please upload the full letter"));
        DocumentView *viewer = w->reviewPane()->documentView();
        QTRY_COMPARE_WITH_TIMEOUT(viewer->openResult(), DocumentView::OpenResult::Corrupt, 10000);
        QVERIFY(!viewer->bannerText().isEmpty());
        QCOMPARE(note->toPlainText(), QStringLiteral("Please upload the full letter"));
        // Moving away and back keeps the draft note.
        QVERIFY(openItem(w.get(), m_conflictItem));
        QVERIFY(openItem(w.get(), m_corruptItem));
        QCOMPARE(note->toPlainText(), QStringLiteral("Please upload the full letter"));
        // Request information goes through.
        QSignalSpy decided(w->reviewController(), &ReviewController::decisionFinished);
        QTest::mouseClick(panel->findChild<QPushButton *>(QStringLiteral("requestInfoButton")),
                          Qt::LeftButton);
        QVERIFY(decided.wait(10000));
        QCOMPARE(m_db.scalar(QStringLiteral(
                                 "SELECT info_request_note FROM desk.compliance_verifications WHERE id = ?"),
                             {m_corruptItem})
                     .toString(),
                 QStringLiteral("Please upload the full letter"));
        w->close();
    }

    void concurrentEditIsReportedAndNothingIsLost() {
        auto w = openWindow(m_admin);
        QVERIFY(w);
        QTRY_VERIFY_WITH_TIMEOUT(w->queueModel()->rowOfId(m_conflictItem) >= 0, 10000);
        QVERIFY(openItem(w.get(), m_conflictItem));
        DecisionPanel *panel = w->reviewPane()->decisionPanel();
        const int seenVersion = panel->detail().version;
        QTest::keyClicks(panel->findChild<QPlainTextEdit *>(QStringLiteral("decisionNote")),
                         QStringLiteral("Looks right"));
        // Someone changes the row meanwhile (another tool corrects the licence number).
        QVERIFY(m_db.exec(QStringLiteral("UPDATE desk.compliance_verifications SET version = version + 1, "
                                         "license_number = 'BL-CHANGED' WHERE id = ?"),
                          {m_conflictItem}));
        // Approve with the stale version: refused, reported, the note kept, the item reloaded.
        QSignalSpy decided(w->reviewController(), &ReviewController::decisionFinished);
        panel->approve();
        QVERIFY(decided.wait(10000));
        QCOMPARE(decided.first().at(1).toBool(), false);
        QVERIFY2(panel->messageText().contains(QStringLiteral("changed")), qPrintable(panel->messageText()));
        QCOMPARE(panel->note(), QStringLiteral("Looks right"));
        QTRY_COMPARE_WITH_TIMEOUT(panel->detail().version, seenVersion + 1, 5000);
        QCOMPARE(m_db.scalar(QStringLiteral("SELECT status FROM desk.compliance_verifications WHERE id = ?"),
                             {m_conflictItem})
                     .toString(),
                 QStringLiteral("pending"));
        // Deciding again on the reloaded version works.
        decided.clear();
        panel->approve();
        QVERIFY(decided.wait(10000));
        QCOMPARE(decided.first().at(1).toBool(), true);
        QCOMPARE(m_db.scalar(QStringLiteral("SELECT status FROM desk.compliance_verifications WHERE id = ?"),
                             {m_conflictItem})
                     .toString(),
                 QStringLiteral("approved"));
        w->close();
    }

    void anotherAdminsClaimBlocksDecisions() {
        const qint64 id =
            m_db.insertVerification(QStringLiteral("mechanic"), m_mechA, QStringLiteral("certification"));
        QSqlDatabase other = TestDatabase::openConnection(m_db.login(m_admin2), QStringLiteral("admin2"));
        ADESK_VERIFY_SQL(
            TestDatabase::run(other, QStringLiteral("SELECT * FROM desk.claim_verification(?)"), {id}));
        auto w = openWindow(m_admin);
        QVERIFY(w);
        QTRY_VERIFY_WITH_TIMEOUT(w->queueModel()->rowOfId(id) >= 0, 10000);
        QVERIFY(openItem(w.get(), id));
        DecisionPanel *panel = w->reviewPane()->decisionPanel();
        QVERIFY(!panel->findChild<QPushButton *>(QStringLiteral("approveButton"))->isEnabled());
        QVERIFY(panel->findChild<QLabel *>(QStringLiteral("claimLabel"))->text().contains(m_admin2));
        w->close();
        other = QSqlDatabase();
        TestDatabase::closeConnection(QStringLiteral("admin2"));
    }

    void droppedConnectionDuringDecisionIsRetried() {
        const qint64 id =
            m_db.insertVerification(QStringLiteral("mechanic"), m_mechA, QStringLiteral("ownership"));
        auto w = openWindow(m_admin);
        QVERIFY(w);
        QTRY_VERIFY_WITH_TIMEOUT(w->queueModel()->rowOfId(id) >= 0, 10000);
        QVERIFY(openItem(w.get(), id));
        DecisionPanel *panel = w->reviewPane()->decisionPanel();
        QTest::keyClicks(panel->findChild<QPlainTextEdit *>(QStringLiteral("decisionNote")),
                         QStringLiteral("Deed checked"));
        // The server drops every connection of this admin (a failover, a network blip).
        QVERIFY(m_db.exec(
            QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = ?"),
            {m_admin}));
        QTest::qWait(100);
        QSignalSpy decided(w->reviewController(), &ReviewController::decisionFinished);
        panel->approve();
        QVERIFY(decided.wait(15000));
        QCOMPARE(decided.first().at(1).toBool(), true);
        QCOMPARE(
            m_db.scalar(QStringLiteral("SELECT status FROM desk.compliance_verifications WHERE id = ?"), {id})
                .toString(),
            QStringLiteral("approved"));
        QCOMPARE(m_db.scalar(QStringLiteral("SELECT count(*) FROM desk.audit_log WHERE row_id = ? AND "
                                            "action = 'verification.approve'"),
                             {id})
                     .toInt(),
                 1);
        w->close();
    }

    void ownerSeesOwnWorkshopReadOnly() {
        auto w = openWindow(m_ownerA);
        QVERIFY(w);
        QVERIFY(w->reviewPane()->isReadOnly());
        VerificationQueueModel *model = w->queueModel();
        w->reviewPane()->filterBar()->setFilter(QueueFilter{});
        model->setFilter(QueueFilter{});
        QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() > 0 && !model->isLoading(), 10000);
        QCOMPARE(model->rowCount(),
                 m_db.scalar(QStringLiteral("SELECT count(*) FROM desk.compliance_verifications "
                                            "WHERE workshop_id = ?"),
                             {m_workshopA})
                     .toInt());
        QCOMPARE(model->rowOfId(m_conflictItem), -1); // workshop B's mechanic
        QVERIFY(openItem(w.get(), model->idAt(0)));
        QVERIFY(!w->reviewPane()
                     ->decisionPanel()
                     ->findChild<QPushButton *>(QStringLiteral("approveButton"))
                     ->isEnabled());
        // Owners never claim.
        QCOMPARE(m_db.scalar(QStringLiteral(
                                 "SELECT count(*) FROM desk.compliance_verifications WHERE claimed_by = ?"),
                             {m_ownerA})
                     .toInt(),
                 0);
        w->close();
    }

    void closingDoesNotWaitForAServerThatStoppedAnswering() {
        // The admin holds a claim when the server stops answering (it hangs, or the network drops
        // without a reset), then closes the desk: the window closes without waiting for the
        // release of the claim, the listener's ping or the queued work.
        const qint64 item =
            m_db.insertVerification(QStringLiteral("mechanic"), m_mechA, QStringLiteral("certification"));
        QVERIFY(item);
        const QString pgHost = qEnvironmentVariable("PGHOST");
        StallingProxy proxy(
            pgHost.isEmpty() || pgHost.startsWith(u'/') ? QStringLiteral("localhost") : pgHost,
            quint16(qEnvironmentVariableIntValue("PGPORT") ? qEnvironmentVariableIntValue("PGPORT") : 5432));
        QVERIFY(proxy.port() != 0);
        ConnectionSettings settings = m_db.login(m_admin);
        settings.conninfo +=
            QStringLiteral(" host=127.0.0.1 port=%1").arg(proxy.port()); // the last one counts
        auto w = openWindow(settings);
        QVERIFY(w);
        QTRY_VERIFY_WITH_TIMEOUT(w->queueModel()->rowOfId(item) >= 0 && !w->queueModel()->isLoading(), 10000);
        QVERIFY(openItem(w.get(), item));
        const QString claimedBy =
            QStringLiteral("SELECT claimed_by FROM desk.compliance_verifications WHERE id = ?");
        QCOMPARE(m_db.scalar(claimedBy, {item}).toString(), m_admin);

        proxy.stall();
        w->queueModel()->refresh(); // work in flight to a server that will not answer
        w->close();
        w.reset();
        QVERIFY2(!proxy.resumedByWatchdog(), "closing the window waited for a server that does not answer");
        // The release never reached the server: the lease runs out by itself.
        QCOMPARE(m_db.scalar(claimedBy, {item}).toString(), m_admin);
    }

    void crashingReaderKeepsTheNoteAndTheDecision() {
        // The document reader dies on the upload (here a stand-in helper that crashes with SIGSEGV
        // on start, as Poppler would on a hostile file): the pane says so, the app, the typed note
        // and the decision panel carry on, and the item can be rejected as unreadable.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString crasher = dir.filePath(QStringLiteral("crashing-render"));
        {
            QFile f(crasher);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("#!/bin/sh\nkill -SEGV $$\n");
        }
        QVERIFY(QFile::setPermissions(crasher, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        const qint64 item =
            m_db.insertVerification(QStringLiteral("mechanic"), m_mechB, QStringLiteral("insurance"));
        const qint64 doc = insertDocument(m_workshopA, m_mechB, QStringLiteral("t4a-15e.pdf"),
                                          QStringLiteral("application/pdf"));
        QVERIFY(item && doc);
        QVERIFY(
            m_db.exec(QStringLiteral("UPDATE desk.compliance_verifications SET document_id = ? WHERE id = ?"),
                      {doc, item}));
        qputenv("ADESK_RENDER_HELPER", crasher.toLocal8Bit());
        SandboxedRenderer::setLimits(SandboxedRenderer::limits()); // no helper started before this
        auto restore = qScopeGuard([] {
            qunsetenv("ADESK_RENDER_HELPER");
            SandboxedRenderer::setLimits(SandboxedRenderer::limits());
        });

        auto w = openWindow(m_admin);
        QVERIFY(w);
        QTRY_VERIFY_WITH_TIMEOUT(w->queueModel()->rowOfId(item) >= 0 && !w->queueModel()->isLoading(), 10000);
        QVERIFY(openItem(w.get(), item));
        DecisionPanel *panel = w->reviewPane()->decisionPanel();
        auto *note = panel->findChild<QPlainTextEdit *>(QStringLiteral("decisionNote"));
        QTest::keyClicks(note, QStringLiteral("Unreadable upload"));
        DocumentView *viewer = w->reviewPane()->documentView();
        QTRY_COMPARE_WITH_TIMEOUT(viewer->openResult(), DocumentView::OpenResult::Unsafe, 10000);
        QCOMPARE(viewer->bannerText(),
                 QStringLiteral(
                     "This document could not be displayed safely: the document reader stopped on it."));
        QCOMPARE(note->toPlainText(), QStringLiteral("Unreadable upload"));

        auto *reason = panel->findChild<QComboBox *>(QStringLiteral("rejectionReason"));
        QTRY_VERIFY_WITH_TIMEOUT(reason->count() > 5, 5000);
        reason->setCurrentIndex(reason->findData(QStringLiteral("poor_quality")));
        auto *reject = panel->findChild<QPushButton *>(QStringLiteral("rejectButton"));
        QVERIFY(reject->isEnabled());
        QSignalSpy decided(w->reviewController(), &ReviewController::decisionFinished);
        QTest::mouseClick(reject, Qt::LeftButton);
        QVERIFY(decided.wait(10000));
        QCOMPARE(decided.first().at(1).toBool(), true);
        const auto row = m_db.run(
            QStringLiteral("SELECT status, rejection_note FROM desk.compliance_verifications WHERE id = ?"),
            {item});
        QCOMPARE(row.rows.first().at(0).toString(), QStringLiteral("rejected"));
        QCOMPARE(row.rows.first().at(1).toString(), QStringLiteral("Unreadable upload"));
        w->close();
    }
};

QTEST_MAIN(TstReviewFlow)
#include "tst_reviewflow.moc"
