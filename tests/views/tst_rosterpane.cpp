// The roster pane's intents (issue 14): unlinking lists the bookings ahead and asks for a reason
// before it emits the confirmation with every booking id; inviting validates the address; revoking
// is offered only for a pending invitation; only admins get the workshop chooser and "Link".

#include "models/roster/invitationmodel.h"
#include "models/roster/rosterfiltermodel.h"
#include "models/roster/rostermodel.h"
#include "views/roster/rosterpane.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace adesk;

namespace {
/// Runs @p act on the modal dialog that opens next (from the event loop it spins).
void onNextDialog(const std::function<void(QDialog *)> &act) {
    QTimer::singleShot(0, [act] {
        QDialog *d = nullptr;
        for (QWidget *w : QApplication::topLevelWidgets())
            if (auto *candidate = qobject_cast<QDialog *>(w); candidate && candidate->isVisible())
                d = candidate;
        if (d)
            act(d);
    });
}

QPushButton *okOf(QDialog *d) {
    return d->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
}
} // namespace

class TstRosterPane : public QObject {
    Q_OBJECT

private slots:
    void init() {
        m_roster = std::make_unique<RosterModel>();
        m_invitations = std::make_unique<InvitationModel>();
        RosterRow a;
        a.mechanicId = 11;
        a.workshopId = 5;
        a.name = u"Ana Ready"_qs;
        a.serviceTier = u"workshop_affiliated"_qs;
        a.rowVersion = 3;
        m_roster->setRows({a}, QTimeZone("America/Toronto"));
        InvitationRow pending;
        pending.id = 7;
        pending.email = u"new@example.ca"_qs;
        pending.expiresAt = QDateTime::currentDateTimeUtc().addDays(3);
        InvitationRow accepted = pending;
        accepted.id = 8;
        accepted.status = InvitationStatus::Accepted;
        m_invitations->setRows({pending, accepted}, QTimeZone("America/Toronto"),
                               QDateTime::currentDateTimeUtc());
        m_pane = std::make_unique<RosterPane>(m_roster.get(), m_invitations.get());
        m_pane->setWorkshops({{5, u"Garage Alpha"_qs, u"America/Toronto"_qs}}, 5);
        m_pane->resize(1200, 700);
        m_pane->show();
    }
    void cleanup() {
        m_pane.reset();
        m_invitations.reset();
        m_roster.reset();
    }

    void unlinkListsBookingsAndNeedsAReason() {
        QSignalSpy requested(m_pane.get(), &RosterPane::unlinkRequested);
        QSignalSpy confirmed(m_pane.get(), &RosterPane::unlinkConfirmed);
        auto *unlink = m_pane->findChild<QPushButton *>(u"unlinkMechanic"_qs);
        QVERIFY(!unlink->isEnabled()); // nobody selected
        m_pane->rosterView()->setCurrentIndex(m_pane->rosterView()->model()->index(0, 0));
        QVERIFY(unlink->isEnabled());
        unlink->click();
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested.first().first().toLongLong(), 11);

        const QDateTime start(QDate(2031, 3, 4), QTime(14, 0), Qt::UTC);
        const QList<BookingAhead> bookings = {
            {101, start, start.addSecs(3600), u"Lift 1"_qs, u"confirmed"_qs},
            {102, start.addDays(1), start.addDays(1).addSecs(3600), u"Lift 2"_qs, u"requested"_qs}};
        bool okDisabledWithoutReason = false;
        int listed = 0;
        onNextDialog([&](QDialog *d) {
            listed = d->findChild<QListWidget *>(u"unlinkBookings"_qs)->count();
            okDisabledWithoutReason = !okOf(d)->isEnabled();
            d->findChild<QLineEdit *>(u"unlinkReason"_qs)->setText(u"Leaving the shop"_qs);
            okOf(d)->click();
        });
        m_pane->askUnlink(11, 3, u"Ana Ready"_qs, bookings);
        QCOMPARE(listed, 2);
        QVERIFY(okDisabledWithoutReason);
        QCOMPARE(confirmed.size(), 1);
        const QList<QVariant> args = confirmed.first();
        QCOMPARE(args.at(0).toLongLong(), 11);
        QCOMPARE(args.at(1).toInt(), 3);
        QCOMPARE(args.at(2).value<QList<qint64>>(), (QList<qint64>{101, 102}));
        QCOMPARE(args.at(3).toString(), u"Leaving the shop"_qs);
    }

    void inviteValidatesTheAddress() {
        QSignalSpy invited(m_pane.get(), &RosterPane::inviteRequested);
        bool refusedBadAddress = false;
        onNextDialog([&](QDialog *d) {
            auto *email = d->findChild<QLineEdit *>(u"inviteEmail"_qs);
            email->setText(u"not an address"_qs);
            refusedBadAddress = !okOf(d)->isEnabled();
            email->setText(u"samira@example.ca"_qs);
            d->findChild<QSpinBox *>(u"inviteDays"_qs)->setValue(7);
            okOf(d)->click();
        });
        m_pane->findChild<QPushButton *>(u"inviteMechanic"_qs)->click();
        QVERIFY(refusedBadAddress);
        QCOMPARE(invited.size(), 1);
        QCOMPARE(invited.first().at(0).toLongLong(), 5);
        QCOMPARE(invited.first().at(1).toString(), u"samira@example.ca"_qs);
        QCOMPARE(invited.first().at(2).toInt(), 7);
    }

    void revokeOnlyPending() {
        auto *revoke = m_pane->findChild<QPushButton *>(u"revokeInvitation"_qs);
        QTableView *v = m_pane->invitationsView();
        v->setCurrentIndex(v->model()->index(1, 0)); // accepted
        QVERIFY(!revoke->isEnabled());
        v->setCurrentIndex(v->model()->index(0, 0)); // pending
        QVERIFY(revoke->isEnabled());
    }

    void adminsGetTheChooserAndLink() {
        auto *link = m_pane->findChild<QPushButton *>(u"linkMechanic"_qs);
        QVERIFY(!link->isVisible());
        m_pane->setAdmin(true);
        QVERIFY(link->isVisible());
        QVERIFY(m_pane->findChild<QWidget *>(u"rosterWorkshop"_qs)->isVisible());
    }

private:
    std::unique_ptr<RosterModel> m_roster;
    std::unique_ptr<InvitationModel> m_invitations;
    std::unique_ptr<RosterPane> m_pane;
};

QTEST_MAIN(TstRosterPane)
#include "tst_rosterpane.moc"
